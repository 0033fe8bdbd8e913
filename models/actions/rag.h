#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

// An action's RAG progress rating; blue means complete.
enum class Rag
{
    Red,   // off track
    Amber, // at risk
    Green, // on track
    Blue,  // complete
};

namespace Rags {
QString code(Rag rag);
std::optional<Rag> fromCode(const QString &code);
QString title(Rag rag); // "Red: off track"
QColor colour(Rag rag);
// Black or white, whichever reads on the RAG colour (at least 4.5 to 1).
QColor textColour(Rag rag);
QList<Rag> all();
} // namespace Rags

// Where an action is in its life.
enum class ActionStatus
{
    NotStarted,
    InProgress,
    Complete,
    Closed,
};

namespace ActionStatuses {
QString code(ActionStatus status);
std::optional<ActionStatus> fromCode(const QString &code);
QString title(ActionStatus status);
bool isFinished(ActionStatus status);
QList<ActionStatus> all();
} // namespace ActionStatuses
