// A helper for tst_interrupted: edits one action of the database over and over through the
// program's own undo command (as the window does), numbering each title, until killed.
//
//   edit_actions DATABASE
#include "actions/actionplanstore.h"
#include "actions/editactioncommand.h"
#include "authorities/authoritystore.h"
#include "store/store.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    OpenError error;
    std::unique_ptr<Store> store = Store::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!store)
        return 1;
    const std::optional<Authority> borough =
        store->authorities().byName(QStringLiteral("Example Borough (synthetic)"));
    if (!borough)
        return 1;
    const QList<Plan> plans = store->actionPlans().plans(borough->id);
    if (plans.isEmpty() || store->actionPlans().actions(plans.first().id).isEmpty())
        return 1;
    Action action = store->actionPlans().actions(plans.first().id).first();
    std::printf("editing\n");
    std::fflush(stdout);
    for (int n = 1; n <= 100000; ++n) {
        action.title = QStringLiteral("Edited title number %1, written whole").arg(n);
        action.description = QString(n % 2000, QLatin1Char('x'));
        EditActionCommand command(store->actionPlans(), action);
        if (!command.status().ok())
            return 1;
        ++action.version.number; // each save moves the version on
    }
    return 0;
}
