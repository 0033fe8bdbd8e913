// Messages written with "%n ...(s)" read as English once the program's plurals are installed.
#include "shell/englishplurals.h"

#include <QCoreApplication>
#include <QtTest>

class TestPlurals : public QObject
{
    Q_OBJECT
private slots:
    void plurals_data();
    void plurals();
};

void TestPlurals::plurals_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << 0 << "0 inspections";
    QTest::newRow("one") << 1 << "1 inspection";
    QTest::newRow("several") << 3 << "3 inspections";
}

void TestPlurals::plurals()
{
    QFETCH(int, n);
    QFETCH(QString, expected);
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    QCOMPARE(QCoreApplication::translate("Test", "%n inspection(s)", nullptr, n), expected);
    // Text without a count, or without "(s)", is left as written.
    QCOMPARE(QCoreApplication::translate("Test", "parent(s)"), QStringLiteral("parent(s)"));
    QCOMPARE(QCoreApplication::translate("Test", "%n days", nullptr, n),
             QStringLiteral("%1 days").arg(n));
    QCoreApplication::removeTranslator(&plurals);
}

QTEST_GUILESS_MAIN(TestPlurals)
#include "tst_plurals.moc"
