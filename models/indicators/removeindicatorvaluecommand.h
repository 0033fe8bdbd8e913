#pragma once

#include "indicators/indicatorstore.h"
#include "store/storecommand.h"


// Deletes a figure; undo puts it back with the same id and source.
class RemoveIndicatorValueCommand : public StoreCommand
{
public:
    RemoveIndicatorValueCommand(IndicatorStore &store, qint64 valueId);
protected:
    Status revert() override;
    Status apply() override;

private:
    IndicatorStore &m_store;
    std::optional<IndicatorValue> m_before;
};
