#include "judgements/gradecomparisonview.h"

#include "charts/chartpane.h"

#include "charts/screenchart.h"
#include "export/chartactions.h"
#include "judgements/gradechart.h"

#include "authorities/authoritylistmodel.h"
#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "judgements/gradecomparisonmodel.h"
#include "store/store.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

GradeComparisonView::GradeComparisonView(Store &store, AuthorityListModel &authorities,
                                         QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_authorities(authorities)
    , m_list(new QListView(this))
    , m_area(new QComboBox(this))
    , m_model(new GradeComparisonModel(store.judgements(), store.authorities(), this))
    , m_chartViewPane(new ChartPane(tr("Chart of compared grades over time"), this))
    , m_chartView(m_chartViewPane->view())
    , m_table(new QTableView(this))
{
    m_list->setModel(&m_authorities);
    m_list->setSelectionMode(QAbstractItemView::MultiSelection);
    m_list->setAccessibleName(tr("Authorities to compare"));
    for (AreaRow row : JudgementAreas::allRows())
        m_area->addItem(JudgementAreas::rowTitle(row), int(row));
    m_area->setAccessibleName(tr("Area to compare"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Compared grades"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chartViewPane->setMinimumHeight(280);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *areaLabel = new QLabel(tr("&Area:"), left);
    areaLabel->setBuddy(m_area);
    leftLayout->addWidget(areaLabel);
    leftLayout->addWidget(m_area);
    auto *listLabel = new QLabel(tr("A&uthorities (select several):"), left);
    listLabel->setBuddy(m_list);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_chartViewPane);
    right->addWidget(m_table);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GradeComparisonView::selectionChanged);
    connect(m_area, &QComboBox::currentIndexChanged, this,
            [this]() { m_model->setAreaRow(AreaRow(m_area->currentData().toInt())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &GradeComparisonView::redraw);
    ChartActions::attach(
        m_chartView, [this]() { return buildChart(); },
        [this]() {
            return tr("Sources: the inspection reports recorded for each authority. Drawn %1.")
                .arg(QDate::currentDate().toString(QStringLiteral("d MMMM yyyy")));
        });
    redraw();
}

void GradeComparisonView::setAuthority(qint64 authorityId)
{
    // Starts with the authority and up to three comparators: its statistical neighbours,
    // or, for an authority without any, others of its region that still exist.
    constexpr int comparators = 3;
    QList<qint64> ids{authorityId};
    for (qint64 neighbour : m_store.indicators().neighbours(authorityId)) {
        if (ids.size() > comparators)
            break;
        ids.append(neighbour);
    }
    const std::optional<Authority> a = m_store.authorities().byId(authorityId);
    if (ids.size() == 1 && a && a->regionId) {
        for (const Authority &other : m_store.authorities().all()) {
            if (ids.size() > comparators)
                break;
            if (other.id != a->id && other.regionId == a->regionId && !other.isAggregate() &&
                !other.endedOn && other.synthetic == a->synthetic)
                ids.append(other.id);
        }
    }
    setCompared(ids);
}

void GradeComparisonView::setCompared(const QList<qint64> &authorityIds)
{
    m_settingSelection = true;
    QItemSelection selection;
    for (qint64 id : authorityIds) {
        const int row = m_authorities.rowOf(id);
        if (row >= 0)
            selection.select(m_authorities.index(row), m_authorities.index(row));
    }
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_settingSelection = false;
    selectionChanged();
}

void GradeComparisonView::selectionChanged()
{
    if (m_settingSelection)
        return;
    QList<qint64> ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(AuthorityListModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        return m_authorities.rowOf(a) < m_authorities.rowOf(b);
    });
    m_model->setAuthorities(ids);
}

QChart *GradeComparisonView::buildChart() const
{
    QList<GradeChart::Series> series;
    for (qint64 id : m_model->authorities()) {
        GradeChart::Series s;
        for (const GradeComparisonModel::Entry &e : m_model->entries()) {
            if (e.authorityId == id) {
                s.name = e.authority;
                s.points.append({e.point.date, e.point.grade});
            }
        }
        if (s.name.isEmpty()) {
            if (const std::optional<Authority> a = m_store.authorities().byId(id))
                s.name = tr("%1 (no grades)").arg(a->name);
        }
        series.append(s);
    }
    return GradeChart::create(tr("%1 over time").arg(JudgementAreas::rowTitle(m_model->areaRow())),
                              series, {});
}

void GradeComparisonView::redraw()
{
    m_chartViewPane->setChart([this] { return buildChart(); });
}
