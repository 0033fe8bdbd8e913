#include "overview/overviewpanel.h"

#include "help/handbook.h"

#include "overview/gradelabel.h"

#include "actions/actionplanstore.h"
#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "judgements/inspectionlistmodel.h"
#include "judgements/judgementstore.h"
#include "judgements/openrecommendationmodel.h"
#include "meetings/changessince.h"
#include "meetings/meetingstore.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::RichText);
    return label;
}

QTableView *tableView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setTabKeyNavigation(false);
    return view;
}

} // namespace

OverviewPanel::OverviewPanel(Store &store, QWidget *parent)
    : AuthorityPanel(parent)
    , m_store(store)
    , m_heading(new QLabel(this))
    , m_details(wrappingLabel(this))
    , m_syntheticNote(wrappingLabel(this))
    , m_latestTitle(wrappingLabel(this))
    , m_gradeGrid(new QGridLayout)
    , m_since(wrappingLabel(this))
    , m_sources(wrappingLabel(this))
    , m_sinceDate(new QDateEdit(this))
    , m_changes(wrappingLabel(this))
    , m_openTitle(new QLabel(this))
    , m_inspections(new InspectionListModel(store.judgements(), store.sources(), this))
    , m_open(new OpenRecommendationModel(store.judgements(), this))
    , m_openView(tableView(m_open, tr("Open recommendations"), this))
    , m_historyView(tableView(m_inspections, tr("Inspection history"), this))
{
    Handbook::setTopic(this, HandbookTopic::overview);
    setAccessibleName(tr("Overview"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_syntheticNote->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d2e00; "
                                                  "border: 1px solid #d9b300; padding: 6px; }"));
    m_openView->horizontalHeader()->setSectionResizeMode(OpenRecommendationModel::TextColumn,
                                                         QHeaderView::Stretch);
    m_openView->horizontalHeader()->setStretchLastSection(false);
    m_openView->setMinimumHeight(220);
    m_historyView->setMinimumHeight(120);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_syntheticNote);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *latestBox = new QGroupBox(tr("Latest graded inspection"), content);
    auto *latestLayout = new QVBoxLayout(latestBox);
    latestLayout->addWidget(m_latestTitle);
    latestLayout->addLayout(m_gradeGrid);
    m_gradeGrid->setColumnStretch(0, 1);
    latestLayout->addWidget(m_since);
    left->addWidget(latestBox);
    auto *sourcesBox = new QGroupBox(tr("Where this data came from"), content);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->addWidget(m_sources);
    left->addWidget(sourcesBox);
    // What changed since a date: the last meeting's unless the user picks another.
    auto *changesBox = new QGroupBox(tr("Since"), content);
    auto *changesLayout = new QVBoxLayout(changesBox);
    auto *sinceRow = new QHBoxLayout;
    auto *sinceLabel = new QLabel(tr("Changes &since:"), changesBox);
    sinceLabel->setBuddy(m_sinceDate);
    m_sinceDate->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_sinceDate->setCalendarPopup(true);
    m_sinceDate->setAccessibleName(tr("Changes since"));
    sinceRow->addWidget(sinceLabel);
    sinceRow->addWidget(m_sinceDate, 1);
    changesLayout->addLayout(sinceRow);
    changesLayout->addWidget(m_changes);
    m_changes->setAccessibleName(tr("Changes since the date"));
    left->addWidget(changesBox);
    left->addStretch(1);
    connect(m_sinceDate, &QDateEdit::userDateChanged, this, [this] {
        m_sinceChosen = true;
        fillChanges();
    });

    auto *right = new QVBoxLayout;
    auto *openBox = new QGroupBox(tr("Open recommendations"), content);
    auto *openLayout = new QVBoxLayout(openBox);
    openLayout->addWidget(m_openTitle);
    openLayout->addWidget(m_openView);
    right->addWidget(openBox, 4);
    auto *historyBox = new QGroupBox(tr("Inspections and visits"), content);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_historyView);
    right->addWidget(historyBox, 1);

    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    layout->addLayout(columns, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&m_store.judgements(), &JudgementStore::inspectionsChanged, this,
            [this](qint64 authorityId) {
                if (authorityId == m_authorityId)
                    refresh();
            });
    connect(&m_store.actionPlans(), &ActionPlanStore::actionsChanged, this,
            [this](qint64 authorityId) {
                if (authorityId == m_authorityId) {
                    m_open->refresh();
                    refresh();
                }
            });
    connect(&m_store.indicators(), &IndicatorStore::valuesChanged, this,
            [this](qint64 authorityId, qint64) {
                if (authorityId == m_authorityId)
                    fillChanges();
            });
    connect(&m_store.indicators(), &IndicatorStore::bulkChanged, this, &OverviewPanel::fillChanges);
    refresh();
}

