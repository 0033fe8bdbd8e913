#pragma once

#include "actions/actiondialog.h"
#include "actions/actionupdatedialog.h"
#include "actions/closerecommendationdialog.h"
#include "actions/evidencedialog.h"
#include "actions/measuredialog.h"
#include "actions/plandialog.h"
#include "export/boardpackdialog.h"
#include "indicators/neighboursdialog.h"
#include "indicators/valuedialog.h"
#include "judgements/inspectiondialog.h"
#include "reports/reportimportdialog.h"
#include "shell/connectdialog.h"

#include "actions/actionplanstore.h"
#include "indicators/indicatorstore.h"
#include "store/store.h"

#include <QDialog>
#include <QStringList>

#include <memory>

// Every dialog of the window, opened on a store for one authority, for tests that look at
// all of them (fit on a small screen, named for a screen reader).
namespace EveryDialog {

inline QStringList names()
{
    return {QStringLiteral("action"),        QStringLiteral("plan"),
            QStringLiteral("board pack"),    QStringLiteral("neighbours"),
            QStringLiteral("value"),         QStringLiteral("inspection"),
            QStringLiteral("report import"), QStringLiteral("connect to server"),
            QStringLiteral("measure"),       QStringLiteral("close recommendation"),
            QStringLiteral("evidence"),      QStringLiteral("progress update"),
            QStringLiteral("edit plan")};
}

inline std::unique_ptr<QDialog> make(const QString &name, Store &store, qint64 authorityId)
{
    if (name == QLatin1String("action"))
        return std::make_unique<ActionDialog>(Action(), store.actionPlans().plans(authorityId),
                                              store.actionPlans().coverage(authorityId),
                                              MeasureContext::of(store, authorityId));
    if (name == QLatin1String("measure"))
        return std::make_unique<MeasureDialog>(ImpactMeasure(),
                                               MeasureContext::of(store, authorityId));
    if (name == QLatin1String("close recommendation")) {
        const QList<ActionPlanStore::Coverage> all = store.actionPlans().coverage(authorityId);
        return all.isEmpty() ? nullptr
                             : std::make_unique<CloseRecommendationDialog>(all.first(), false);
    }
    if (name == QLatin1String("evidence"))
        return std::make_unique<EvidenceDialog>(Evidence(), QList<ActionUpdate>(),
                                                store.isOnServer());
    if (name == QLatin1String("plan"))
        return std::make_unique<PlanDialog>(authorityId);
    if (name == QLatin1String("edit plan")) {
        const QList<Plan> plans = store.actionPlans().plans(authorityId);
        return plans.isEmpty()
                   ? nullptr
                   : std::make_unique<PlanDialog>(*store.actionPlans().plan(plans.last().id),
                                                  MeasureContext::of(store, authorityId));
    }
    if (name == QLatin1String("board pack"))
        return std::make_unique<BoardPackDialog>(store, authorityId);
    if (name == QLatin1String("neighbours"))
        return std::make_unique<NeighboursDialog>(store, authorityId);
    if (name == QLatin1String("value"))
        return std::make_unique<ValueDialog>(
            *store.indicators().indicator(QStringLiteral("cla_rate")), authorityId);
    if (name == QLatin1String("inspection"))
        return std::make_unique<InspectionDialog>(InspectionRecord());
    if (name == QLatin1String("report import"))
        return std::make_unique<ReportImportDialog>(store);
    if (name == QLatin1String("connect to server"))
        return std::make_unique<ConnectDialog>();
    if (name == QLatin1String("progress update")) {
        ActionUpdate previous;
        previous.author = QStringLiteral("Head of Service");
        return std::make_unique<ActionUpdateDialog>(
            QStringLiteral("Strengthen management oversight of assessments"), previous, false);
    }
    return nullptr;
}

} // namespace EveryDialog
