#pragma once

#include "actions/actionrules.h"

#include <QAbstractTableModel>
#include <QDate>

class QUndoStack;
class ActionPlanStore;

// Every action of one authority's plans, with its current RAG, percent and overdue flag
// drawn from the update history. Title, lead officer, service area, due date and status
// can be edited in place; each edit goes on the undo stack as one command.
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PlanColumn,
        TitleColumn,
        RecommendationsColumn,
        LeadOfficerColumn,
        ServiceAreaColumn,
        StartColumn,
        DueColumn,
        StatusColumn,
        RagColumn,
        PercentColumn,
        LastUpdateColumn,
        ColumnCount
    };
    enum Role
    {
        ActionIdRole = Qt::UserRole + 1,
        PlanIdRole,
        RecommendationIdsRole, // QVariantList of ids
        StatusRole,            // status code
        RagRole,               // RAG code, empty before any update
        OverdueRole,
        SortRole,
        SearchTextRole,
    };

    ActionTableModel(ActionPlanStore &store, QUndoStack *undoStack, QObject *parent = nullptr);

    void setAuthority(qint64 authorityId);
    qint64 authority() const { return m_authorityId; }
    // The day overdue is judged against; today unless a test fixes it.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    const ActionRow &rowAt(int row) const { return m_rows.at(row); }
    // Every row of the authority, as last read.
    const QList<ActionRow> &rows() const { return m_rows; }
    int rowOfAction(qint64 actionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An in-place edit the store refused, in plain words.
    void editRefused(const QString &message);

private:
    void reload();
    ActionPlanStore &m_store;
    QUndoStack *m_undoStack;
    qint64 m_authorityId = 0;
    QDate m_today = QDate::currentDate();
    QList<ActionRow> m_rows;
};
