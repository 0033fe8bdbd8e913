// The handbook, as users reach it: from Help > Handbook, with F1 in every panel and dialog,
// and through the "What to Do" of messages. Every chapter is in the contents, every link and
// picture resolves, every picture has alternative text, and every section the program
// opens exists. With CSTRACKER_SCREENSHOTS set to a folder, the pictures this test makes
// for the handbook are saved there.
#include "support/everydialog.h"
#include "support/tempdatabase.h"

#include "help/handbook.h"
#include "help/helpwindow.h"
#include "help/whattodo.h"
#include "indicators/dfeimportdialog.h"
#include "reports/reportimportdialog.h"
#include "shell/authoritypanel.h"
#include "shell/authoritypicker.h"
#include "shell/mainwindow.h"

#include "authorities/authoritystore.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

namespace {

QString readPage(const QString &page)
{
    QFile f(QDir(Handbook::folder()).filePath(page));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList pages()
{
    return QDir(Handbook::folder()).entryList({QStringLiteral("*.html")}, QDir::Files);
}

// The anchors of a page as Qt's rich text reads it: what the help window can scroll to.
QSet<QString> anchorsOf(const QTextDocument *document)
{
    QSet<QString> anchors;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        for (const QString &name : b.charFormat().anchorNames())
            anchors.insert(name);
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames())
                anchors.insert(name);
        }
    }
    return anchors;
}

// Whether a topic ("page.html" or "page.html#section") names a page that exists and, if
// given, a section of it; says what is missing otherwise.
QString missing(const QString &topic)
{
    const QString page = topic.section(QLatin1Char('#'), 0, 0);
    const QString section = topic.section(QLatin1Char('#'), 1);
    if (!QFileInfo::exists(QDir(Handbook::folder()).filePath(page)))
        return QStringLiteral("no page %1").arg(page);
    if (section.isEmpty())
        return {};
    QTextBrowser browser;
    browser.setSource(Handbook::url(page));
    if (!anchorsOf(browser.document()).contains(section))
        return QStringLiteral("no section \"%1\" in %2").arg(section, page);
    return {};
}

HelpWindow *helpOf(QWidget *owner)
{
    return owner->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly);
}

