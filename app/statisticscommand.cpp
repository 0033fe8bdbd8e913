#include "statisticscommand.h"

#include "commanddatabase.h"
#include "commandfailure.h"

#include "indicators/dfeimport.h"
#include "indicators/indicatorstore.h"
#include "store/database.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

const QString importOption = QStringLiteral("import-statistics");

// "E13000001 Inner London, E06999999 Somewhere"
QString unknownList(const DfeImport::Summary &s)
{
    QStringList places;
    for (auto it = s.unknownPlaces.constBegin(); it != s.unknownPlaces.constEnd(); ++it)
        places << QStringLiteral("%1 %2").arg(it.key(), it.value()).trimmed();
    return places.join(QStringLiteral(", "));
}

} // namespace

namespace StatisticsCommand {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {importOption, QStringLiteral("Import the published DfE statistics files given as "
                                      "arguments (CSV, as downloaded) into the --database; each "
                                      "must be one the catalogue knows. Prints, per file, the "
                                      "rows read and the figures written, suppressed, skipped "
                                      "and rejected.")});
}

bool requested(const QCommandLineParser &parser)
{
    return parser.isSet(importOption);
}

int run(const QCommandLineParser &parser, const CommandDatabase &database)
{
    const QString &databasePath = database.path;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return commandFailure(2, QStringLiteral("--import-statistics needs one or more files."));
    if (!database.given)
        return commandFailure(2, QStringLiteral("--import-statistics needs --database FILE."));
    if (database.readOnly)
        return commandFailure(2, QStringLiteral("--import-statistics changes the database, so "
                                                "it cannot be used with --read-only."));
    QString problem;
    std::unique_ptr<Store> store = database.open(CommandDatabase::Need::Any, &problem);
    if (!store)
        return commandFailure(1, problem);
    OpenError error;
    QHash<QString, qint64> ids;
    for (const Indicator &i : store->indicators().indicators())
        ids.insert(i.key, i.id);
    store.reset();
    std::unique_ptr<Database> db = Database::open(databasePath, &error);
    if (!db)
        return commandFailure(1, error.message);

    int refused = 0;
    for (const QString &path : files) {
        const QString name = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::printf("%s: refused: cannot be read: %s\n", qPrintable(name),
                        qPrintable(file.errorString()));
            ++refused;
            continue;
        }
        const Result<DfeImport::Header> header = DfeImport::readHeader(&file);
        if (!header.ok()) {
            std::printf("%s: refused: %s\n", qPrintable(name), qPrintable(header.error()));
            ++refused;
            continue;
        }
        file.seek(0);
        QList<MeasureRule> rules = DfeImport::catalogueRules(ids, &file);
        // A release that renamed a measure: taken only when each new name is the one column
        // that can be it; otherwise the candidates are listed and nothing is imported.
        const QList<DfeCatalogue::Candidate> renamed =
            DfeCatalogue::candidatesFor(header.value().columns, ids);
        bool ambiguous = false;
        for (const DfeCatalogue::Candidate &c : renamed) {
            if (c.columns.size() == 1) {
                std::printf("%s: %s: no column \"%s\"; taking \"%s\" in its place\n",
                            qPrintable(name), qPrintable(c.indicatorKey), qPrintable(c.wanted),
                            qPrintable(c.columns.first()));
                rules.append(c.rule);
            } else {
                std::printf("%s: %s: no column \"%s\"; it could be any of %s\n", qPrintable(name),
                            qPrintable(c.indicatorKey), qPrintable(c.wanted),
                            qPrintable(QStringLiteral("\"") +
                                       c.columns.join(QStringLiteral("\", \"")) +
                                       QStringLiteral("\"")));
                ambiguous = true;
            }
        }
        if (ambiguous) {
            std::printf("%s: refused: some measures could be more than one column; import it in "
                        "the window, where you choose, or name them in a mapping\n",
                        qPrintable(name));
            ++refused;
            continue;
        }
        if (rules.isEmpty()) {
            std::printf("%s: refused: not a file the catalogue of DfE statistics knows; import "
                        "it in the window, where its measures can be mapped to indicators. Its "
                        "columns: %s\n",
                        qPrintable(name),
                        qPrintable(header.value().columns.join(QStringLiteral(", "))));
            ++refused;
            continue;
        }
        file.seek(0);
        const DfeImport::Summary s = DfeImport(*db, rules).run(&file, true);
        const qint64 skipped = s.skipped + s.notApplicable + s.unknownRows;
        std::printf("%s: %lld rows read, %lld figures %s, %lld suppressed, %lld skipped "
                    "(%lld by filter values, %lld not applicable, %lld for places not in the "
                    "list%s), %lld rejected\n",
                    qPrintable(name), static_cast<long long>(s.rows),
                    static_cast<long long>(s.written ? s.values : 0),
                    s.written ? "written" : "written (none: the file was refused)",
                    static_cast<long long>(s.suppressed), static_cast<long long>(skipped),
                    static_cast<long long>(s.skipped), static_cast<long long>(s.notApplicable),
                    static_cast<long long>(s.unknownRows),
                    s.unknownPlaces.isEmpty() ? ""
                                              : qPrintable(QStringLiteral(": ") + unknownList(s)),
                    static_cast<long long>(s.rejected));
        for (const DfeImport::Problem &p : s.problems.mid(0, 20)) {
            if (p.line > 0)
                std::printf("  line %lld: %s\n", static_cast<long long>(p.line),
                            qPrintable(p.reason));
            else
                std::printf("  %s\n", qPrintable(p.reason));
        }
        const QStringList unmatched = s.unmatched();
        if (!s.cancelled && s.rejected == 0 && s.values == 0) {
            // Recognised, read, and nothing in it: an error, never a quiet success.
            std::printf("%s: refused: no figure in it matched what the catalogue looks for; "
                        "nothing was imported\n",
                        qPrintable(name));
        }
        for (const QString &rule : unmatched)
            std::printf("  %s: %s\n", s.values == 0 ? "looked for" : "no figure for",
                        qPrintable(rule));
        if (!s.written || s.values == 0)
            ++refused;
    }
    return refused ? 1 : 0;
}

} // namespace StatisticsCommand
