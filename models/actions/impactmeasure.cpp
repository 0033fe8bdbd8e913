#include "actions/impactmeasure.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

bool ImpactMeasure::operator==(const ImpactMeasure &other) const
{
    return id == other.id && actionId == other.actionId && planId == other.planId &&
           indicatorId == other.indicatorId && baselineValue == other.baselineValue &&
           baselineOn == other.baselineOn && baselineSource == other.baselineSource &&
           targetValue == other.targetValue && targetOn == other.targetOn &&
           milestones == other.milestones;
}

double ImpactMeasure::expectedOn(const QDate &date) const
{
    QList<std::pair<QDate, double>> points{{baselineOn, baselineValue}};
    points += milestones;
    points.append({targetOn, targetValue});
    if (date <= points.first().first)
        return points.first().second;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const auto &[from, fromValue] = points.at(i - 1);
        const auto &[to, toValue] = points.at(i);
        if (date <= to) {
            const double span = double(from.daysTo(to));
            const double gone = span > 0 ? double(from.daysTo(date)) / span : 1.0;
            return fromValue + (toValue - fromValue) * gone;
        }
    }
    return targetValue;
}

namespace ImpactMeasures {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImpactMeasures", text);
}
QString day(const QDate &date)
{
    return date.toString(QStringLiteral("d MMM yyyy"));
}
} // namespace

Status validate(const ImpactMeasure &m)
{
    if (!m.indicatorId)
        return Status::failure(tr("Choose the indicator the action is meant to move."));
    if (!m.baselineOn.isValid())
        return Status::failure(tr("The baseline needs the date its figure is for."));
    if (!m.targetOn.isValid())
        return Status::failure(tr("The target needs a date."));
    if (m.targetOn <= m.baselineOn)
        return Status::failure(tr("The target date, %1, is not after the baseline's, %2.")
                                   .arg(day(m.targetOn), day(m.baselineOn)));
    if (m.baselineSource.trimmed().isEmpty())
        return Status::failure(
            tr("Say where the baseline figure comes from (a report, a return, a dashboard)."));
    if (!std::isfinite(m.baselineValue) || !std::isfinite(m.targetValue))
        return Status::failure(tr("The baseline and the target must be numbers."));
    QDate previous = m.baselineOn;
    for (const auto &[on, value] : m.milestones) {
        if (!on.isValid() || !std::isfinite(value))
            return Status::failure(tr("A milestone needs a date and a number."));
        if (on <= m.baselineOn || on >= m.targetOn)
            return Status::failure(tr("The milestone of %1 is not between the baseline (%2) and "
                                      "the target (%3).")
                                       .arg(day(on), day(m.baselineOn), day(m.targetOn)));
        if (on <= previous && previous != m.baselineOn)
            return Status::failure(
                tr("Milestones are one a date, in date order: %1 comes again or out of order.")
                    .arg(day(on)));
        previous = on;
    }
    return {};
}

QString directionWarning(const ImpactMeasure &m, const Indicator &indicator)
{
    if (indicator.polarity == Polarity::HigherIsBetter && m.targetValue < m.baselineValue)
        return tr("The target is lower than the baseline, but for %1 higher is better. Keep it "
                  "if the board has agreed a planned fall.")
            .arg(indicator.name);
    if (indicator.polarity == Polarity::LowerIsBetter && m.targetValue > m.baselineValue)
        return tr("The target is higher than the baseline, but for %1 lower is better. Keep it "
                  "if the board has agreed a planned rise.")
            .arg(indicator.name);
    return {};
}

MeasureProgress progress(const ImpactMeasure &m, const QList<std::pair<QDate, double>> &figures)
{
    MeasureProgress p;
    for (const auto &[on, value] : figures) {
        if (on > m.baselineOn && (!p.latest || on >= p.latestOn)) {
            p.latest = value;
            p.latestOn = on;
        }
    }
    if (!p.latest)
        return p;
    const double change = m.targetValue - m.baselineValue;
    p.expected = m.expectedOn(p.latestOn);
    // A figure equal to the line, but for floating-point rounding, is on it.
    const double slack = 1e-9 * std::max(1.0, std::abs(m.targetValue));
    const double latest = *p.latest;
    if (change == 0) {
        // Hold the figure where it is.
        p.state = std::abs(latest - m.targetValue) <= slack ? MeasureProgress::State::OnTrack
                                                            : MeasureProgress::State::OffTrack;
        return p;
    }
    const bool rising = change > 0;
    const bool met = rising ? latest >= m.targetValue - slack : latest <= m.targetValue + slack;
    const bool onLine = rising ? latest >= p.expected - slack : latest <= p.expected + slack;
    p.state = met      ? MeasureProgress::State::Met
              : onLine ? MeasureProgress::State::OnTrack
                       : MeasureProgress::State::OffTrack;
    return p;
}

QString title(MeasureProgress::State state)
{
    switch (state) {
    case MeasureProgress::State::NoFigureYet:
        return tr("No figure since the baseline");
    case MeasureProgress::State::OnTrack:
        return tr("On track");
    case MeasureProgress::State::OffTrack:
        return tr("Off track");
    case MeasureProgress::State::Met:
        return tr("Target met");
    }
    return {};
}

QColor foreground(MeasureProgress::State state)
{
    switch (state) {
    case MeasureProgress::State::NoFigureYet:
        return QColor(0x50, 0x50, 0x50);
    case MeasureProgress::State::OnTrack:
        return QColor(0x0b, 0x4f, 0x2a);
    case MeasureProgress::State::OffTrack:
        return QColor(0x8b, 0x00, 0x00);
    case MeasureProgress::State::Met:
        return QColor(0x00, 0x3a, 0x70);
    }
    return {};
}

QColor background(MeasureProgress::State state)
{
    switch (state) {
    case MeasureProgress::State::NoFigureYet:
        return QColor(0xee, 0xee, 0xee);
    case MeasureProgress::State::OnTrack:
        return QColor(0xdc, 0xf1, 0xe3);
    case MeasureProgress::State::OffTrack:
        return QColor(0xfd, 0xe0, 0xdc);
    case MeasureProgress::State::Met:
        return QColor(0xdd, 0xea, 0xf7);
    }
    return {};
}

} // namespace ImpactMeasures
