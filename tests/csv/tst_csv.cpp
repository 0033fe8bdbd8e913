// The RFC 4180 reader and the Excel-friendly writer.
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QtTest>

namespace {
// Rows written as C strings, for readable test tables.
QList<QStringList> R(std::initializer_list<std::initializer_list<const char *>> in)
{
    QList<QStringList> rows;
    for (const auto &r : in) {
        QStringList row;
        for (const char *f : r)
            row << QString::fromUtf8(f);
        rows << row;
    }
    return rows;
}

QList<QStringList> readAll(const QByteArray &bytes, QString *error = nullptr,
                           QList<qint64> *lines = nullptr)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRow(&row)) {
        rows.append(row);
        if (lines)
            lines->append(reader.rowLine());
    }
    if (error)
        *error = reader.error();
    return rows;
}
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void reportsUnclosedQuote();
    void countsPhysicalLines();
    void utf8SplitAcrossChunks();
    void everyBoundaryAcrossChunks();
    void writerRoundTrip();
    void formulasGuarded_data();
    void formulasGuarded();
};

void TestCsv::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << R({{"a", "b"}, {"1", "2"}});
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << R({{"a", "b"}, {"1", "2"}});
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFla_name,value\nLeicester,80\n")
                         << R({{"la_name", "value"}, {"Leicester", "80"}});
    QTest::newRow("quoted comma") << QByteArray("\"Leicester, City of\",856\n")
                                  << R({{"Leicester, City of", "856"}});
    QTest::newRow("doubled quote")
        << QByteArray("\"She said \"\"no\"\"\",x\n") << R({{"She said \"no\"", "x"}});
    QTest::newRow("embedded newline") << QByteArray("\"line one\nline two\",end\r\nnext,row\r\n")
                                      << R({{"line one\nline two", "end"}, {"next", "row"}});
    QTest::newRow("embedded CRLF kept") << QByteArray("\"a\r\nb\",c\n") << R({{"a\r\nb", "c"}});
    QTest::newRow("empty trailing columns")
        << QByteArray("a,b,,\n1,,,\n") << R({{"a", "b", "", ""}, {"1", "", "", ""}});
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << R({{"a", "b"}, {"1", "2"}});
    QTest::newRow("empty quoted field") << QByteArray("\"\",x\n") << R({{"", "x"}});
    QTest::newRow("thousands in quotes") << QByteArray("\"2,403\"\n") << R({{"2,403"}});
    QTest::newRow("stray quote in a plain field")
        << QByteArray("ab\"c,d\n") << R({{"ab\"c", "d"}});
    QTest::newRow("text after a closing quote")
        << QByteArray("\"ab\"c,d\n") << R({{"abc", "d"}});
    QTest::newRow("accented text") << QByteArray("C\xC3\xB4te d\xE2\x80\x99Or,\xC3\xA9t\xC3\xA9\n")
                                   << R({{"C\xC3\xB4te d\xE2\x80\x99Or", "\xC3\xA9t\xC3\xA9"}});
}

void TestCsv::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, rows);
    QString error;
    QCOMPARE(readAll(input, &error), rows);
    QVERIFY(error.isEmpty());
}

void TestCsv::reportsUnclosedQuote()
{
    QString error;
    readAll(QByteArray("a,b\n1,\"never closed\n2,3\n"), &error);
    QVERIFY2(error.contains(QLatin1String("Line 2")), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("not closed")));
}

void TestCsv::countsPhysicalLines()
{
    QList<qint64> lines;
    readAll(QByteArray("h\n\"two\nlines\"\nafter\n"), nullptr, &lines);
    QCOMPARE(lines, (QList<qint64>{1, 2, 4}));
}

void TestCsv::utf8SplitAcrossChunks()
{
    // A field of multi-byte characters longer than the reader's 1 MiB chunk.
    const QString word = QString::fromUtf8("\xC3\xA9\xE2\x82\xAC");
    QString big;
    big.reserve(700000);
    for (int i = 0; i < 350000; ++i)
        big += word;
    const QByteArray input = QByteArray("x,") + big.toUtf8() + QByteArray(",y\n");
    const QList<QStringList> rows = readAll(input);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(1), big);
    QCOMPARE(rows.first().at(2), QStringLiteral("y"));
}

void TestCsv::everyBoundaryAcrossChunks()
{
    // A row with every kind of field, repeated past the reader's 1 MiB chunk, after a first
    // line of each length from 1 to the row's: the chunk's end falls on every byte of the row.
    const QByteArray row("\"a,\"\"b\"\"\",plain,\"two\nlines\",,\"\",x\"y,\"\"\"\"\"\",end\r\n");
    const QStringList expected = {QStringLiteral("a,\"b\""), QStringLiteral("plain"),
                                  QStringLiteral("two\nlines"), QString(), QString(),
                                  QStringLiteral("x\"y"), QStringLiteral("\"\""),
                                  QStringLiteral("end")};
    const int count = (1 << 20) / int(row.size()) + 2;
    QByteArray rows;
    for (int i = 0; i < count; ++i)
        rows += row;
    for (int shift = 1; shift <= row.size(); ++shift) {
        const QByteArray input = QByteArray(shift - 1, 'p') + '\n' + rows;
        QString error;
        QList<qint64> lines;
        QList<QStringList> read = readAll(input, &error, &lines);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.size(), count + 1);
        read.removeFirst();
        for (int i = 0; i < count; ++i) {
            if (read.at(i) != expected)
                QFAIL(qPrintable(QStringLiteral("first line of %1 bytes: row %2 reads %3")
                                     .arg(shift)
                                     .arg(i)
                                     .arg(read.at(i).join(u'|'))));
        }
        QCOMPARE(lines.last(), 2 * qint64(count));
    }
}

void TestCsv::writerRoundTrip()
{
    const QList<QStringList> rows = R({{"Title", "Note"},
                                       {"Commas, here", "Quote \"this\""},
                                       {"Two\nlines", " leading space"},
                                       {"", "trailing,"}});
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList &r : rows)
        QVERIFY(writer.writeRow(r));
    buffer.close();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    QCOMPARE(readAll(bytes), rows);
}

void TestCsv::formulasGuarded_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::newRow("plus text") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
    QTest::newRow("minus sum") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("tab") << QStringLiteral("\t=x") << QStringLiteral("'\t=x");
    QTest::newRow("carriage return") << QStringLiteral("\r=x") << QStringLiteral("'\r=x");
    QTest::newRow("apostrophe") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("apostrophe text") << QStringLiteral("'Tis") << QStringLiteral("''Tis");
    QTest::newRow("negative number") << QStringLiteral("-3.5") << QStringLiteral("-3.5");
    QTest::newRow("signed percent") << QStringLiteral("+12%") << QStringLiteral("+12%");
    QTest::newRow("exponent") << QStringLiteral("-1e3") << QStringLiteral("-1e3");
    QTest::newRow("plain") << QStringLiteral("Leicester") << QStringLiteral("Leicester");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestCsv::formulasGuarded()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::guarded(field), written);
    QCOMPARE(CsvReader::unguarded(CsvWriter::guarded(field)), field);
    // Through a whole file and back.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({field, QStringLiteral("x")}));
    buffer.close();
    const QList<QStringList> rows = readAll(bytes);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0), written);
    QCOMPARE(CsvReader::unguarded(rows.first().at(0)), field);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
