#pragma once

#include "sources/evidence.h"

#include <QAbstractTableModel>

class ActionPlanStore;

// The evidence of one action, each with whether its file is still as attached: what the
// action plan shows beside the chosen action.
class EvidenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        DatedColumn,
        BacksColumn,
        WhereColumn,
        StandsColumn,
        ColumnCount
    };

    explicit EvidenceModel(ActionPlanStore &actions, QObject *parent = nullptr);
    // 0: nothing shown.
    void setAction(qint64 actionId);

    struct Row
    {
        Evidence evidence;
        Evidences::FileState state = Evidences::FileState::WebAddress;
        QString backs; // "update of 31 October 2026", or empty for the action as a whole
    };
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // "File as attached", "Moved or deleted", "Changed since attached"...
    static QString stateText(Evidences::FileState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    ActionPlanStore &m_actions;
    qint64 m_actionId = 0;
    QList<Row> m_rows;
};
