#pragma once

#include "indicators/indicatorstore.h"
#include "store/storecommand.h"


// Adds a figure. The constructor saves it; push the command only if status() is ok.
class AddIndicatorValueCommand : public StoreCommand
{
public:
    AddIndicatorValueCommand(IndicatorStore &store, const IndicatorValue &value);
protected:
    Status revert() override;
    Status apply() override;

private:
    IndicatorStore &m_store;
    IndicatorValue m_value;
};
