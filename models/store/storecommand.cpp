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
    m_skipRedo = status.ok();
}

void StoreCommand::undo()
{
    report("Undo", revert());
}

void StoreCommand::redo()
{
    if (m_skipRedo) { // QUndoStack::push calls redo(); the constructor has saved already
        m_skipRedo = false;
        return;
    }
    report("Redo", apply());
}

void StoreCommand::report(const char *what, const Status &status) const
{
    if (status.ok())
        return;
    const QString message =
        qstrcmp(what, "Undo") == 0
            ? QCoreApplication::translate("StoreCommand", "\"%1\" could not be undone: %2")
                  .arg(text(), status.error())
            : QCoreApplication::translate("StoreCommand", "\"%1\" could not be redone: %2")
                  .arg(text(), status.error());
    if (reporter())
        reporter()(message);
    else
        qWarning("%s", qPrintable(message));
}
