// Importing Ofsted reports through the window: the review dialog shows what was read and
// what it would change, and the import is one step on the undo stack.
#include "support/tempdatabase.h"

#include "authorities/authoritystore.h"
#include "england/englandpanel.h"
#include "judgements/englandjudgementsmodel.h"
#include "judgements/judgementstore.h"
#include "reports/importreportscommand.h"
#include "reports/reportimportdialog.h"
#include "shell/authoritypicker.h"
#include "shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

namespace {

const QString reports = QStringLiteral(CSTRACKER_TEST_DATA "/ofsted-reports");

} // namespace

class TestReportImport : public QObject
{
    Q_OBJECT
private slots:
    void reviewThenImportIsUndoable();
    void windowAcceptsDroppedReports();
    void englandView();
};

void TestReportImport::reviewThenImportIsUndoable()
{
    TempDatabase temp;
    MainWindow window;
    QVERIFY(window.openDatabase(temp.path()));
    Store &store = *window.store();
    const qint64 leicester = store.authorities().byCode(QStringLiteral("E06000016"))->id;
    QVERIFY(store.judgements().inspections(leicester).isEmpty());

    ReportImportDialog dialog(store, &window);
    QVERIFY(dialog.readFiles({reports}));
    QCOMPARE(dialog.model()->rowCount(), 19);
    QVERIFY2(dialog.summary()->text().startsWith(QLatin1String("17 read, 2 refused")),
             qPrintable(dialog.summary()->text()));
    QVERIFY(dialog.summary()->text().contains(QLatin1String("not a PDF")));
    QCOMPARE(dialog.chosen().size(), 17);
    // The refused rows cannot be ticked.
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        const QStandardItem *file = dialog.model()->item(row, 0);
        if (dialog.model()->item(row, 1)->text().startsWith(QLatin1String("Refused")))
            QVERIFY(!(file->flags() & Qt::ItemIsUserCheckable));
        else
            QCOMPARE(dialog.model()->item(row, 7)->text(), QStringLiteral("New"));
    }
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("&Import 17 Reports"));

    auto *command = new ImportReportsCommand(store, dialog.chosen(), dialog.replaceHandTyped());
    QVERIFY2(command->status().ok(), qPrintable(command->status().error()));
    window.undoStack()->push(command);
    QCOMPARE(store.judgements().inspections(leicester).size(), 4);
    window.undoStack()->undo();
    QVERIFY(store.judgements().inspections(leicester).isEmpty());
    window.undoStack()->redo();
    QCOMPARE(store.judgements().inspections(leicester).size(), 4);

    // Read again: every report is now held and the same; nothing would be duplicated.
    ReportImportDialog again(store, &window);
    QVERIFY(again.readFiles({reports}));
    for (int row = 0; row < again.model()->rowCount(); ++row) {
        if (!again.model()->item(row, 1)->text().startsWith(QLatin1String("Refused")))
            QCOMPARE(again.model()->item(row, 7)->text(), QStringLiteral("Already held, the same"));
    }
    auto *twice = new ImportReportsCommand(store, again.chosen(), false);
    QVERIFY(twice->status().ok());
    window.undoStack()->push(twice);
    QCOMPARE(store.judgements().inspections(leicester).size(), 4);
}

void TestReportImport::windowAcceptsDroppedReports()
{
    TempDatabase temp;
    MainWindow window;
    QVERIFY(window.openDatabase(temp.path()));
    QVERIFY(window.acceptDrops());
    auto dragOf = [&window](const QString &path) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        return enter.isAccepted();
    };
    QVERIFY(dragOf(reports + QStringLiteral("/leicester-04-september-2017.pdf")));
    QVERIFY(dragOf(reports)); // a folder
    QVERIFY(!dragOf(reports + QStringLiteral("/expected.csv")));
}

