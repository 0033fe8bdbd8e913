#include "england/englandpanel.h"

#include "help/handbook.h"

#include "export/tableexport.h"

#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "judgements/englandjudgementsmodel.h"
#include "judgements/judgementstore.h"
#include "store/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Sorts on the model's SortRole with the empty cells (no inspection, no grade) last in
// either order, so sorting by a grade starts with graded authorities.
class BlanksLastProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftBlank = left.data(sortRole()).isNull();
        const bool rightBlank = right.data(sortRole()).isNull();
        if (leftBlank != rightBlank)
            return sortOrder() == Qt::AscendingOrder ? rightBlank : leftBlank;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

EnglandPanel::EnglandPanel(Store &store, QWidget *parent)
    : AuthorityPanel(parent)
    , m_store(store)
    , m_model(new EnglandJudgementsModel(store.judgements(), this))
    , m_proxy(new BlanksLastProxy(this))
    , m_region(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    Handbook::setTopic(this, HandbookTopic::england);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EnglandJudgementsModel::SortRole);
    m_proxy->setFilterRole(EnglandJudgementsModel::RegionRole);
    m_proxy->setFilterKeyColumn(EnglandJudgementsModel::RegionColumn);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_region->addItem(tr("All regions"), QString());
    for (const Authority &a : m_store.authorities().all()) {
        if (a.kind == AuthorityKind::Region && !a.synthetic)
            m_region->addItem(a.name, a.name);
    }
    m_region->setAccessibleName(tr("Region"));
    auto *regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EnglandJudgementsModel::AuthorityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Latest inspection of every authority"));
    m_table->setToolTip(tr("Double-click or press Enter on an authority to open it"));
    TableExport::attach(m_table, tr("Latest judgements, England"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(regionLabel);
    filters->addWidget(m_region);
    filters->addSpacing(12);
    filters->addWidget(m_count, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_region, &QComboBox::currentIndexChanged, this, [this]() {
        const QString region = m_region->currentData().toString();
        m_proxy->setFilterRegularExpression(
            region.isEmpty() ? QString()
                             : QStringLiteral("^%1$").arg(QRegularExpression::escape(region)));
        updateCount();
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit authorityRequested(index.data(EnglandJudgementsModel::AuthorityIdRole).toLongLong());
    });
    connect(&m_store.judgements(), &JudgementStore::inspectionsChanged, this, [this]() {
        m_stale = true;
        reloadIfShown();
    });
}

void EnglandPanel::setAuthority(qint64 authorityId)
{
    m_authority = authorityId;
    m_model->mark(authorityId,
                  authorityId ? m_store.indicators().neighbours(authorityId) : QList<qint64>());
    updateCount();
}

bool EnglandPanel::focusFilter()
{
    m_region->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void EnglandPanel::showEvent(QShowEvent *event)
{
    AuthorityPanel::showEvent(event);
    reloadIfShown();
}

void EnglandPanel::reloadIfShown()
{
    if (!m_stale || !isVisible())
        return;
    m_stale = false;
    m_model->reload();
    m_table->resizeColumnsToContents();
    updateCount();
}

void EnglandPanel::updateCount()
{
    int inspected = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (!m_proxy->index(row, EnglandJudgementsModel::FrameworkColumn)
                 .data()
                 .toString()
                 .isEmpty())
            ++inspected;
    }
    m_count->setText(tr("%1 authorities, %2 with a graded inspection recorded. Bold: the "
                        "selected authority and its statistical neighbours.")
                         .arg(m_proxy->rowCount())
                         .arg(inspected));
}
