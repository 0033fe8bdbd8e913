#pragma once

#include "help/whattodo.h"

#include <QMessageBox>
#include <QString>
#include <QUndoStack>

// Every edit command saves in its constructor and says whether it could; these push one
// that did onto the undo stack, or give back (or show) the reason and discard it.
namespace UndoPush {

template <typename Command> QString orMessage(QUndoStack &stack, Command *command)
{
    if (!command->status().ok()) {
        const QString message = command->status().error();
        delete command;
        return message;
    }
    stack.push(command);
    return {};
}

template <typename Command>
bool orReport(QUndoStack &stack, Command *command, QWidget *parent, const QString &title)
{
    const char *topic = WhatToDo::topicFor(command->status());
    const QString message = orMessage(stack, command);
    if (message.isEmpty())
        return true;
    WhatToDo::warning(parent, title, message, topic);
    return false;
}

} // namespace UndoPush