void save(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CSTRACKER_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Clicks the What to Do of the message box that is about to open, and says which it was.
void clickWhatToDoOfNextMessage(QString *text)
{
    QTimer::singleShot(0, qApp, [text]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text() + QLatin1Char(' ') + box->informativeText();
        save(box, QStringLiteral("handbook-what-to-do"));
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::HelpRole) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

class TestHandbook : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyChapterIsInTheContents();
    void everyLinkAndPictureResolves();
    void everySectionTheProgramOpensExists();
    void helpMenuOpensTheContents();
    void f1InEveryPanelOpensItsChapter();
    void f1InEveryDialogOpensItsChapter_data();
    void f1InEveryDialogOpensItsChapter();
    void whatToDoOfAMessageOpensItsSection();
    void refusedReportLinksToWhatToDo();
    void findsInThePage();
};

void TestHandbook::initTestCase()
{
    QVERIFY2(!Handbook::folder().isEmpty(),
             "the handbook is not in share/cstracker/handbook beside the test's folder");
    QVERIFY(pages().size() >= 15);
}

void TestHandbook::everyChapterIsInTheContents()
{
    const QString contents = readPage(QStringLiteral("index.html"));
    for (const QString &page : pages()) {
        const QString html = readPage(page);
        QVERIFY2(html.contains(QRegularExpression(QStringLiteral("<title>[^<]+</title>"))),
                 qPrintable(page + QStringLiteral(" has no title")));
        QVERIFY2(html.contains(QLatin1String("<h1")), qPrintable(page + QStringLiteral(": no h1")));
        QVERIFY2(html.contains(QLatin1String("lang=\"en-GB\"")), qPrintable(page));
        if (page == QLatin1String("index.html"))
            continue;
        QVERIFY2(contents.contains(QStringLiteral("href=\"%1\"").arg(page)),
                 qPrintable(page + QStringLiteral(" is not in the contents")));
        QVERIFY2(html.contains(QLatin1String("href=\"index.html\"")),
                 qPrintable(page + QStringLiteral(" does not lead back to the contents")));
    }
}

void TestHandbook::everyLinkAndPictureResolves()
{
    const QRegularExpression link(QStringLiteral("href=\"([^\"]+)\""));
    const QRegularExpression image(QStringLiteral("<img([^>]*)>"));
    const QRegularExpression src(QStringLiteral("src=\"([^\"]+)\""));
    const QRegularExpression alt(QStringLiteral("alt=\"([^\"]*)\""));
    int links = 0, pictures = 0;
    for (const QString &page : pages()) {
        const QString html = readPage(page);
        for (auto m = link.globalMatch(html); m.hasNext();) {
            QString target = m.next().captured(1);
            if (target.startsWith(QLatin1String("https://")))
                continue; // the Department's and Ofsted's own sites
            if (target.endsWith(QLatin1String(".css")))
                continue;
            if (target.startsWith(QLatin1Char('#')))
                target.prepend(page);
            const QString problem = missing(target);
            QVERIFY2(problem.isEmpty(), qPrintable(page + QStringLiteral(": ") + problem));
            ++links;
        }
        for (auto m = image.globalMatch(html); m.hasNext();) {
            const QString attributes = m.next().captured(1);
            const QString file = src.match(attributes).captured(1);
            QVERIFY2(!file.isEmpty(), qPrintable(page));
            const QString path = QDir(Handbook::folder()).filePath(file);
            QVERIFY2(!QImage(path).isNull(),
                     qPrintable(page + QStringLiteral(": the picture %1 is missing or unreadable; "
                                                      "tests/screens/update-handbook-pictures.sh "
                                                      "takes it again")
                                           .arg(file)));
            QVERIFY2(alt.match(attributes).captured(1).size() > 20,
                     qPrintable(page + QStringLiteral(": %1 has no alternative text").arg(file)));
            ++pictures;
        }
    }
    QVERIFY(links > 50);
    QVERIFY(pictures >= 8);
}

void TestHandbook::everySectionTheProgramOpensExists()
{
    // The check itself can fail.
    QVERIFY(!missing(QStringLiteral("problems.html#no-such-section")).isEmpty());
    QVERIFY(!missing(QStringLiteral("no-such-page.html")).isEmpty());
    for (const QString &topic : HandbookTopic::all()) {
        const QString problem = missing(topic);
        QVERIFY2(problem.isEmpty(), qPrintable(topic + QStringLiteral(": ") + problem));
    }
}

void TestHandbook::helpMenuOpensTheContents()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *handbook = window.findChild<QAction *>(QStringLiteral("handbook"));
    QVERIFY(handbook);
    QCOMPARE(handbook->shortcut(), QKeySequence(QKeySequence::HelpContents));
    handbook->trigger();
    HelpWindow *help = helpOf(&window);
    QVERIFY(help && help->isVisible());
    QCOMPARE(help->currentTopic(), QStringLiteral("index.html"));
    QCOMPARE(help->browser()->documentTitle(),
             QStringLiteral("Children's Services Improvement Tracker handbook"));
    QVERIFY(help->windowTitle().contains(QLatin1String("Handbook")));
    // A link followed, then Back.
    help->browser()->setSource(Handbook::url(QStringLiteral("keyboard.html")));
    QCOMPARE(help->currentTopic(), QStringLiteral("keyboard.html"));
    QTest::keyClick(help->browser(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(help->currentTopic(), QStringLiteral("index.html"));
    // Opened again, the same window, not a second one.
    handbook->trigger();
    QCOMPARE(window.findChildren<HelpWindow *>().size(), 1);
}

void TestHandbook::f1InEveryPanelOpensItsChapter()
{
    TempDatabase temp;
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(temp.path(), true));
    QVERIFY(window.selectAuthority(QStringLiteral("Example Borough (synthetic)")));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QHash<QString, QString> chapters = {
        {QStringLiteral("Overview"), QStringLiteral("overview.html")},
        {QStringLiteral("Judgements"), QStringLiteral("judgements.html")},
        {QStringLiteral("Action plan"), QStringLiteral("action-plan.html")},
        {QStringLiteral("Indicators"), QStringLiteral("indicators.html")},
        {QStringLiteral("England"), QStringLiteral("england.html")},
        {QStringLiteral("History"), QStringLiteral("history.html")},
    };
    auto *tabs = window.findChild<QTabWidget *>();
    QCOMPARE(window.panels().size(), chapters.size());
    for (AuthorityPanel *panel : window.panels()) {
        tabs->setCurrentWidget(panel);
        QApplication::processEvents();
        // Pressed deep inside the panel: the panel's chapter, not the Help menu's contents.
        QList<QWidget *> inside = panel->findChildren<QWidget *>();
        QWidget *target = inside.isEmpty() ? static_cast<QWidget *>(panel) : inside.last();
        QTest::keyClick(target, Qt::Key_F1);
        HelpWindow *help = helpOf(&window);
        QVERIFY(help && help->isVisible());
        QVERIFY2(chapters.contains(panel->title()), qPrintable(panel->title()));
        QCOMPARE(help->currentTopic(), chapters.value(panel->title()));
        QVERIFY(!help->browser()->documentTitle().isEmpty());
        if (panel->title() == QLatin1String("Indicators"))
            save(help, QStringLiteral("handbook-indicators"));
    }
    // Outside any panel (the authority box): getting started.
    QTest::keyClick(window.picker(), Qt::Key_F1);
    QCOMPARE(helpOf(&window)->currentTopic(), QStringLiteral("getting-started.html"));
}

void TestHandbook::f1InEveryDialogOpensItsChapter_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("chapter");
    const QHash<QString, QString> chapters = {
        {QStringLiteral("action"), QStringLiteral("action-plan.html#actions")},
        {QStringLiteral("plan"), QStringLiteral("action-plan.html#plans")},
        {QStringLiteral("edit plan"), QStringLiteral("action-plan.html#plans")},
        {QStringLiteral("board pack"), QStringLiteral("board-packs.html")},
        {QStringLiteral("neighbours"), QStringLiteral("indicators.html#neighbours")},
        {QStringLiteral("value"), QStringLiteral("indicators.html#figures")},
        {QStringLiteral("inspection"), QStringLiteral("judgements.html#inspection-dialog")},
        {QStringLiteral("report import"), QStringLiteral("importing-reports.html")},
        {QStringLiteral("connect to server"), QStringLiteral("team-server.html#connecting")},
        {QStringLiteral("measure"), QStringLiteral("action-plan.html#impact-measures")},
        {QStringLiteral("close recommendation"),
         QStringLiteral("action-plan.html#recommendations")},
        {QStringLiteral("evidence"), QStringLiteral("action-plan.html#evidence")},
        {QStringLiteral("progress update"), QStringLiteral("action-plan.html#progress-updates")},
    };
    for (const QString &name : EveryDialog::names()) {
        QVERIFY2(chapters.contains(name), qPrintable(name + QStringLiteral(": which chapter?")));
        QTest::newRow(qPrintable(name)) << name << chapters.value(name);
    }
    QTest::newRow("import DfE statistics")
        << QStringLiteral("import DfE statistics") << QStringLiteral("importing-statistics.html");
}

