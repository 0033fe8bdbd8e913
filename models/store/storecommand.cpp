#include "store/storecommand.h"

#include <QCoreApplication>

namespace {
StoreCommand::Reporter &reporter()
{
    static StoreCommand::Reporter r;
    return r;
}
} // namespace

StoreCommand::StoreCommand(const QString &text)
    : QUndoCommand(text)
{
}

void StoreCommand::setReporter(Reporter r)
{
    reporter() = std::move(r);
}

void StoreCommand::saved(const Status &status)
{
    m_status = status;
    m_made = status.ok();
}

void StoreCommand::undo()
{
    if (!m_made)
        return; // already taken back: the stack is being put back after a failed redo
    const Status reverted = revert();
    if (reverted.ok())
        m_made = false;
    else
        report(true, reverted);
}

void StoreCommand::redo()
{
    // Also QUndoStack::push's call: the constructor has saved already.
    if (m_made)
        return;
    const Status applied = apply();
    if (applied.ok())
        m_made = true;
    else
        report(false, applied);
}

void StoreCommand::stepBack(QUndoStack &stack, const Failure &failure)
{
    const int index = stack.index();
    if (failure.inUndo && index < stack.count() && stack.command(index) == failure.command)
        stack.redo();
    else if (!failure.inUndo && index > 0 && stack.command(index - 1) == failure.command)
        stack.undo();
}

void StoreCommand::report(bool inUndo, const Status &status) const
{
    const QString message =
        inUndo ? QCoreApplication::translate("StoreCommand", "\"%1\" could not be undone: %2")
                     .arg(text(), status.error())
               : QCoreApplication::translate("StoreCommand", "\"%1\" could not be redone: %2")
                     .arg(text(), status.error());
    if (reporter())
        reporter()({message, this, inUndo});
    else
        qWarning("%s", qPrintable(message));
}
