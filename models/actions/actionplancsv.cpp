#include "actions/actionplancsv.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ActionPlanCsv {

namespace {

enum Column
{
    Title,
    Description,
    Recommendations,
    LeadOfficer,
    ServiceArea,
    StartDate,
    DueDate,
    StatusColumn,
    RagColumn,
    Percent,
    LastUpdate,
    SuccessMeasure,
    Evidence,
    MeasuresColumn,
    KindColumn,
    ColumnCount
};

QString tr(const char *text)
{
    return QCoreApplication::translate("ActionPlanCsv", text);
}

QString wholePlanKind()
{
    return tr("Whole plan");
}

QString actionKind()
{
    return tr("Action");
}

QString isoDate(const std::optional<QDate> &d)
{
    return d ? d->toString(Qt::ISODate) : QString();
}

} // namespace

QStringList header()
{
    return {tr("Title"),
            tr("Description"),
            tr("Recommendations"),
            tr("Lead officer"),
            tr("Service area"),
            tr("Start date"),
            tr("Due date"),
            tr("Status"),
            tr("RAG"),
            tr("Percent complete"),
            tr("Last update"),
            tr("Success measure"),
            tr("Evidence"),
            tr("Impact measures"),
            tr("Kind")};
}

QString RowProblem::message() const
{
    return column.isEmpty() ? tr("Row %1: %2").arg(row).arg(reason)
                            : tr("Row %1, column \"%2\": %3").arg(row).arg(column, reason);
}

QString measureText(const ImpactMeasure &m, const QString &key)
{
    // Milestones between: "via 76 by 2025-03-31, 74 by 2025-09-30".
    QStringList via;
    for (const auto &[on, value] : m.milestones)
        via << QStringLiteral("%1 by %2").arg(QString::number(value, 'g', 12),
                                               on.toString(Qt::ISODate));
    return QStringLiteral("%1: %2 at %3%4 to %5 by %6 (source: %7)")
        .arg(key, QString::number(m.baselineValue, 'g', 12), m.baselineOn.toString(Qt::ISODate),
             via.isEmpty() ? QString() : QStringLiteral(" via ") + via.join(QStringLiteral(", ")),
             QString::number(m.targetValue, 'g', 12), m.targetOn.toString(Qt::ISODate),
             m.baselineSource);
}

std::optional<ImpactMeasure>
measureFrom(const QString &text, const QHash<QString, qint64> &indicatorIds, QString *problem)
{
    static const QRegularExpression form(QStringLiteral(
        "^\\s*([A-Za-z0-9_]+)\\s*:\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s+at\\s+(\\S+)"
        "(?:\\s+via\\s+(.+?))?\\s+to\\s+"
        "(-?[0-9]+(?:\\.[0-9]+)?)\\s+by\\s+(\\S+)\\s*\\(source:\\s*(.*)\\)\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch()) {
        *problem = tr("\"%1\" is not a measure; write \"indicator_key: 80 at 2024-03-31 to 72 "
                      "by 2026-03-31 (source: where the 80 comes from)\", with any milestones "
                      "after the baseline as \"via 76 by 2025-03-31, 74 by 2025-09-30\".")
                       .arg(text.trimmed());
        return std::nullopt;
    }
    ImpactMeasure measure;
    if (!indicatorIds.contains(m.captured(1))) {
        *problem = tr("there is no indicator with the key \"%1\".").arg(m.captured(1));
        return std::nullopt;
    }
    measure.indicatorId = indicatorIds.value(m.captured(1));
    measure.baselineValue = m.captured(2).toDouble();
    measure.baselineOn = QDate::fromString(m.captured(3), Qt::ISODate);
    measure.targetValue = m.captured(5).toDouble();
    measure.targetOn = QDate::fromString(m.captured(6), Qt::ISODate);
    measure.baselineSource = m.captured(7).trimmed();
    if (!m.captured(4).isEmpty()) {
        static const QRegularExpression step(
            QStringLiteral("^\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s+by\\s+(\\S+)\\s*$"));
        for (const QString &part : m.captured(4).split(QLatin1Char(','))) {
            const QRegularExpressionMatch ms = step.match(part);
            const QDate on = ms.hasMatch() ? QDate::fromString(ms.captured(2), Qt::ISODate)
                                           : QDate();
            if (!on.isValid()) {
                *problem = tr("\"%1\" is not a milestone; write \"76 by 2025-03-31\".")
                               .arg(part.trimmed());
                return std::nullopt;
            }
            measure.milestones.append({on, ms.captured(1).toDouble()});
        }
    }
    for (const QString &day : {m.captured(3), m.captured(6)}) {
        if (!QDate::fromString(day, Qt::ISODate).isValid()) {
            *problem = tr("\"%1\" is not a date; write dates as YYYY-MM-DD.").arg(day);
            return std::nullopt;
        }
    }
    const Status valid = ImpactMeasures::validate(measure);
    if (!valid.ok()) {
        *problem = valid.error();
        return std::nullopt;
    }
    return measure;
}

QByteArray write(const QList<ActionRow> &rows, const Measures &measures)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    csv.writeRow(header());
    auto lines = [&measures](qint64 actionId) {
        QStringList out;
        for (const ImpactMeasure &m : measures.byAction.value(actionId))
            out << measureText(m, measures.keys.value(m.indicatorId));
        return out.join(QLatin1Char('\n'));
    };
    for (const auto &[planName, planMeasures] : measures.wholePlans) {
        if (planMeasures.isEmpty())
            continue;
        QStringList row;
        row.resize(ColumnCount);
        row[Title] = planName;
        QStringList text;
        for (const ImpactMeasure &m : planMeasures)
            text << measureText(m, measures.keys.value(m.indicatorId));
        row[MeasuresColumn] = text.join(QLatin1Char('\n'));
        row[KindColumn] = wholePlanKind();
        csv.writeRow(row);
    }
    for (const ActionRow &r : rows) {
        QStringList numbers;
        for (int n : r.recommendationNumbers)
            numbers << QString::number(n);
        const std::optional<Rag> rag = ActionRules::currentRag(r);
        csv.writeRow({r.action.title, r.action.description, numbers.join(QStringLiteral("; ")),
                      r.action.leadOfficer, r.action.serviceArea, isoDate(r.action.startDate),
                      isoDate(r.action.dueDate), ActionStatuses::title(r.action.status),
                      rag ? Rags::code(*rag) : QString(),
                      r.latest || r.action.status == ActionStatus::Complete
                          ? QString::number(ActionRules::percentComplete(r))
                          : QString(),
                      r.latest ? isoDate(r.latest->reportedOn) : QString(), r.action.successMeasure,
                      r.action.evidence, lines(r.action.id), actionKind()});
    }
    return bytes;
}

