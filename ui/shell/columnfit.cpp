#include "shell/columnfit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace {
// Watches one table: fits its columns when its rows change and it is shown.
class Fitter : public QObject
{
public:
    explicit Fitter(QTableView *view)
        : QObject(view)
        , m_view(view)
    {
        setObjectName(QStringLiteral("columnFit"));
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->installEventFilter(this);
        connect(view->model(), &QAbstractItemModel::modelReset, this, &Fitter::rowsChanged);
    }

    void rowsChanged()
    {
        m_stale = true;
        if (m_view->isVisible())
            fit();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::Show && m_stale)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        m_stale = false;
        m_view->resizeColumnsToContents();
    }

    QTableView *m_view;
    bool m_stale = true;
};
} // namespace

namespace ColumnFit {

void onReset(QTableView *view)
{
    new Fitter(view);
}

void refit(QTableView *view)
{
    if (QObject *fitter = view->findChild<QObject *>(QStringLiteral("columnFit"),
                                                     Qt::FindDirectChildrenOnly))
        static_cast<Fitter *>(fitter)->rowsChanged();
}

} // namespace ColumnFit
