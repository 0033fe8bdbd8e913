#pragma once

#include "actions/actionplan.h"

#include <QDate>

// An action with what its history says now: the latest update's RAG and percent.
struct ActionRow
{
    Action action;
    QString planName;
    QList<int> recommendationNumbers;
    std::optional<ActionUpdate> latest;
    int updateCount = 0;
};

// The rules boards read actions by. "Today" is passed in so the rules can be tested.
namespace ActionRules {
// Complete or closed: finished, whatever the date.
bool isFinished(const ActionRow &row);
// Past its due date and not finished: overdue whatever its RAG says.
bool isOverdue(const ActionRow &row, const QDate &today);
// The RAG a board sees: the latest update's, blue once finished, none before any update.
std::optional<Rag> currentRag(const ActionRow &row);
int percentComplete(const ActionRow &row);
} // namespace ActionRules
