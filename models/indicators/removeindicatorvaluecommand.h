#pragma once

#include "indicators/indicatorstore.h"
#include "store/storecommand.h"


// Deletes a figure; undo puts it back with the same id and source. Deletes only the version
// shown (`shownVersion`, 0: any): not a colleague's newer save.
class RemoveIndicatorValueCommand : public StoreCommand
{
public:
    RemoveIndicatorValueCommand(IndicatorStore &store, qint64 valueId, int shownVersion = 0);
protected:
    Status revert() override;
    Status apply() override;

private:
    IndicatorStore &m_store;
    std::optional<IndicatorValue> m_before;
};
