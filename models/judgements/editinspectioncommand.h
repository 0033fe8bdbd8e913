#pragma once

#include "judgements/judgementstore.h"
#include "store/storecommand.h"


// Changes an inspection, its grades and recommendations. The constructor saves the change;
// push the command only if status() is ok.
class EditInspectionCommand : public StoreCommand
{
public:
    // `text` names the step on the undo stack ("Close recommendation 2"); by default
    // "Edit <framework>, <dates>".
    EditInspectionCommand(JudgementStore &store, const InspectionRecord &changed,
                          const QString &text = {});

protected:
    Status revert() override;
    Status apply() override;

private:
    JudgementStore &m_store;
    std::optional<JudgementStore::Snapshot> m_before;
    std::optional<JudgementStore::Snapshot> m_after;
};