void TestReportImport::englandView()
{
    TempDatabase temp;
    MainWindow window;
    QVERIFY(window.openDatabase(temp.path()));
    window.show();
    Store &store = *window.store();
    ReportImportDialog dialog(store, &window);
    QVERIFY(dialog.readFiles({reports}));
    auto *command = new ImportReportsCommand(store, dialog.chosen(), false);
    QVERIFY(command->status().ok());
    window.undoStack()->push(command);
    QVERIFY(window.selectAuthority(QStringLiteral("Leicester")));

    EnglandPanel *england = nullptr;
    for (AuthorityPanel *panel : window.panels()) {
        if (auto *e = qobject_cast<EnglandPanel *>(panel))
            england = e;
    }
    QVERIFY(england);
    QAbstractItemModelTester tester(england->model());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QVERIFY(england->isVisible());
    QTableView *table = england->table();
    QAbstractItemModel *rows = table->model();
    QCOMPARE(rows->rowCount(), 153);
    auto rowOf = [rows](const QString &name) {
        for (int r = 0; r < rows->rowCount(); ++r) {
            if (rows->index(r, EnglandJudgementsModel::AuthorityColumn).data() == name)
                return r;
        }
        return -1;
    };
    // Leicester's latest graded inspection is the 2024 ILACS, not the earlier ones.
    const int leicester = rowOf(QStringLiteral("Leicester"));
    QCOMPARE(rows->index(leicester, EnglandJudgementsModel::DateColumn).data().toString(),
             QStringLiteral("Sep 2024"));
    QCOMPARE(rows->index(leicester, EnglandJudgementsModel::OverallColumn).data().toString(),
             QStringLiteral("Requires improvement"));
    QCOMPARE(rows->index(leicester, EnglandJudgementsModel::ComparedColumn).data().toString(),
             QStringLiteral("selected"));
    QCOMPARE(rows->index(rowOf(QStringLiteral("Luton")), EnglandJudgementsModel::ComparedColumn)
                 .data()
                 .toString(),
             QStringLiteral("neighbour 1"));
    QVERIFY(rows->index(rowOf(QStringLiteral("Luton")), 0)
                .data(EnglandJudgementsModel::MarkedRole)
                .toBool());

    // Sorted by overall effectiveness, the inadequate come first, the best first the other
    // way; authorities with no grade stay last either way.
    table->sortByColumn(EnglandJudgementsModel::OverallColumn, Qt::AscendingOrder);
    QCOMPARE(rows->index(0, EnglandJudgementsModel::OverallColumn).data().toString(),
             QStringLiteral("Inadequate"));
    table->sortByColumn(EnglandJudgementsModel::OverallColumn, Qt::DescendingOrder);
    QCOMPARE(rows->index(0, EnglandJudgementsModel::OverallColumn).data().toString(),
             QStringLiteral("Outstanding"));
    QVERIFY(rows->index(rows->rowCount() - 1, EnglandJudgementsModel::OverallColumn)
                .data()
                .toString()
                .isEmpty());

    // Filtered to a region.
    QComboBox *region = england->regionBox();
    region->setCurrentIndex(region->findText(QStringLiteral("East Midlands")));
    QVERIFY(rows->rowCount() > 5 && rows->rowCount() < 15);
    for (int r = 0; r < rows->rowCount(); ++r)
        QCOMPARE(rows->index(r, EnglandJudgementsModel::RegionColumn).data().toString(),
                 QStringLiteral("East Midlands"));

    // Enter on a row opens that authority.
    const int row = rowOf(QStringLiteral("Leicestershire"));
    table->setFocus();
    table->setCurrentIndex(rows->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window.picker()->currentAuthority(),
             store.authorities().byCode(QStringLiteral("E10000018"))->id);

    // A new import shows up without leaving the view.
    window.undoStack()->undo();
    QCOMPARE(england->model()->rowCount(), 153);
}

QTEST_MAIN(TestReportImport)
#include "tst_reportimport.moc"
