#include "indicators/neighboursdialog.h"

#include "help/handbook.h"

#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

NeighboursDialog::NeighboursDialog(const Store &store, qint64 authorityId, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_shown(store.indicators().neighbours(authorityId))
{
    Handbook::setTopic(this, HandbookTopic::neighbours);
    const std::optional<Authority> self = store.authorities().byId(authorityId);
    setWindowTitle(tr("Statistical Neighbours"));
    for (const Authority &a : store.authorities().all()) {
        if (a.isAggregate() || a.id == authorityId)
            continue;
        auto *item = new QListWidgetItem(a.name, m_list);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_shown.contains(a.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setAccessibleName(tr("Neighbours"));
    auto *count = new QLabel(this);
    auto update = [this, count]() {
        count->setText(tr("%n chosen (usually ten).", nullptr, int(neighbours().size())));
    };
    connect(m_list, &QListWidget::itemChanged, this, update);
    update();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The authorities most like %1; their mean is drawn on every indicator chart.")
                       .arg(self ? self->name : QString()),
                   this));
    layout->addWidget(m_list, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    resize(420, 520);
}

QList<qint64> NeighboursDialog::neighbours() const
{
    QList<qint64> checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    }
    QList<qint64> ids;
    for (const qint64 id : m_shown) {
        if (checked.contains(id))
            ids.append(id);
    }
    for (const qint64 id : std::as_const(checked)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}
