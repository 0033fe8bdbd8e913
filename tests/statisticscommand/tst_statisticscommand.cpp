// The published DfE files as a user imports them from the command line: each of the eight
// real files (one or more of every family the catalogue covers) into a new database, with
// Leicester's published figures checked exactly; and releases that renamed their columns or
// reworded their filter values, which import right or say why, never "0 figures" and success.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString published = QStringLiteral(CSTRACKER_SOURCE_DIR "/resources/demo/dfe-statistics");

struct Run
{
    int exitCode = -1;
    QString output;
};

Run importStatistics(const QString &database, const QString &file)
{
    QProcess p;
    p.start(QStringLiteral(CSTRACKER_BINARY),
            {QStringLiteral("--database"), database, QStringLiteral("--import-statistics"), file});
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

// Leicester's figure for an indicator and a period ending on `end`.
QString leicester(const QString &database, const QString &indicator, const QString &end)
{
    QString value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT v.value FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                "JOIN authority a ON a.id = v.authority_id WHERE a.ons_code = 'E06000016' AND "
                "i.key = ? AND v.period_end = ?"));
            q.addBindValue(indicator);
            q.addBindValue(end);
            if (q.exec() && q.next())
                value = QString::number(q.value(0).toDouble());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

// A real file with its header line changed and some filter values reworded.
QString rewritten(const QTemporaryDir &dir, const QString &name,
                  const QList<std::pair<QString, QString>> &header,
                  const QList<std::pair<QString, QString>> &values = {})
{
    QFile in(QDir(published).filePath(name));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(in.readAll());
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    QString first = text.left(end);
    for (const auto &[from, to] : header)
        first.replace(from, to);
    text = first + text.mid(end);
    for (const auto &[from, to] : values)
        text.replace(from, to);
    const QString path = dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(text.toUtf8());
    return path;
}

} // namespace

class TestStatisticsCommand : public QObject
{
    Q_OBJECT
private slots:
    void importsEveryPublishedFile_data();
    void importsEveryPublishedFile();
    void renamedMeasuresImportOrSayWhich();
    void rewordedFiltersAreAnErrorNotASilentSuccess();
};

void TestStatisticsCommand::importsEveryPublishedFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("figures"); // indicator=period end=value;...
    QTest::newRow("children in need") << "b1_children_in_need_2013_to_2023.csv"
                                      << "cin_count=2023-03-31=2110;cin_rate=2023-03-31=243.5";
    QTest::newRow("referrals")
        << "c1_children_in_need_referrals_and_rereferrals_2013_to_2023.csv"
        << "referrals_rate=2023-03-31=357.5;referrals_repeat_pct=2023-03-31=14.2";
    QTest::newRow("children looked after") << "cla_number_and_rate_per_10k_children.csv"
                                           << "cla_rate=2023-03-31=72";
    QTest::newRow("workforce")
        << "csww_indicators_2017_to_2023.csv"
        << "sw_turnover_pct=2023-09-30=24.6;sw_agency_pct=2023-09-30=16.8;sw_vacancy_pct=2023-09-"
           "30=16.8;sw_absence_pct=2023-09-30=3.1;sw_caseload=2023-09-30=16.6";
    QTest::newRow("care leavers") << "la_care_leavers_intouch.csv"
                                  << "";
    QTest::newRow("missing")
        << "la_children_who_were_missing_or_away_from_placement_without_authorisation.csv"
        << "cla_missing_pct=2023-03-31=11";
    QTest::newRow("placement stability")
        << "la_cla_placement_stability.csv"
        << "cla_three_placements_pct=2023-03-31=5;cla_long_term_stability_pct=2023-03-31=69";
    QTest::newRow("children who started") << "la_cla_who_started_to_be_looked_after.csv"
                                          << "cla_started_count=2022-03-31=183";
}

void TestStatisticsCommand::importsEveryPublishedFile()
{
    QFETCH(QString, file);
    QFETCH(QString, figures);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("new.sqlite"));
    const Run run = importStatistics(database, QDir(published).filePath(file));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QLatin1String(", 0 rejected")), qPrintable(run.output));
    QVERIFY2(!run.output.contains(QLatin1String(" 0 figures written")), qPrintable(run.output));
    for (const QString &f : figures.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList parts = f.split(QLatin1Char('='));
        QCOMPARE(leicester(database, parts.at(0), parts.at(1)), parts.at(2));
    }
}

