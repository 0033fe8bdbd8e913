// Interrupted work: the program is started as a child process and killed (SIGKILL) at a
// random moment during a DfE import, an Ofsted report import, an action edit and a board
// pack written over an existing file. After every kill the database passes SQLite's
// integrity check, shows all of an import or none of it, and every output file is either
// the old one or a complete new one. A full disk (ulimit -f) during an import says so and
// damages nothing. CSTRACKER_KILL_RUNS sets the kills per case (50 by default).
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {

const QString binary = QStringLiteral(CSTRACKER_BINARY);
const QString editor = QStringLiteral(CSTRACKER_EDIT_ACTIONS);
const QString statistics = QStringLiteral(CSTRACKER_SOURCE_DIR
                                          "/resources/demo/dfe-statistics/"
                                          "cla_number_and_rate_per_10k_children.csv");
const QString report =
    QStringLiteral(CSTRACKER_SOURCE_DIR "/tests/data/ofsted-reports/dudley-10-december-2018.pdf");

int runs()
{
    const int n = qEnvironmentVariableIntValue("CSTRACKER_KILL_RUNS");
    return n > 0 ? n : 50;
}

// Queries a database file on a connection of its own, closed before returning.
QVariantList query(const QString &path, const QString &sql)
{
    QVariantList values;
    const QString name = QStringLiteral("check-%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

QString integrity(const QString &path)
{
    const QVariantList r = query(path, QStringLiteral("PRAGMA integrity_check"));
    return r.isEmpty() ? QStringLiteral("(no answer)") : r.first().toString();
}

// Runs the program to the end; its exit code.
int finish(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(300000);
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Starts the program and kills it after `afterMs` (or lets it end first); true if killed.
bool killAfter(const QString &program, const QStringList &arguments, int afterMs)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted(30000))
        return false;
    if (p.waitForFinished(afterMs))
        return false;
    p.kill(); // SIGKILL: no handler, no cleanup
    p.waitForFinished(30000);
    return true;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 durationMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.elapsed();
}

} // namespace

class TestInterrupted : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dfeImport();
    void reportImport();
    void actionEdit();
    void boardPackOverAnOldOne();
    void fullDiskDuringAnImport();

private:
    QString freshCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_template, path);
        return path;
    }
    QTemporaryDir m_dir;
    QString m_template;
};

void TestInterrupted::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QString output;
    // Any headless command with --demo makes and fills the database.
    QCOMPARE(finish(binary,
                    {QStringLiteral("--database"), m_template, QStringLiteral("--demo"),
                     QStringLiteral("--export-chart"), m_dir.filePath(QStringLiteral("g.png")),
                     QStringLiteral("--authority"), QStringLiteral("Leicester")},
                    &output),
             0);
    QCOMPARE(integrity(m_template), QStringLiteral("ok"));
}

void TestInterrupted::dfeImport()
{
    // The demo holds this file already: a second import adds one document whose source
    // row carries every figure again, or (killed) nothing at all.
    const QString done = freshCopy(QStringLiteral("done.sqlite"));
    const qint64 full = durationMs([&]() {
        QCOMPARE(finish(binary, {QStringLiteral("--database"), done,
                                 QStringLiteral("--import-statistics"), statistics}),
                 0);
    });
    const QString newest =
        QStringLiteral("SELECT count(*) FROM indicator_value WHERE source_id = "
                       "(SELECT max(id) FROM source)");
    const int figures = query(done, newest).value(0).toInt();
    QVERIFY(figures > 1000);
    const int documents = query(m_template, QStringLiteral("SELECT count(*) FROM document")).value(0).toInt();
    int killed = 0;
    for (int run = 0; run < runs(); ++run) {
        const QString db = freshCopy(QStringLiteral("import.sqlite"));
        const int at = int(QRandomGenerator::global()->bounded(qint64(full) * 3 / 2 + 1));
        killed += killAfter(binary, {QStringLiteral("--database"), db,
                                     QStringLiteral("--import-statistics"), statistics},
                            at);
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        const int now = query(db, QStringLiteral("SELECT count(*) FROM document")).value(0).toInt();
        QVERIFY2(now == documents || now == documents + 1, qPrintable(QString::number(now)));
        if (now == documents + 1)
            QCOMPARE(query(db, newest).value(0).toInt(), figures); // all of it
    }
    qInfo("DfE import: %d of %d runs killed part-way (full run %lld ms)", killed, runs(), full);
}

