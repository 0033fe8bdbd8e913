#include "shell/selectionkeeper.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

SelectionKeeper::SelectionKeeper(QWidget *panel)
{
    if (!panel)
        return;
    for (QAbstractItemView *view : panel->findChildren<QAbstractItemView *>()) {
        const QModelIndex current = view->currentIndex();
        if (!view->model() || !current.isValid())
            continue;
        m_kept.append({view, current.data(IdRole), current.siblingAtColumn(0).data().toString(),
                       current.row(), current.column()});
    }
}

void SelectionKeeper::restore() const
{
    for (const Kept &k : m_kept) {
        if (!k.view || !k.view->model() || k.view->model()->rowCount() == 0)
            continue;
        QAbstractItemModel *model = k.view->model();
        QModelIndex found;
        // The same row is most likely where it was; otherwise look for it.
        const QModelIndex there = model->index(std::min(k.row, model->rowCount() - 1), 0);
        const int column = std::min(k.column, model->columnCount() - 1);
        const bool byId = k.id.isValid() && !k.id.isNull();
        if (byId ? there.siblingAtColumn(column).data(IdRole) == k.id
                 : there.data().toString() == k.text) {
            found = there;
        } else {
            const QModelIndexList matches =
                byId ? model->match(model->index(0, column), IdRole, k.id, 1, Qt::MatchExactly)
                     : model->match(model->index(0, 0), Qt::DisplayRole, k.text, 1,
                                    Qt::MatchExactly);
            found = matches.isEmpty() ? there : matches.first();
        }
        found = found.siblingAtColumn(column);
        const auto how = k.view->selectionBehavior() == QAbstractItemView::SelectRows
                             ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                             : QItemSelectionModel::ClearAndSelect;
        k.view->selectionModel()->setCurrentIndex(found, how);
    }
}
