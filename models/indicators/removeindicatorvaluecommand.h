#pragma once

#include "indicators/indicatorstore.h"

#include <QUndoCommand>

// Deletes a figure; undo puts it back with the same id and source.
class RemoveIndicatorValueCommand : public QUndoCommand
{
public:
    RemoveIndicatorValueCommand(IndicatorStore &store, qint64 valueId);
    const Status &status() const { return m_status; }
    void undo() override;
    void redo() override;

private:
    IndicatorStore &m_store;
    Status m_status;
    std::optional<IndicatorValue> m_before;
    bool m_done = false;
};
