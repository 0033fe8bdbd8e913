#pragma once

#include "judgements/inspection.h"
#include "judgements/judgement.h"
#include "judgements/recommendation.h"
#include "store/result.h"

#include <QList>

// An inspection with everything it decided: saved, validated and undone as one.
struct InspectionRecord
{
    Inspection inspection;
    QList<Judgement> judgements;
    QList<Recommendation> recommendations;

    // Dates in order, areas valid for the framework, one grade per area, visits ungraded,
    // recommendations numbered once each and worded. The message says which item is wrong.
    Status validate() const;
};
