// The manual page is written by hand, so that it can explain; this test makes sure it and
// the program's --help list the same options, and that what it shows is well formed.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QtTest>

namespace {

QString manPage()
{
    QFile f(QStringLiteral(CSTRACKER_MANPAGE));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// troff writes a hyphen in an option as "\-".
QString plain(QString troff)
{
    return troff.replace(QLatin1String("\\-"), QLatin1String("-"));
}

QSet<QString> longOptions(const QString &text, const QRegularExpression &pattern)
{
    QSet<QString> names;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext())
        names.insert(it.next().captured(1));
    return names;
}

QString joined(QSet<QString> names)
{
    QStringList list(names.cbegin(), names.cend());
    list.sort();
    return list.join(QStringLiteral(", "));
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT
private slots:
    void listsTheOptionsHelpLists();
    void examplesUseOnlyRealOptions();
    void saysEveryExitStatus();
    void rendersWithoutWarnings();
};

void TestManPage::listsTheOptionsHelpLists()
{
    QProcess help;
    help.start(QStringLiteral(CSTRACKER_BINARY), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(30000));
    QCOMPARE(help.exitCode(), 0);
    // "  -d, --database <FILE>  Open ..." or "  --demo  Fill ...": the options column.
    const QSet<QString> helped =
        longOptions(QString::fromUtf8(help.readAllStandardOutput()),
                    QRegularExpression(QStringLiteral("^ {2}(?:-\\w, )?--([a-z0-9-]+)"),
                                       QRegularExpression::MultilineOption));
    QVERIFY2(helped.size() > 20, qPrintable(joined(helped)));
    // Each option's own paragraph: ".TP" and then the line that names it.
    const QSet<QString> documented = longOptions(
        plain(manPage()),
        QRegularExpression(QStringLiteral("^\\.TP\\n\\.B[IR]? (?:-\\w \", \" )?--([a-z0-9-]+)"),
                           QRegularExpression::MultilineOption));
    QSet<QString> missing = helped - documented;
    QSet<QString> extra = documented - helped;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the manual page: ") + joined(missing)));
    QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("not in --help: ") + joined(extra)));
}

void TestManPage::examplesUseOnlyRealOptions()
{
    const QString page = plain(manPage());
    QSet<QString> known = longOptions(
        page,
        QRegularExpression(QStringLiteral("^\\.TP\\n\\.B[IR]? (?:-\\w \", \" )?--([a-z0-9-]+)"),
                           QRegularExpression::MultilineOption));
    QRegularExpressionMatchIterator blocks =
        QRegularExpression(QStringLiteral("^\\.EX\\n(.*?)^\\.EE"),
                           QRegularExpression::MultilineOption |
                               QRegularExpression::DotMatchesEverythingOption)
            .globalMatch(page);
    int examples = 0;
    while (blocks.hasNext()) {
        ++examples;
        const QString block = blocks.next().captured(1);
        const QSet<QString> used =
            longOptions(block, QRegularExpression(QStringLiteral("(?:^|\\s)--([a-z0-9-]+)")));
        const QSet<QString> unknown = used - known;
        QVERIFY2(unknown.isEmpty(), qPrintable(block));
    }
    QVERIFY(examples >= 5);
}

void TestManPage::saysEveryExitStatus()
{
    const QString page = manPage();
    const qsizetype at = page.indexOf(QLatin1String(".SH EXIT STATUS"));
    QVERIFY(at > 0);
    const QString section = page.mid(at, page.indexOf(QLatin1String(".SH "), at + 4) - at);
    for (const char *code : {".B 0\n", ".B 1\n", ".B 2\n"})
        QVERIFY2(section.contains(QLatin1String(code)), code);
    // And 2 is what a wrong command line gives.
    QProcess wrong;
    wrong.start(QStringLiteral(CSTRACKER_BINARY), {QStringLiteral("--no-such-option")});
    QVERIFY(wrong.waitForFinished(30000));
    QCOMPARE(wrong.exitCode(), 2);
}

void TestManPage::rendersWithoutWarnings()
{
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is not installed");
    QProcess render;
    render.start(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                         QStringLiteral("-z"), QStringLiteral(CSTRACKER_MANPAGE)});
    QVERIFY(render.waitForFinished(30000));
    const QByteArray warnings = render.readAllStandardError();
    QVERIFY2(warnings.isEmpty(), warnings.constData());
    QCOMPARE(render.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