void TestHandbook::f1InEveryDialogOpensItsChapter()
{
    QFETCH(QString, dialog);
    QFETCH(QString, chapter);
    TempDatabase temp;
    MainWindow window;
    QVERIFY(window.openDatabase(temp.path(), true));
    window.show();
    Store &s = *window.store();
    const qint64 id = s.authorities().byName(QStringLiteral("Example Borough (synthetic)"))->id;
    std::unique_ptr<QDialog> d =
        dialog == QLatin1String("import DfE statistics")
            ? std::make_unique<DfeImportDialog>(
                  s, QStringLiteral(":/demo/dfe-statistics/la_care_leavers_intouch.csv"))
            : EveryDialog::make(dialog, s, id);
    QVERIFY(d);
    // As exec() shows it: modal, so the main window's own shortcuts are shut off.
    d->setWindowModality(Qt::ApplicationModal);
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    QCOMPARE(QApplication::activeModalWidget(), d.get());
    QWidget *inside = d->focusWidget() ? d->focusWidget() : d.get();
    QTest::keyClick(inside, Qt::Key_F1);
    // Beside the dialog, so that it can be read and used while the dialog is open.
    HelpWindow *help = helpOf(d.get());
    QVERIFY2(help && help->isVisible(), "no help window beside the dialog");
    QCOMPARE(help->currentTopic(), chapter);
    QVERIFY(missing(chapter).isEmpty());
    QVERIFY(!helpOf(&window));
}

