#pragma once

#include "actions/impactmeasure.h"
#include "actions/rag.h"
#include "sources/evidence.h"
#include "store/rowversion.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// An action plan of one authority, reporting to a board.
struct Plan
{
    qint64 id = 0;
    qint64 authorityId = 0;
    QString name;
    std::optional<QDate> startsOn;
    std::optional<QDate> endsOn;
    QString reportsTo;
    std::optional<qint64> sourceId;
    // The indicators the plan as a whole is meant to move, beside its actions' own. Read with
    // one plan (ActionPlanStore::plan), not with lists of them; a save of a plan whose
    // measures were not read leaves them alone.
    std::optional<QList<ImpactMeasure>> measures;
    // The version read, and who saved it and when, as an action's.
    RowVersion version;
};

// A dated progress report on an action; appended, never changed.
struct ActionUpdate
{
    qint64 id = 0;
    qint64 actionId = 0;
    QDate reportedOn;
    QString author;
    QString note;
    Rag rag = Rag::Green;
    int percentComplete = 0;
};

// One thing the authority will do, answering zero or more recommendations.
struct Action
{
    qint64 id = 0;
    qint64 planId = 0;
    QString title;
    QString description;
    QString leadOfficer;
    QString serviceArea;
    std::optional<QDate> startDate;
    std::optional<QDate> dueDate;
    ActionStatus status = ActionStatus::NotStarted;
    QString successMeasure;
    QString evidence;
    QList<qint64> recommendationIds;
    // The indicators it is meant to move. Read with one action (ActionPlanStore::action), not
    // with lists of them; a save of an action whose measures were not read leaves them alone.
    std::optional<QList<ImpactMeasure>> measures;
    // The documents that show its work; read and saved as its measures are.
    std::optional<QList<Evidence>> evidenceDocuments;
    // The version read, and who saved it and when; saving an older version than the
    // database holds is refused.
    RowVersion version;
};
