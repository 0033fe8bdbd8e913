#include "demo/demodatabase.h"

#include "authorities/authoritystore.h"
#include "demo/seeddataloader.h"
#include "demo/syntheticdemo.h"
#include "indicators/dfeimport.h"
#include "indicators/indicatorstore.h"
#include "reports/authoritymatcher.h"
#include "reports/reportfile.h"
#include "reports/reportimport.h"
#include "store/database.h"
#include "store/store.h"

#include <QDir>
#include <QFile>

namespace DemoDatabase {

Status populate(Store &store)
{
    const Status demo = store.transaction([&store]() -> Status {
        const Status real = SeedDataLoader(store).load();
        if (!real.ok())
            return real;
        return SyntheticDemo(store).generate();
    });
    if (!demo.ok())
        return demo;
    // Ofsted's reports go through the report reader, as a report a user chose would: the
    // inspections, grades and recommendations they print, each pointing back to its page.
    const AuthorityMatcher matcher(store.authorities().all(), store.authorities().aliases());
    const QStringList reports = QDir(QStringLiteral(":/demo/ofsted-reports"))
                                    .entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    for (const QString &name : reports) {
        QFile file(QStringLiteral(":/demo/ofsted-reports/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(QStringLiteral("Cannot read %1.").arg(name));
        const ReportFile report = ReportFile::fromBytes(name, file.readAll(), matcher);
        const QString refusal =
            report.ready() ? ReportImport::check(report) : report.refusal + report.reviewFields();
        if (!refusal.isEmpty())
            return Status::failure(QStringLiteral("%1: %2").arg(name, refusal));
        const Status saved = ReportImport::saveOne(store, report, false);
        if (!saved.ok())
            return Status::failure(QStringLiteral("%1: %2").arg(name, saved.error()));
    }
    // The published files go through the importer, on a connection of its own, exactly as
    // a file a user chose would.
    QHash<QString, qint64> ids;
    for (const Indicator &i : store.indicators().indicators())
        ids.insert(i.key, i.id);
    OpenError error;
    std::unique_ptr<Database> db = Database::open(store.path(), &error);
    if (!db)
        return Status::failure(error.message);
    const QStringList files = QDir(QStringLiteral(":/demo/dfe-statistics"))
                                  .entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(QStringLiteral(":/demo/dfe-statistics/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(QStringLiteral("Cannot read %1.").arg(name));
        const QList<MeasureRule> rules = DfeImport::catalogueRules(ids, &file);
        file.seek(0);
        const DfeImport::Summary s = DfeImport(*db, rules).run(&file, true);
        if (!s.written)
            return Status::failure(QStringLiteral("%1: %2").arg(
                name,
                s.problems.isEmpty() ? QStringLiteral("not imported") : s.problems.first().reason));
    }
    store.indicators().announceBulkChange();
    return {};
}

} // namespace DemoDatabase
