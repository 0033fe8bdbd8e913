// Files the program assembles itself: the ZIP container of an OpenDocument file.
#include "files/ziparchive.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestFiles : public QObject
{
    Q_OBJECT
private slots:
    void crc32AsZipDefinesIt_data();
    void crc32AsZipDefinesIt();
    void openDocumentNeedsItsMimetypeFirstAndUncompressed();
    void unzipReadsEveryEntryBack();
};

void TestFiles::crc32AsZipDefinesIt_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("crc");
    QTest::newRow("empty") << QByteArray() << quint32(0);
    QTest::newRow("check value") << QByteArray("123456789") << quint32(0xcbf43926);
    QTest::newRow("one byte") << QByteArray("a") << quint32(0xe8b7be43);
}

void TestFiles::crc32AsZipDefinesIt()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, crc);
    QCOMPARE(ZipArchive::crc32(data), crc);
}

void TestFiles::openDocumentNeedsItsMimetypeFirstAndUncompressed()
{
    ZipArchive zip;
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text");
    zip.add(QStringLiteral("content.xml"), "<x/>");
    const QByteArray bytes = zip.bytes();
    // ODF 1.3 part 2, 3.3: the name at offset 30 and the type straight after, as bytes.
    QCOMPARE(bytes.left(4), QByteArray("PK\x03\x04"));
    QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    // The same entries give the same bytes: no clock inside.
    ZipArchive again;
    again.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text");
    again.add(QStringLiteral("content.xml"), "<x/>");
    QCOMPARE(again.bytes(), bytes);
}

void TestFiles::unzipReadsEveryEntryBack()
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        QSKIP("unzip is not installed");
    QByteArray big(300000, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((qint64(i) * 7919) % 251);
    ZipArchive zip;
    zip.add(QStringLiteral("a.txt"), "first");
    zip.add(QStringLiteral("Pictures/b.bin"), big);
    zip.add(QStringLiteral("Ä name.txt"), "third");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(zip.bytes());
    file.close();
    QProcess test;
    test.start(unzip, {QStringLiteral("-t"), path});
    QVERIFY(test.waitForFinished(20000));
    QVERIFY2(test.exitCode() == 0, test.readAllStandardOutput().constData());
    QProcess read;
    read.start(unzip, {QStringLiteral("-p"), path, QStringLiteral("Pictures/b.bin")});
    QVERIFY(read.waitForFinished(20000));
    QCOMPARE(read.readAllStandardOutput(), big);
}

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
