#pragma once

#include "actions/actionplan.h"
#include "store/result.h"

#include <QObject>

class Database;

// Action plans, their actions and the append-only history of progress updates.
class ActionPlanStore : public QObject
{
    Q_OBJECT
public:
    explicit ActionPlanStore(Database &db, QObject *parent = nullptr);

    Result<qint64> addPlan(const Plan &plan);
    Result<qint64> addAction(const Action &action);
    Result<qint64> addUpdate(const ActionUpdate &update);

    QList<Plan> plans(qint64 authorityId) const;
    QList<Action> actions(qint64 planId) const;
    QList<ActionUpdate> updates(qint64 actionId) const; // oldest first

signals:
    void plansChanged(qint64 authorityId);
    void actionsChanged(qint64 planId);

private:
    Database &m_db;
};