void OverviewPanel::setAuthority(qint64 authorityId)
{
    m_authorityId = authorityId;
    m_inspections->setAuthority(authorityId);
    m_open->setAuthority(authorityId);
    refresh();
}

QStringList OverviewPanel::shownGrades() const
{
    return m_shownGrades;
}

void OverviewPanel::refresh()
{
    const std::optional<Authority> authority = m_store.authorities().byId(m_authorityId);
    if (!authority) {
        m_heading->setText(tr("No authority selected"));
        m_details->setText(
            tr("Choose an authority above (Ctrl+L) to see its inspections, action plan and "
               "indicators."));
    } else {
        m_heading->setText(authority->name);
        QStringList details{Authority::kindTitle(authority->kind)};
        if (!authority->onsCode.isEmpty())
            details << tr("ONS code %1").arg(authority->onsCode);
        if (authority->laNumber)
            details << tr("DfE number %1").arg(*authority->laNumber);
        if (authority->regionId) {
            if (const std::optional<Authority> region =
                    m_store.authorities().byId(*authority->regionId))
                details << tr("region: %1").arg(region->name.toHtmlEscaped());
        }
        m_details->setText(details.join(QStringLiteral(" · ")));
    }
    m_syntheticNote->setVisible(authority && authority->synthetic);
    m_syntheticNote->setText(
        tr("<b>Synthetic demonstration data.</b> This is not a real authority: its "
           "inspections, plans and figures are generated so that every view has "
           "something to show."));
    m_openTitle->setText(
        m_open->rowCount() == 0
            ? tr("No open recommendations recorded.")
            : tr("%n recommendation(s) from the latest inspection and the visits since, "
                 "not yet completed.",
                 nullptr, m_open->rowCount()));
    fillLatest();
    fillSources();
    fillChanges();
}

QString OverviewPanel::changesText() const
{
    return m_changes->text();
}

void OverviewPanel::fillChanges()
{
    if (!m_store.authorities().byId(m_authorityId)) {
        m_changes->setText(QString());
        return;
    }
    const QDate today = QDate::currentDate();
    if (!m_sinceChosen) {
        const QSignalBlocker quiet(m_sinceDate);
        m_sinceDate->setDate(MeetingStore(m_store.database())
                                 .previousOfAny(m_authorityId, today)
                                 .value_or(today.addMonths(-3)));
    }
    const QDate since = std::min(m_sinceDate->date(), today);
    m_changes->setText(ChangesSince::between(m_store, m_authorityId, since, today).html({}, true));
}

