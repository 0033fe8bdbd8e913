#pragma once

#include "judgements/judgementstore.h"
#include "store/storecommand.h"


// Deletes an inspection with its grades and recommendations; undo puts all of it back,
// including the links from actions to its recommendations. Deletes only the version shown
// (`shownVersion`, 0: any): not a colleague's newer save.
class RemoveInspectionCommand : public StoreCommand
{
public:
    RemoveInspectionCommand(JudgementStore &store, qint64 inspectionId, int shownVersion = 0);


protected:
    Status revert() override;
    Status apply() override;

private:
    JudgementStore &m_store;
    qint64 m_id;
    std::optional<JudgementStore::Snapshot> m_before;
};
