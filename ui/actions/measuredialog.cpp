#include "actions/measuredialog.h"

#include "help/handbook.h"

#include "shell/problemlabel.h"

#include "indicators/indicatorstore.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int typedIn = -1; // the baseline box's entry for a figure typed with its source

QDoubleSpinBox *valueEdit(double value, QWidget *parent)
{
    auto *edit = new QDoubleSpinBox(parent);
    edit->setRange(-1e9, 1e9);
    edit->setDecimals(2);
    edit->setValue(value);
    return edit;
}

QDateEdit *dayEdit(const QDate &value, QWidget *parent)
{
    auto *edit = new QDateEdit(value.isValid() ? value : QDate::currentDate(), parent);
    edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

MeasureContext MeasureContext::of(Store &store, qint64 authorityId)
{
    // The authority's indicators with figures first (their figures are offered as
    // baselines), then the rest of the catalogue.
    MeasureContext c;
    c.indicators = store.indicators().indicatorsWithValues(authorityId);
    for (const Indicator &i : store.indicators().indicators()) {
        const bool listed = std::any_of(c.indicators.cbegin(), c.indicators.cend(),
                                        [&i](const Indicator &l) { return l.id == i.id; });
        if (!listed)
            c.indicators.append(i);
    }
    Store *held = &store;
    c.figures = [held, authorityId](qint64 indicatorId) {
        return held->indicators().values(authorityId, indicatorId);
    };
    c.cite = [held](const IndicatorValue &v) {
        const std::optional<SourceReference> s =
            v.sourceId ? held->sources().source(*v.sourceId) : std::nullopt;
        return s ? s->citation() : QString();
    };
    return c;
}

MeasureDialog::MeasureDialog(const ImpactMeasure &measure, const MeasureContext &context,
                             QWidget *parent)
    : QDialog(parent)
    , m_original(measure)
    , m_context(context)
    , m_indicator(new QComboBox(this))
    , m_baseline(new QComboBox(this))
    , m_baselineValue(valueEdit(measure.baselineValue, this))
    , m_baselineOn(dayEdit(measure.baselineOn, this))
    , m_baselineSource(new QLineEdit(measure.baselineSource, this))
    , m_targetValue(valueEdit(measure.targetValue, this))
    , m_targetOn(dayEdit(measure.targetOn.isValid() ? measure.targetOn
                                                    : QDate::currentDate().addYears(2),
                         this))
    , m_milestones(measure.milestones)
    , m_milestoneList(new QListWidget(this))
    , m_milestoneOn(dayEdit(QDate::currentDate().addYears(1), this))
    , m_milestoneValue(valueEdit(measure.targetValue, this))
    , m_warning(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Handbook::setTopic(this, HandbookTopic::impactMeasures);
    setWindowTitle(measure.indicatorId ? tr("Edit Measure") : tr("New Measure"));
    for (const Indicator &i : m_context.indicators)
        m_indicator->addItem(i.name, i.id);
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(measure.indicatorId)));
    m_indicator->setAccessibleName(tr("Indicator the action is meant to move"));
    m_baseline->setAccessibleName(tr("Baseline"));
    m_baselineValue->setAccessibleName(tr("Baseline value"));
    m_baselineOn->setAccessibleName(tr("Baseline date"));
    m_baselineSource->setAccessibleName(tr("Where the baseline comes from"));
    m_baselineSource->setPlaceholderText(tr("The report, return or dashboard the figure is from"));
    m_targetValue->setAccessibleName(tr("Target value"));
    m_targetOn->setAccessibleName(tr("Target date"));
    m_warning->setWordWrap(true);
    m_problem->setWordWrap(true);
    ProblemLabel::style(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("&Indicator:"), m_indicator);
    form->addRow(tr("&Baseline:"), m_baseline);
    form->addRow(tr("Baseline &value:"), m_baselineValue);
    form->addRow(tr("Baseline &date:"), m_baselineOn);
    form->addRow(tr("Baseline &source:"), m_baselineSource);
    form->addRow(tr("&Target:"), m_targetValue);
    form->addRow(tr("Target d&ate:"), m_targetOn);
    // Milestones on the way: the line to be on bends through them.
    m_milestoneList->setAccessibleName(tr("Milestones on the way to the target"));
    m_milestoneList->setMaximumHeight(72);
    m_milestoneOn->setAccessibleName(tr("Milestone date"));
    m_milestoneValue->setAccessibleName(tr("Milestone value"));
    auto *addMilestoneButton = new QPushButton(tr("Add &Milestone"), this);
    auto *removeMilestoneButton = new QPushButton(tr("R&emove Milestone"), this);
    auto *milestoneRow = new QHBoxLayout;
    milestoneRow->addWidget(m_milestoneValue);
    milestoneRow->addWidget(new QLabel(tr("by"), this));
    milestoneRow->addWidget(m_milestoneOn, 1);
    milestoneRow->addWidget(addMilestoneButton);
    milestoneRow->addWidget(removeMilestoneButton);
    form->addRow(tr("Milestones:"), m_milestoneList);
    form->addRow(QString(), milestoneRow);
    connect(addMilestoneButton, &QPushButton::clicked, this,
            [this]() { addMilestone(m_milestoneOn->date(), m_milestoneValue->value()); });
    connect(removeMilestoneButton, &QPushButton::clicked, this,
            [this]() { removeMilestone(m_milestoneList->currentRow()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &MeasureDialog::fillBaselines);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, &MeasureDialog::baselineChosen);
    connect(m_baselineValue, &QDoubleSpinBox::valueChanged, this, &MeasureDialog::validate);
    connect(m_baselineOn, &QDateEdit::dateChanged, this, &MeasureDialog::validate);
    connect(m_baselineSource, &QLineEdit::textChanged, this, &MeasureDialog::validate);
    connect(m_targetValue, &QDoubleSpinBox::valueChanged, this, &MeasureDialog::validate);
    connect(m_targetOn, &QDateEdit::dateChanged, this, &MeasureDialog::validate);
    fillBaselines();
    // A milestone is offered half way, in time and in value.
    m_milestoneOn->setDate(m_baselineOn->date().addDays(
        m_baselineOn->date().daysTo(m_targetOn->date()) / 2));
    m_milestoneValue->setValue((m_baselineValue->value() + m_targetValue->value()) / 2);
    showMilestones();
    resize(560, sizeHint().height());
}

