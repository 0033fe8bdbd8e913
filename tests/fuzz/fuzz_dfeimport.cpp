// libFuzzer: the DfE statistics import, fed any bytes as a published file, against a real
// database (the built-in authorities and indicators), writing what it accepts.
#include "indicators/dfeimport.h"
#include "indicators/indicator.h"
#include "indicators/indicatorstore.h"
#include "store/database.h"
#include "store/store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {
// Kept for the whole run and never destroyed: libFuzzer ends the process from its own
// code, after Qt's own globals (the SQL connections) may already be gone.
QCoreApplication *app = nullptr;
QTemporaryDir *dir = nullptr;
Database *db = nullptr;
QHash<QString, qint64> ids;
QStringList header;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = new QCoreApplication(*argc, *argv);
    dir = new QTemporaryDir;
    const QString path = dir->filePath(QStringLiteral("fuzz.sqlite"));
    OpenError error;
    {
        std::unique_ptr<Store> store = Store::open(path, &error);
        if (!store)
            __builtin_trap();
        for (const Indicator &i : store->indicators().indicators())
            ids.insert(i.key, i.id);
    }
    db = Database::open(path, &error).release();
    if (db)
        db->run(QStringLiteral("PRAGMA synchronous = OFF")); // no fsync for a scratch file
    if (!db)
        __builtin_trap();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QList<MeasureRule> rules = DfeImport::catalogueRules(ids, &buffer, &header);
    buffer.seek(0);
    const DfeImport::Summary summary = DfeImport(*db, rules).run(&buffer, true);
    // A file with a rejected row writes nothing.
    if (summary.rejected > 0 && summary.written)
        __builtin_trap();
    if (summary.written) {
        db->run(QStringLiteral("DELETE FROM indicator_value"));
        db->run(QStringLiteral("DELETE FROM source"));
        db->run(QStringLiteral("DELETE FROM document"));
    }
    return 0;
}