Parsed read(QIODevice *device, const QList<Recommendation> &recommendations, const QDate &today,
            const QHash<QString, qint64> &indicatorIds)
{
    Parsed parsed;
    CsvReader csv(device);
    QStringList fields;
    if (!csv.readRow(&fields)) {
        parsed.problems.append(
            {1, QString(), csv.error().isEmpty() ? tr("the file is empty.") : csv.error()});
        return parsed;
    }
    // Columns are found by their header, so a user may reorder or drop optional ones.
    QHash<int, int> where;
    const QStringList names = header();
    for (int c = 0; c < fields.size(); ++c) {
        const int known = names.indexOf(fields.at(c).trimmed(), 0);
        if (known >= 0)
            where.insert(known, c);
    }
    if (!where.contains(Title)) {
        parsed.problems.append(
            {1, tr("Title"), tr("there is no \"Title\" column in the header row.")});
        return parsed;
    }
    QHash<int, qint64> byNumber;
    for (const Recommendation &r : recommendations)
        byNumber.insert(r.number, r.id);

    qint64 row = 1;
    while (csv.readRow(&fields)) {
        ++row;
        bool blank = true;
        for (const QString &f : std::as_const(fields))
            blank = blank && f.trimmed().isEmpty();
        if (blank)
            continue;
        auto value = [&](int column) {
            const int c = where.value(column, -1);
            return c >= 0 && c < fields.size() ? CsvReader::unguarded(fields.at(c)).trimmed()
                                               : QString();
        };
        auto problem = [&](int column, const QString &reason) {
            parsed.problems.append({row, names.at(column), reason});
        };
        auto date = [&](int column) -> std::optional<QDate> {
            const QString text = value(column);
            if (text.isEmpty())
                return std::nullopt;
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid()) {
                problem(column, tr("\"%1\" is not a date; write dates as YYYY-MM-DD.").arg(text));
                return std::nullopt;
            }
            return d;
        };
        const int before = int(parsed.problems.size());
        // Each measure of a cell, one a line; the same indicator twice is refused.
        auto measuresIn = [&](const QString &owner, QList<ImpactMeasure> &measures) {
            const QStringList lines =
                value(MeasuresColumn).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                if (line.trimmed().isEmpty())
                    continue;
                QString why;
                const std::optional<ImpactMeasure> m = measureFrom(line, indicatorIds, &why);
                if (!m)
                    problem(MeasuresColumn, why);
                else if (std::any_of(measures.cbegin(), measures.cend(),
                                     [&m](const ImpactMeasure &h) {
                                         return h.indicatorId == m->indicatorId;
                                     }))
                    problem(MeasuresColumn, tr("%1 measures each indicator once.").arg(owner));
                else
                    measures.append(*m);
            }
        };
        const QString kind = value(KindColumn);
        if (kind.compare(wholePlanKind(), Qt::CaseInsensitive) == 0) {
            // The plan's own measures, under its name: anything else on the row belongs to
            // an action, and is said rather than dropped.
            for (int column = 0; column < ColumnCount; ++column) {
                if (column != Title && column != MeasuresColumn && column != KindColumn &&
                    !value(column).isEmpty())
                    problem(column, tr("a whole-plan row carries only the plan's impact "
                                       "measures; put this on an action's row."));
            }
            QList<ImpactMeasure> planMeasures =
                parsed.planMeasures.value_or(QList<ImpactMeasure>());
            measuresIn(tr("the plan"), planMeasures);
            if (int(parsed.problems.size()) == before)
                parsed.planMeasures = planMeasures;
            continue;
        }
        if (!kind.isEmpty() && kind.compare(actionKind(), Qt::CaseInsensitive) != 0)
            problem(KindColumn, tr("\"%1\" is not a kind of row; write \"%2\" or \"%3\".")
                                    .arg(kind, actionKind(), wholePlanKind()));
        ImportedAction imported;
        imported.row = row;
        Action &a = imported.action;
        a.title = value(Title);
        if (a.title.isEmpty())
            problem(Title, tr("an action needs a title."));
        a.description = value(Description);
        a.leadOfficer = value(LeadOfficer);
        a.serviceArea = value(ServiceArea);
        a.successMeasure = value(SuccessMeasure);
        a.evidence = value(Evidence);
        a.startDate = date(StartDate);
        a.dueDate = date(DueDate);
        if (a.startDate && a.dueDate && *a.dueDate < *a.startDate)
            problem(DueDate, tr("the due date is before the start date."));
        const QString numbers = value(Recommendations);
        for (const QString &part :
             numbers.split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = part.toInt(&ok);
            if (!ok || !byNumber.contains(n))
                problem(Recommendations,
                        tr("there is no recommendation numbered \"%1\".").arg(part));
            else
                a.recommendationIds.append(byNumber.value(n));
        }
        if (where.contains(MeasuresColumn)) {
            QList<ImpactMeasure> measures;
            measuresIn(tr("an action"), measures);
            a.measures = measures;
        }
        const QString status = value(StatusColumn);
        if (!status.isEmpty()) {
            std::optional<ActionStatus> s;
            for (ActionStatus candidate : ActionStatuses::all()) {
                if (status.compare(ActionStatuses::title(candidate), Qt::CaseInsensitive) == 0 ||
                    status.compare(ActionStatuses::code(candidate), Qt::CaseInsensitive) == 0)
                    s = candidate;
            }
            if (!s)
                problem(StatusColumn,
                        tr("\"%1\" is not a status (not started, in progress, complete, closed).")
                            .arg(status));
            else
                a.status = *s;
        }
        const QString ragText = value(RagColumn);
        const QString percentText = value(Percent);
        std::optional<Rag> rag;
        if (!ragText.isEmpty()) {
            rag = Rags::fromCode(ragText);
            if (!rag)
                problem(RagColumn,
                        tr("\"%1\" is not a RAG rating (red, amber, green, blue).").arg(ragText));
        }
        int percent = 0;
        if (!percentText.isEmpty()) {
            bool ok = false;
            percent = QString(percentText).remove(QLatin1Char('%')).trimmed().toInt(&ok);
            if (!ok || percent < 0 || percent > 100)
                problem(Percent, tr("\"%1\" is not a percentage from 0 to 100.").arg(percentText));
        }
        const std::optional<QDate> updated = date(LastUpdate);
        if (rag) {
            ActionUpdate u;
            u.reportedOn = updated.value_or(today);
            u.rag = *rag;
            u.percentComplete = percent;
            u.note = tr("Imported from a spreadsheet.");
            imported.progress = u;
        } else if (!percentText.isEmpty() && ragText.isEmpty()) {
            problem(RagColumn, tr("a percentage is given without a RAG rating."));
        }
        if (int(parsed.problems.size()) == before)
            parsed.actions.append(imported);
    }
    if (!csv.error().isEmpty())
        parsed.problems.append({row + 1, QString(), csv.error()});
    return parsed;
}

} // namespace ActionPlanCsv