void MeasureDialog::addMilestone(const QDate &on, double value)
{
    auto same = std::find_if(m_milestones.begin(), m_milestones.end(),
                             [&on](const std::pair<QDate, double> &m) { return m.first == on; });
    if (same != m_milestones.end())
        same->second = value;
    else
        m_milestones.append({on, value});
    std::sort(m_milestones.begin(), m_milestones.end());
    showMilestones();
}

void MeasureDialog::removeMilestone(int row)
{
    if (row < 0 || row >= m_milestones.size())
        return;
    m_milestones.removeAt(row);
    showMilestones();
}

void MeasureDialog::showMilestones()
{
    m_milestoneList->clear();
    const std::optional<Indicator> indicator = chosenIndicator();
    for (const auto &[on, value] : m_milestones)
        m_milestoneList->addItem(
            tr("%1 by %2")
                .arg(indicator ? indicator->formatValue(value) : QString::number(value),
                     on.toString(QStringLiteral("d MMMM yyyy"))));
    validate();
}

std::optional<Indicator> MeasureDialog::chosenIndicator() const
{
    const qint64 id = m_indicator->currentData().toLongLong();
    for (const Indicator &i : m_context.indicators) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

void MeasureDialog::fillBaselines()
{
    // The authority's stored figures of the indicator, newest first; the one offered is the
    // latest for a period ending on or before the action starts, as the baseline is what the
    // action sets out to move. A measure being edited keeps its own baseline.
    const std::optional<Indicator> indicator = chosenIndicator();
    m_figures.clear();
    if (indicator && m_context.figures) {
        for (const IndicatorValue &v : m_context.figures(indicator->id)) {
            if (v.value)
                m_figures.append(v);
        }
    }
    std::sort(m_figures.begin(), m_figures.end(),
              [](const IndicatorValue &a, const IndicatorValue &b) {
                  return a.period.end > b.period.end;
              });
    const QSignalBlocker quiet(m_baseline);
    m_baseline->clear();
    int offered = -1;
    for (int i = 0; i < m_figures.size(); ++i) {
        const IndicatorValue &v = m_figures.at(i);
        m_baseline->addItem(tr("%1: %2 (stored figure)")
                                .arg(v.period.displayLabel(), indicator->formatValue(*v.value)),
                            i);
        const bool same = m_original.indicatorId == indicator->id &&
                          m_original.baselineOn == v.period.end &&
                          m_original.baselineValue == *v.value;
        if (m_original.indicatorId ? same
                                   : offered < 0 && (!m_context.actionStart.isValid() ||
                                                     v.period.end <= m_context.actionStart))
            offered = i;
    }
    m_baseline->addItem(tr("A figure typed in, with its source"), typedIn);
    if (m_original.indicatorId == (indicator ? indicator->id : 0) && m_original.indicatorId &&
        offered < 0)
        offered = m_baseline->count() - 1; // a typed baseline stays typed
    m_baseline->setCurrentIndex(offered >= 0 ? offered : m_baseline->count() - 1);
    baselineChosen();
}

void MeasureDialog::baselineChosen()
{
    const int chosen = m_baseline->currentData().toInt();
    const bool typed = chosen == typedIn || chosen >= m_figures.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_baselineValue, m_baselineOn,
                                                       m_baselineSource})
        w->setEnabled(typed);
    if (!typed) {
        const IndicatorValue &v = m_figures.at(chosen);
        m_baselineValue->setValue(*v.value);
        m_baselineOn->setDate(v.period.end);
        // "Stored figure at 31 March 2025", "Stored figure for 2024-25".
        QString source = v.period.kind == Period::Kind::At
                             ? tr("Stored figure %1").arg(v.period.displayLabel())
                             : tr("Stored figure for %1").arg(v.period.displayLabel());
        const QString cited = m_context.cite ? m_context.cite(v) : QString();
        if (!cited.isEmpty())
            source += QStringLiteral(": ") + cited;
        m_baselineSource->setText(source);
        m_baselineSource->setCursorPosition(0);
        m_baselineSource->setToolTip(source);
        // A new measure starts from its baseline: the user moves the target from there.
        if (!m_original.indicatorId)
            m_targetValue->setValue(*v.value);
    }
    validate();
}

ImpactMeasure MeasureDialog::measure() const
{
    ImpactMeasure m = m_original;
    m.indicatorId = m_indicator->currentData().toLongLong();
    m.baselineValue = m_baselineValue->value();
    m.baselineOn = m_baselineOn->date();
    m.baselineSource = m_baselineSource->text().trimmed();
    m.targetValue = m_targetValue->value();
    m.targetOn = m_targetOn->date();
    m.milestones = m_milestones;
    return m;
}

QString MeasureDialog::problem() const
{
    return m_problem->text();
}

QString MeasureDialog::warning() const
{
    return m_warning->text();
}

void MeasureDialog::validate()
{
    const ImpactMeasure m = measure();
    const Status s = ImpactMeasures::validate(m);
    m_problem->setText(s.ok() ? QString() : s.error());
    const std::optional<Indicator> indicator = chosenIndicator();
    m_warning->setText(indicator ? ImpactMeasures::directionWarning(m, *indicator) : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(s.ok());
}
