#pragma once

#include "indicators/indicatorstore.h"

#include <QUndoCommand>

// Adds a figure. The constructor saves it; push the command only if status() is ok.
class AddIndicatorValueCommand : public QUndoCommand
{
public:
    AddIndicatorValueCommand(IndicatorStore &store, const IndicatorValue &value);
    const Status &status() const { return m_status; }
    void undo() override;
    void redo() override;

private:
    IndicatorStore &m_store;
    Status m_status;
    IndicatorValue m_value;
    bool m_done = false;
};
