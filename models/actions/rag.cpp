#include "actions/rag.h"

namespace Rags {

QString code(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QStringLiteral("red");
    case Rag::Amber:
        return QStringLiteral("amber");
    case Rag::Green:
        return QStringLiteral("green");
    case Rag::Blue:
        return QStringLiteral("blue");
    }
    return {};
}

std::optional<Rag> fromCode(const QString &code)
{
    for (Rag r : all()) {
        if (Rags::code(r) == code.trimmed().toLower())
            return r;
    }
    return std::nullopt;
}

QString title(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QStringLiteral("Red: off track");
    case Rag::Amber:
        return QStringLiteral("Amber: at risk");
    case Rag::Green:
        return QStringLiteral("Green: on track");
    case Rag::Blue:
        return QStringLiteral("Blue: complete");
    }
    return {};
}

QColor colour(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QColor(0xc6, 0x28, 0x28);
    case Rag::Amber:
        return QColor(0xf5, 0xa6, 0x23);
    case Rag::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case Rag::Blue:
        return QColor(0x1e, 0x63, 0xb4);
    }
    return {};
}

QColor textColour(Rag rag)
{
    return rag == Rag::Amber ? QColor(Qt::black) : QColor(Qt::white);
}

QList<Rag> all()
{
    return {Rag::Red, Rag::Amber, Rag::Green, Rag::Blue};
}

} // namespace Rags

namespace ActionStatuses {

QString code(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted:
        return QStringLiteral("not_started");
    case ActionStatus::InProgress:
        return QStringLiteral("in_progress");
    case ActionStatus::Complete:
        return QStringLiteral("complete");
    case ActionStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<ActionStatus> fromCode(const QString &code)
{
    for (ActionStatus s : all()) {
        if (ActionStatuses::code(s) == code)
            return s;
    }
    return std::nullopt;
}

QString title(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted:
        return QStringLiteral("Not started");
    case ActionStatus::InProgress:
        return QStringLiteral("In progress");
    case ActionStatus::Complete:
        return QStringLiteral("Complete");
    case ActionStatus::Closed:
        return QStringLiteral("Closed");
    }
    return {};
}

bool isFinished(ActionStatus status)
{
    return status == ActionStatus::Complete || status == ActionStatus::Closed;
}

QList<ActionStatus> all()
{
    return {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Complete,
            ActionStatus::Closed};
}

} // namespace ActionStatuses
