#pragma once

#include "indicators/indicatorstore.h"

#include <QUndoCommand>

// Changes a figure or its suppression code. The constructor saves; push only if status()
// is ok.
class EditIndicatorValueCommand : public QUndoCommand
{
public:
    EditIndicatorValueCommand(IndicatorStore &store, const IndicatorValue &changed);
    const Status &status() const { return m_status; }
    void undo() override;
    void redo() override;

private:
    IndicatorStore &m_store;
    Status m_status;
    std::optional<IndicatorValue> m_before;
    IndicatorValue m_after;
    bool m_done = false;
};
