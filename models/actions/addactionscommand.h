#pragma once

#include "actions/actionplanstore.h"

#include <QUndoCommand>

// Adds one or more actions (a new action, drafts from recommendations, a CSV import) in
// one transaction and one undo step. The constructor saves; push only if status() is ok.
class AddActionsCommand : public QUndoCommand
{
public:
    AddActionsCommand(ActionPlanStore &store, const QList<ActionPlanStore::NewAction> &actions,
                      const QString &text);

    const Status &status() const { return m_status; }
    const QList<qint64> &actionIds() const { return m_ids; }

    void undo() override;
    void redo() override;

private:
    ActionPlanStore &m_store;
    Status m_status;
    QList<qint64> m_ids;
    QList<ActionPlanStore::ActionSnapshot> m_snapshots;
    bool m_done = false;
};
