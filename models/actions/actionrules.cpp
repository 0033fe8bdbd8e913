#include "actions/actionrules.h"

namespace ActionRules {

bool isFinished(const ActionRow &row)
{
    return ActionStatuses::isFinished(row.action.status);
}

bool isOverdue(const ActionRow &row, const QDate &today)
{
    return !isFinished(row) && row.action.dueDate && *row.action.dueDate < today;
}

std::optional<Rag> currentRag(const ActionRow &row)
{
    if (row.action.status == ActionStatus::Complete)
        return Rag::Blue;
    if (row.latest)
        return row.latest->rag;
    return std::nullopt;
}

int percentComplete(const ActionRow &row)
{
    if (row.action.status == ActionStatus::Complete)
        return 100;
    return row.latest ? row.latest->percentComplete : 0;
}

} // namespace ActionRules