void TestStatisticsCommand::renamedMeasuresImportOrSayWhich()
{
    QTemporaryDir dir;
    // Names that differ only in case, punctuation or a percentage ending are the same name.
    QString file =
        rewritten(dir, QStringLiteral("csww_indicators_2017_to_2023.csv"),
                  {{QStringLiteral("turnover_rate_fte"), QStringLiteral("Turnover_Rate_FTE_%")},
                   {QStringLiteral("new_la_code,la_name"), QStringLiteral("new_la_code,LA_name")}});
    Run run = importStatistics(dir.filePath(QStringLiteral("a.sqlite")), file);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(leicester(dir.filePath(QStringLiteral("a.sqlite")), QStringLiteral("sw_turnover_pct"),
                       QStringLiteral("2023-09-30")),
             QStringLiteral("24.6"));

    // A new name holding every word of the known one and ending the same: taken, and said.
    file = rewritten(dir, QStringLiteral("csww_indicators_2017_to_2023.csv"),
                     {{QStringLiteral("caseload_fte"), QStringLiteral("mean_caseload_fte")}});
    run = importStatistics(dir.filePath(QStringLiteral("b.sqlite")), file);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QLatin1String(
                 "sw_caseload: no column \"caseload_fte\"; taking \"mean_caseload_fte\"")),
             qPrintable(run.output));
    QCOMPARE(leicester(dir.filePath(QStringLiteral("b.sqlite")), QStringLiteral("sw_caseload"),
                       QStringLiteral("2023-09-30")),
             QStringLiteral("16.6"));

    // Two columns that could be it: nothing imported, the candidates named, exit 1.
    file = rewritten(
        dir, QStringLiteral("csww_indicators_2017_to_2023.csv"),
        {{QStringLiteral("cases,caseload_fte"), QStringLiteral("cases,mean_caseload_fte")},
         {QStringLiteral("working_days_lost_fte"), QStringLiteral("median_caseload_fte")}});
    run = importStatistics(dir.filePath(QStringLiteral("c.sqlite")), file);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QLatin1String(
                 "it could be any of \"mean_caseload_fte\", \"median_caseload_fte\"")),
             qPrintable(run.output));
    QVERIFY(leicester(dir.filePath(QStringLiteral("c.sqlite")), QStringLiteral("sw_turnover_pct"),
                      QStringLiteral("2023-09-30"))
                .isEmpty());

    // Another measure is never taken for the one sought: with its percentage column gone,
    // re-referrals are not read from the children's re-referral percentage, nor from the
    // count; the rule that found nothing is said.
    file = rewritten(
        dir, QStringLiteral("c1_children_in_need_referrals_and_rereferrals_2013_to_2023.csv"),
        {{QStringLiteral("Re_referrals_percent"), QStringLiteral("Re_referrals_share")}});
    run = importStatistics(dir.filePath(QStringLiteral("d.sqlite")), file);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY(leicester(dir.filePath(QStringLiteral("d.sqlite")),
                      QStringLiteral("referrals_repeat_pct"), QStringLiteral("2023-03-31"))
                .isEmpty());
    QCOMPARE(leicester(dir.filePath(QStringLiteral("d.sqlite")), QStringLiteral("referrals_rate"),
                       QStringLiteral("2023-03-31")),
             QStringLiteral("357.5"));
}

void TestStatisticsCommand::rewordedFiltersAreAnErrorNotASilentSuccess()
{
    QTemporaryDir dir;
    const QString file = rewritten(
        dir, QStringLiteral("la_cla_placement_stability.csv"), {},
        {{QStringLiteral("CLA on 31 March"), QStringLiteral("Looked-after group A")},
         {QStringLiteral("Children looked after continuously"), QStringLiteral("Group B")},
         {QStringLiteral("With 3 or more placements during the year"), QStringLiteral("Moves: 3+")},
         {QStringLiteral("Living with the same carer"), QStringLiteral("Same carer")}});
    const Run run = importStatistics(dir.filePath(QStringLiteral("e.sqlite")), file);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QLatin1String("refused: no figure in it matched")),
             qPrintable(run.output));
    // Says what it looked for and what the file has.
    QVERIFY2(run.output.contains(QLatin1String("looked for: cla_three_placements_pct")),
             qPrintable(run.output));
    QVERIFY2(run.output.contains(QLatin1String("\"Looked-after group A\"")),
             qPrintable(run.output));
}

QTEST_GUILESS_MAIN(TestStatisticsCommand)
#include "tst_statisticscommand.moc"
