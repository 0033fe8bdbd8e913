#pragma once

#include "actions/actionrules.h"
#include "judgements/recommendation.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class QIODevice;

// An action plan as a CSV file a board officer can open in Excel, edit and bring back.
// Dates are ISO (YYYY-MM-DD); recommendations are listed by number ("1; 3").
namespace ActionPlanCsv {

QStringList header();
QByteArray write(const QList<ActionRow> &rows);

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
    QList<RowProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// Reads the file; `recommendations` are those the plan's authority has, to match numbers.
// `today` dates the first update when the file gives no "Last update" date.
Parsed read(QIODevice *device, const QList<Recommendation> &recommendations, const QDate &today);

} // namespace ActionPlanCsv
