#pragma once

#include "actions/actionrules.h"
#include "judgements/recommendation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

class QIODevice;

// An action plan as a CSV file a board officer can open in Excel, edit and bring back.
// Dates are ISO (YYYY-MM-DD); recommendations are listed by number ("1; 3"); impact
// measures one a line, by the indicator's key:
// "cla_rate: 80 at 2024-03-31 to 72 by 2026-03-31 (source: the 2023-24 return)". A row of
// kind "Whole plan" (the "Kind" column; blank or "Action" for an action) carries the
// measures of the plan as a whole, under the plan's name, and nothing else.
namespace ActionPlanCsv {

QStringList header();

// The actions' measures, and the key each indicator is written by.
struct Measures
{
    QHash<qint64, QList<ImpactMeasure>> byAction;
    QHash<qint64, QString> keys; // by indicator id
    // Plans' own measures, each written first as a whole-plan row: (plan name, measures).
    QList<std::pair<QString, QList<ImpactMeasure>>> wholePlans;
};
QByteArray write(const QList<ActionRow> &rows, const Measures &measures = {});
// One measure as the file writes it, and back (nullopt, with the reason, when it is not).
QString measureText(const ImpactMeasure &measure, const QString &key);
std::optional<ImpactMeasure>
measureFrom(const QString &text, const QHash<QString, qint64> &indicatorIds, QString *problem);

// A row that could not be read: its spreadsheet row number (the header is row 1), the
// column and the reason.
struct RowProblem
{
    qint64 row = 0;
    QString column;
    QString reason;
    QString message() const;
};

// One action read from the file, with the RAG and percent to record as its first update.
struct ImportedAction
{
    qint64 row = 0;
    Action action;
    std::optional<ActionUpdate> progress;
};

struct Parsed
{
    QList<ImportedAction> actions;
    // The measures of the plan as a whole, from its rows of kind "Whole plan" (none: the file
    // has no such row).
    std::optional<QList<ImpactMeasure>> planMeasures;
    QList<RowProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// Reads the file; `recommendations` are those the plan's authority has, to match numbers.
// `today` dates the first update when the file gives no "Last update" date. Measures are read
// by the indicators' keys (`indicatorIds`); a file without the column leaves them unread.
Parsed read(QIODevice *device, const QList<Recommendation> &recommendations, const QDate &today,
            const QHash<QString, qint64> &indicatorIds = {});

} // namespace ActionPlanCsv
