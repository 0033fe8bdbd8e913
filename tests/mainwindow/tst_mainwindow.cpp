// The main window, driven through its widgets as a user would, offscreen.
#include "support/tempdatabase.h"

#include "demo/demodatabase.h"
#include "overview/gradelabel.h"
#include "overview/overviewpanel.h"
#include "shell/authoritypicker.h"
#include "shell/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

namespace {

// Answers the next modal message box with the button whose text contains `button`, and
// records what it said.
void answerNextMessageBox(const QString &button, QString *said)
{
    QTimer::singleShot(0, [button, said]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, said);
            return;
        }
        *said = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().contains(button)) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensAndShowsOverview();
    void pickAuthorityByTyping();
    void syntheticAuthorityIsLabelled();
    void badFileIsRefusedAndNothingLost();
    void menusAndShortcuts();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::opensAndShowsOverview()
{
    TempDatabase temp;
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(temp.path(), true));
    QVERIFY(window.statusBar()->findChildren<QLabel *>().size() >= 1);
    bool namesDatabase = false;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        namesDatabase |= label->text().contains(temp.path());
    QVERIFY(namesDatabase);

    QVERIFY(window.selectAuthority(QStringLiteral("Leicester")));
    auto *overview = window.findChild<OverviewPanel *>();
    QVERIFY(overview);
    const QStringList grades = overview->shownGrades();
    QCOMPARE(grades.size(), 6);
    QVERIFY(
        grades.contains(QStringLiteral("Overall effectiveness: Requires improvement to be good")));
    QVERIFY(grades.contains(QStringLiteral("Adoption performance: Good")));
    // Grades are words on colour, never colour alone.
    const QList<GradeLabel *> labels = overview->findChildren<GradeLabel *>();
    QCOMPARE(labels.size(), 6);
    for (GradeLabel *label : labels)
        QVERIFY(!label->text().isEmpty());
    // The open recommendations table lists the eleven.
    bool foundEleven = false;
    for (QTableView *view : overview->findChildren<QTableView *>()) {
        if (view->accessibleName() == QLatin1String("Open recommendations"))
            foundEleven = view->model()->rowCount() == 11;
    }
    QVERIFY(foundEleven);
}

void TestMainWindow::pickAuthorityByTyping()
{
    TempDatabase temp;
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(temp.path(), true));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *combo = window.picker()->findChild<QComboBox *>();
    QVERIFY(combo);
    window.picker()->focusSearch();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("E10000018"));
    QAbstractItemView *popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(combo->currentText(), QStringLiteral("Leicestershire"));
    auto *overview = window.findChild<OverviewPanel *>();
    QTRY_VERIFY(overview->shownGrades().contains(
        QStringLiteral("The experiences and progress of children in care and care leavers: Good")));
}

void TestMainWindow::syntheticAuthorityIsLabelled()
{
    TempDatabase temp;
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(temp.path(), true));
    QVERIFY(window.selectAuthority(QStringLiteral("Example Borough (synthetic)")));
    auto *overview = window.findChild<OverviewPanel *>();
    bool labelled = false;
    for (QLabel *label : overview->findChildren<QLabel *>())
        labelled |=
            label->isVisible() && label->text().contains(QLatin1String("not a real authority"));
    QVERIFY(labelled);
}

void TestMainWindow::badFileIsRefusedAndNothingLost()
{
    TempDatabase temp;
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(temp.path(), true));
    const QString good = window.store()->path();

    const QString bad = temp.path(QStringLiteral("agenda.sqlite"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Agenda item 13\n");
    f.close();
    QString said;
    answerNextMessageBox(QStringLiteral("Cancel"), &said);
    QVERIFY(!window.openDatabase(bad));
    QVERIFY2(said.contains(bad), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("not a database")), qPrintable(said));
    // The window keeps the database it had, and the bad file is untouched.
    QCOMPARE(window.store()->path(), good);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("Agenda item 13\n"));
}

void TestMainWindow::menusAndShortcuts()
{
    TempDatabase temp;
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(temp.path(), true));
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text().remove(QLatin1Char('&'));
    QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                                 QStringLiteral("View"), QStringLiteral("Help")}));
    bool undo = false;
    bool redo = false;
    for (QAction *a : window.findChildren<QAction *>()) {
        undo |= a->shortcut() == QKeySequence(QKeySequence::Undo);
        redo |= a->shortcut() == QKeySequence(QKeySequence::Redo);
    }
    QVERIFY(undo && redo);
    QVERIFY(!window.undoStack()->canUndo());

    // Ctrl+L puts the cursor in the authority search.
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    auto *combo = window.picker()->findChild<QComboBox *>();
    QTRY_VERIFY(combo->hasFocus() || combo->lineEdit()->hasFocus());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
