#pragma once

#include "store/result.h"

#include <QUndoCommand>

#include <functional>

// The base of every edit of the database. A command saves its change when it is made, so
// the window can show why it failed before it reaches the undo stack (push it only when
// status() is ok); QUndoStack's first redo() is then skipped, and later undo() and redo()
// replay the change. Each command states only what it changes: revert() and apply().
//
// An undo or redo that fails (the database locked, the disk full) cannot be refused through
// QUndoStack; it is told to the reporter, which the window shows.
class StoreCommand : public QUndoCommand
{
public:
    const Status &status() const { return m_status; }

    void undo() final;
    void redo() final;

    using Reporter = std::function<void(const QString &message)>;
    // Where failed undos and redos are told; without one, a warning on standard error.
    static void setReporter(Reporter reporter);

protected:
    explicit StoreCommand(const QString &text = {});

    // What the constructor's first save gave; the command counts as done when it is ok.
    void saved(const Status &status);
    // Takes back the change (undo).
    virtual Status revert() = 0;
    // Makes the change again after it was taken back (redo).
    virtual Status apply() = 0;

private:
    void report(const char *what, const Status &status) const;

    Status m_status;
    bool m_skipRedo = false;
};
