#pragma once

#include "judgements/judgementstore.h"

#include <QUndoCommand>

// Deletes an inspection with its grades and recommendations; undo puts all of it back,
// including the links from actions to its recommendations.
class RemoveInspectionCommand : public QUndoCommand
{
public:
    RemoveInspectionCommand(JudgementStore &store, qint64 inspectionId);

    const Status &status() const { return m_status; }

    void undo() override;
    void redo() override;

private:
    JudgementStore &m_store;
    Status m_status;
    qint64 m_id;
    bool m_done = false;
    std::optional<JudgementStore::Snapshot> m_before;
};