void OverviewPanel::fillLatest()
{
    m_shownGrades.clear();
    int shownRows = 0;
    const auto hideUnused = [this, &shownRows]() {
        for (int row = shownRows; row < m_areaLabels.size(); ++row) {
            m_areaLabels.at(row)->hide();
            m_gradeLabels.at(row)->hide();
        }
    };

    const QList<Inspection> inspections = m_store.judgements().inspections(m_authorityId);
    const Inspection *latest = nullptr;
    for (const Inspection &i : inspections) {
        if (i.isGraded())
            latest = &i;
    }
    if (!latest) {
        m_latestTitle->setText(
            m_authorityId ? tr("No graded inspection is recorded for this authority.") : QString());
        m_since->clear();
        hideUnused();
        return;
    }
    QString title = QStringLiteral("<b>%1</b>, %2")
                        .arg(Frameworks::title(latest->framework).toHtmlEscaped(),
                             latest->datesText().toHtmlEscaped());
    if (latest->publishedOn && latest->startDate)
        title +=
            tr("; published %1").arg(latest->publishedOn->toString(QStringLiteral("d MMMM yyyy")));
    m_latestTitle->setText(title);

    const QList<Judgement> judgements = m_store.judgements().judgements(latest->id);
    QList<qint64> sourceIds;
    for (const Judgement &j : judgements) {
        if (j.sourceId)
            sourceIds.append(*j.sourceId);
    }
    const QHash<qint64, SourceReference> sources = m_store.sources().sources(sourceIds);
    for (const Judgement &j : judgements) {
        const int row = shownRows++;
        if (row == m_areaLabels.size()) {
            auto *area = new QLabel(this);
            area->setWordWrap(true);
            m_areaLabels.append(area);
            m_gradeLabels.append(new GradeLabel(j.grade, this));
            m_gradeGrid->addWidget(area, row, 0);
            m_gradeGrid->addWidget(m_gradeLabels.last(), row, 1);
        }
        QLabel *area = m_areaLabels.at(row);
        GradeLabel *grade = m_gradeLabels.at(row);
        area->setText(JudgementAreas::title(j.area, latest->framework));
        grade->setGrade(j.grade);
        // Shown now, not when the layout's queued show arrives, so the panel is laid out
        // and painted once.
        area->show();
        grade->show();
        QString tip = tr("As inspected: %1").arg(j.areaTitle);
        if (j.sourceId) {
            if (const auto s = sources.constFind(*j.sourceId); s != sources.cend())
                tip += QLatin1Char('\n') + tr("Source: %1").arg(s->citation());
        }
        area->setToolTip(tip);
        grade->setToolTip(tip);
        m_shownGrades << QStringLiteral("%1: %2").arg(area->text(), Grades::title(j.grade));
    }
    hideUnused();

    QStringList since;
    for (const Inspection &i : inspections) {
        if (!i.isGraded() && i.timelineDate() > latest->timelineDate()) {
            since << QStringLiteral("<li>%1, %2%3</li>")
                         .arg(Frameworks::shortTitle(i.framework).toHtmlEscaped(),
                              i.datesText().toHtmlEscaped(),
                              i.theme.isEmpty() ? QString()
                                                : QStringLiteral(": ") + i.theme.toHtmlEscaped());
        }
    }
    m_since->setText(since.isEmpty() ? tr("No visits recorded since.")
                                     : tr("Since then:") + QStringLiteral("<ul>") +
                                           since.join(QString()) + QStringLiteral("</ul>"));
}

void OverviewPanel::fillSources()
{
    if (!m_authorityId) {
        m_sources->clear();
        return;
    }
    const QList<SourceStore::DocumentUse> uses = m_store.sources().documentsFor(m_authorityId);
    if (uses.isEmpty()) {
        m_sources->setText(tr("Nothing recorded yet."));
        return;
    }
    QStringList items;
    for (const SourceStore::DocumentUse &use : uses) {
        QStringList counts;
        if (use.inspections)
            counts << tr("%n inspection(s)", nullptr, use.inspections);
        if (use.judgements)
            counts << tr("%n grade(s)", nullptr, use.judgements);
        if (use.recommendations)
            counts << tr("%n recommendation(s)", nullptr, use.recommendations);
        if (use.indicatorValues)
            counts << tr("%n figure(s)", nullptr, use.indicatorValues);
        QString line = QStringLiteral("<b>%1</b>").arg(use.document.title.toHtmlEscaped());
        if (!use.document.publisher.isEmpty())
            line += QStringLiteral(" (%1").arg(use.document.publisher.toHtmlEscaped()) +
                    (use.document.issuedOn
                         ? QStringLiteral(", %1").arg(
                               use.document.issuedOn->toString(QStringLiteral("d MMMM yyyy")))
                         : QString()) +
                    QLatin1Char(')');
        line += QStringLiteral("<br/><small>%1</small>").arg(counts.join(QStringLiteral(", ")));
        items << QStringLiteral("<li>%1</li>").arg(line);
    }
    m_sources->setText(QStringLiteral("<ul style=\"margin-left:-20px\">") + items.join(QString()) +
                       QStringLiteral("</ul>"));
}
