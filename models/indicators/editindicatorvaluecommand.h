#pragma once

#include "indicators/indicatorstore.h"
#include "store/storecommand.h"

// Changes a figure or its suppression code. The constructor saves; push only if status()
// is ok.
class EditIndicatorValueCommand : public StoreCommand
{
public:
    // Saved over `changed`'s version (the one the user saw), refused if someone else has
    // saved the figure since.
    EditIndicatorValueCommand(IndicatorStore &store, const IndicatorValue &changed);

protected:
    Status revert() override;
    Status apply() override;

private:
    IndicatorStore &m_store;
    std::optional<IndicatorValue> m_before;
    IndicatorValue m_after;
};
