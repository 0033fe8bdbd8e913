#pragma once

#include "store/result.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

// The base of every edit of the database. A command saves its change when it is made, so
// the window can show why it failed before it reaches the undo stack (push it only when
// status() is ok); QUndoStack's first redo() is then skipped, and later undo() and redo()
// replay the change. Each command states only what it changes: revert() and apply().
//
// An undo or redo that fails (a colleague's save since, the database locked, the disk full)
// cannot be refused through QUndoStack, which has moved past the command by the time it
// returns. It is told to the reporter, which shows it and, with stepBack(), moves the stack
// back to where the database is: the change stays in the undo stack, to try again.
class StoreCommand : public QUndoCommand
{
public:
    const Status &status() const { return m_status; }

    void undo() final;
    void redo() final;

    // An undo or redo that the database refused.
    struct Failure
    {
        QString message;            // "<change>" could not be undone: <why>
        const StoreCommand *command; // to compare only: it may be gone when the report is read
        bool inUndo;
    };
    using Reporter = std::function<void(const Failure &failure)>;
    // Where failed undos and redos are told; without one, a warning on standard error.
    static void setReporter(Reporter reporter);
    // Puts `stack` back on the failed command's side that the database is on (undo failed:
    // the change is still made; redo failed: still taken back), if the stack is still just
    // past it. Replaying a command on the side it is already on does nothing.
    static void stepBack(QUndoStack &stack, const Failure &failure);

protected:
    explicit StoreCommand(const QString &text = {});

    // What the constructor's first save gave; the command counts as done when it is ok.
    void saved(const Status &status);
    // Takes back the change (undo).
    virtual Status revert() = 0;
    // Makes the change again after it was taken back (redo).
    virtual Status apply() = 0;

private:
    void report(bool inUndo, const Status &status) const;

    Status m_status;
    bool m_made = false; // whether the database holds the change now
};