void TestHandbook::whatToDoOfAMessageOpensItsSection()
{
    // A file that is not a database: the message's What to Do opens the section on it.
    QTemporaryDir dir;
    const QString notADatabase = dir.filePath(QStringLiteral("minutes.sqlite"));
    QFile f(notADatabase);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Minutes of the Corporate Parenting Board\n");
    f.close();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString said;
    clickWhatToDoOfNextMessage(&said);
    QVERIFY(!window.openDatabase(notADatabase));
    QVERIFY2(said.contains(QLatin1String("not a database")), qPrintable(said));
    QTRY_VERIFY(helpOf(&window) && helpOf(&window)->isVisible());
    QCOMPARE(helpOf(&window)->currentTopic(), QStringLiteral("problems.html#not-a-database"));
    QVERIFY(missing(helpOf(&window)->currentTopic()).isEmpty());

    // Every way a database can fail to open has its own section.
    for (OpenProblem p :
         {OpenProblem::NotADatabase, OpenProblem::Corrupt, OpenProblem::NewerSchema,
          OpenProblem::ReadOnly, OpenProblem::Locked, OpenProblem::CannotCreate,
          OpenProblem::ServerUnreachable, OpenProblem::NotAllowed, OpenProblem::Other}) {
        const QString topic = QString::fromLatin1(WhatToDo::topicFor(p));
        QVERIFY2(missing(topic).isEmpty(), qPrintable(topic));
    }
    QCOMPARE(QString::fromLatin1(WhatToDo::topicFor(Status::conflict(QStringLiteral("x")))),
             QStringLiteral("problems.html#changed-elsewhere"));
    QCOMPARE(QString::fromLatin1(WhatToDo::topicFor(Status::unanswered(QStringLiteral("x")))),
             QStringLiteral("problems.html#connection-lost"));
}

void TestHandbook::refusedReportLinksToWhatToDo()
{
    // Two real reports and a file the reader cannot read: the dialog links to what to do.
    QTemporaryDir dir;
    const QString data = QStringLiteral(CSTRACKER_TEST_DATA);
    for (const QString &name : {QStringLiteral("ofsted-reports/barnet-01-july-2019.pdf"),
                                QStringLiteral("ofsted-reports/barnsley-19-november-2018.pdf"),
                                QStringLiteral("unreadable/password-protected.pdf")})
        QVERIFY(QFile::copy(QDir(data).filePath(name), dir.filePath(QFileInfo(name).fileName())));
    TempDatabase temp;
    MainWindow window;
    QVERIFY(window.openDatabase(temp.path()));
    window.show();
    ReportImportDialog dialog(*window.store(), &window);
    QVERIFY(dialog.readFiles({dir.path()}));
    dialog.resize(1100, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.whatToDo()->isVisible());
    QCOMPARE(WhatToDo::linkOf(dialog.whatToDo()), QStringLiteral("importing-reports.html#refused"));
    // The link the user clicks leads there too.
    QVERIFY2(dialog.whatToDo()->text().contains(
                 QStringLiteral("href=\"importing-reports.html#refused\"")),
             qPrintable(dialog.whatToDo()->text()));
    save(&dialog, QStringLiteral("handbook-report-import"));
    emit dialog.whatToDo()->linkActivated(WhatToDo::linkOf(dialog.whatToDo()));
    HelpWindow *help = helpOf(&dialog); // beside the dialog, which is still open
    QVERIFY(!helpOf(&window));
    QVERIFY(help && help->isVisible());
    QCOMPARE(help->currentTopic(), QStringLiteral("importing-reports.html#refused"));
    QVERIFY(help->browser()->toPlainText().contains(QLatin1String("A refused report")));

    // Reports read whole: no link.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("password-protected.pdf"))));
    ReportImportDialog clean(*window.store(), &window);
    QVERIFY(clean.readFiles({dir.path()}));
    QVERIFY(WhatToDo::linkOf(clean.whatToDo()).isEmpty());
}

void TestHandbook::findsInThePage()
{
    HelpWindow help;
    help.showTopic(QStringLiteral("keyboard.html"));
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    QTest::keyClick(&help, Qt::Key_F, Qt::ControlModifier);
    auto *find = help.findChild<QLineEdit *>();
    QVERIFY(find && find->hasFocus());
    QTest::keyClicks(find, QStringLiteral("screen readers"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(help.browser()->textCursor().selectedText().toLower(),
             QStringLiteral("screen readers"));
    // Escape closes the window.
    QTest::keyClick(help.browser(), Qt::Key_Escape);
    QVERIFY(!help.isVisible());
}

QTEST_MAIN(TestHandbook)
#include "tst_handbook.moc"