void TestInterrupted::reportImport()
{
    const QString done = freshCopy(QStringLiteral("done.sqlite"));
    const qint64 full = durationMs([&]() {
        QCOMPARE(finish(binary, {QStringLiteral("--database"), done,
                                 QStringLiteral("--import-report"), report}),
                 0);
    });
    const QString judgements = QStringLiteral(
        "SELECT count(*) FROM judgement j JOIN inspection i ON i.id = j.inspection_id "
        "JOIN authority a ON a.id = i.authority_id WHERE a.name = 'Dudley'");
    const QString inspections = QStringLiteral(
        "SELECT count(*) FROM inspection i JOIN authority a ON a.id = i.authority_id "
        "WHERE a.name = 'Dudley'");
    const int before = query(m_template, judgements).value(0).toInt();
    const int after = query(done, judgements).value(0).toInt();
    QVERIFY(after > before);
    int killed = 0;
    for (int run = 0; run < runs(); ++run) {
        const QString db = freshCopy(QStringLiteral("report.sqlite"));
        const int at = int(QRandomGenerator::global()->bounded(qint64(full) * 3 / 2 + 1));
        killed += killAfter(binary, {QStringLiteral("--database"), db,
                                     QStringLiteral("--import-report"), report},
                            at);
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        const int now = query(db, judgements).value(0).toInt();
        QVERIFY2(now == before || now == after, qPrintable(QString::number(now)));
        QVERIFY(query(db, inspections).value(0).toInt() <=
                query(done, inspections).value(0).toInt());
    }
    qInfo("report import: %d of %d runs killed part-way (full run %lld ms)", killed, runs(), full);
}

void TestInterrupted::actionEdit()
{
    const QRegularExpression edited(QStringLiteral("^Edited title number (\\d+), written whole$"));
    int killed = 0;
    const QString db = freshCopy(QStringLiteral("edit.sqlite"));
    const QString original =
        query(db, QStringLiteral("SELECT title FROM action ORDER BY id LIMIT 1")).value(0).toString();
    for (int run = 0; run < runs(); ++run) {
        // Edits go on as long as it runs; it is always killed part-way.
        killed += killAfter(editor, {db}, 100 + int(QRandomGenerator::global()->bounded(400)));
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        const QVariantList row = query(
            db, QStringLiteral("SELECT a.title, length(a.description) FROM action a "
                               "JOIN plan p ON p.id = a.plan_id JOIN authority au ON au.id = "
                               "p.authority_id WHERE au.name = 'Example Borough (synthetic)' "
                               "ORDER BY p.id, a.id LIMIT 1"));
        QCOMPARE(row.size(), 2);
        const QRegularExpressionMatch m = edited.match(row.at(0).toString());
        if (!m.hasMatch())
            continue; // killed before its first edit was saved
        // Title and description were saved together, or not at all.
        QCOMPARE(row.at(1).toInt(), m.captured(1).toInt() % 2000);
    }
    QVERIFY(!original.isEmpty());
    QCOMPARE(killed, runs());
}

void TestInterrupted::boardPackOverAnOldOne()
{
    const QString db = freshCopy(QStringLiteral("pack.sqlite"));
    const QString pack = m_dir.filePath(QStringLiteral("pack.pdf"));
    const QStringList arguments = {
        QStringLiteral("--database"), db, QStringLiteral("--board-pack"), pack,
        QStringLiteral("--force"), QStringLiteral("--authority"), QStringLiteral("Leicester"),
        QStringLiteral("--meeting"), QStringLiteral("Health and Wellbeing Board"),
        QStringLiteral("--meeting-date"), QStringLiteral("2017-03-16")};
    const qint64 full = durationMs([&]() { QCOMPARE(finish(binary, arguments), 0); });
    QByteArray current = bytesOf(pack);
    QVERIFY(current.startsWith("%PDF") && current.trimmed().endsWith("%%EOF"));
    int killed = 0;
    int replaced = 0;
    for (int run = 0; run < runs(); ++run) {
        // Up to half as long again as a whole run, so some runs finish and replace the pack.
        const int at = int(QRandomGenerator::global()->bounded(qint64(full) * 3 / 2 + 1));
        killed += killAfter(binary, arguments, at);
        const QByteArray now = bytesOf(pack);
        if (now != current) {
            // A new pack, whole: a PDF from its header to its end-of-file marker.
            QVERIFY(now.startsWith("%PDF"));
            QVERIFY2(now.trimmed().endsWith("%%EOF"), "a truncated pack replaced the old one");
            QVERIFY(now.size() > current.size() / 2);
            current = now;
            ++replaced;
        }
    }
    qInfo("board pack: %d of %d runs killed part-way, %d replaced the pack (full run %lld ms)",
          killed, runs(), replaced, full);
}

void TestInterrupted::fullDiskDuringAnImport()
{
    const QString db = freshCopy(QStringLiteral("full.sqlite"));
    // No file may be written past 64 KiB: the import's write-ahead log cannot hold it.
    QString output;
    const int code = finish(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("ulimit -f 128; exec \"$0\" \"$@\""),
         binary, QStringLiteral("--database"), db, QStringLiteral("--import-statistics"),
         statistics},
        &output);
    QVERIFY2(code == 1, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("cla_number_and_rate_per_10k_children.csv")),
             qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("the disk may be full")), qPrintable(output));
    qInfo("full disk during an import says: %s", qPrintable(output.trimmed()));
    QCOMPARE(integrity(db), QStringLiteral("ok"));
    QCOMPARE(query(db, QStringLiteral("SELECT count(*) FROM document")).value(0),
             query(m_template, QStringLiteral("SELECT count(*) FROM document")).value(0));
}

QTEST_GUILESS_MAIN(TestInterrupted)
#include "tst_interrupted.moc"
