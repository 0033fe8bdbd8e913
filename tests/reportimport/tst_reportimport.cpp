// Importing Ofsted reports through the window: the review dialog shows what was read and
// what it would change, and the import is one step on the undo stack.
#include "support/tempdatabase.h"

#include "authorities/authoritystore.h"
#include "judgements/judgementstore.h"
#include "reports/importreportscommand.h"
#include "reports/reportimportdialog.h"
#include "shell/mainwindow.h"

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

QTEST_MAIN(TestReportImport)
#include "tst_reportimport.moc"
