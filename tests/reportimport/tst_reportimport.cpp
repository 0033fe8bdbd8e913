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
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

namespace {

const QString reports = QStringLiteral(CSTRACKER_TEST_DATA "/ofsted-reports");

// A PDF written as a word processor would: each page's lines top to bottom, a tab setting
// the rest of a line in a right-hand column (a table's grade).
void writePdf(const QString &path, const QList<QStringList> &pages)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(72);
    QPainter painter(&pdf);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    painter.setFont(font);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            pdf.newPage();
        int y = 60;
        for (const QString &line : pages.at(p)) {
            const QString left = line.section(QLatin1Char('\t'), 0, 0);
            const QString right = line.section(QLatin1Char('\t'), 1);
            painter.drawText(50, y, left);
            if (!right.isEmpty())
                painter.drawText(360, y, right);
            y += 16;
        }
    }
}

QStringList ilacsTable(const QString &careRow)
{
    return {QStringLiteral("Judgement\tGrade"),
            QStringLiteral("The impact of leaders on social work\tGood"),
            QStringLiteral("practice with children and families"),
            QStringLiteral("The experiences and progress of\tGood"),
            QStringLiteral("children who need help and protection"),
            QStringLiteral("The experiences and progress of\tRequires improvement to be good"),
            careRow,
            QStringLiteral("Overall effectiveness\tGood"),
            QStringLiteral("Children are helped well. Leaders know their services."),
            QStringLiteral("What needs to improve?"),
            QStringLiteral("\u2022 The timeliness of assessments for children in need."),
            QStringLiteral("\u2022 Supervision of social workers.")};
}

} // namespace

class TestReportImport : public QObject
{
    Q_OBJECT
private slots:
    void reviewThenImportIsUndoable();
    void windowAcceptsDroppedReports();
    void englandView();
    void refusesDocumentsThatAreNotReports();
    void settlesWhatTheReaderWasUnsureOf();
    void settlesThroughTheDialog();
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
    QCOMPARE(dialog.model()->rowCount(), 119);
    QVERIFY2(dialog.summary()->text().startsWith(QLatin1String("117 read, 2 refused")),
             qPrintable(dialog.summary()->text()));
    QVERIFY(dialog.summary()->text().contains(QLatin1String("not a PDF")));
    QCOMPARE(dialog.chosen().size(), 117);
    // The refused rows cannot be ticked.
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        const QStandardItem *file = dialog.model()->item(row, 0);
        if (dialog.model()->item(row, 1)->text().startsWith(QLatin1String("Refused")))
            QVERIFY(!(file->flags() & Qt::ItemIsUserCheckable));
        else
            QCOMPARE(dialog.model()->item(row, 7)->text(), QStringLiteral("New"));
    }
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("&Import 117 Reports"));

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

void TestReportImport::refusesDocumentsThatAreNotReports()
{
    TempDatabase temp;
    std::unique_ptr<Store> store = temp.open();
    QTemporaryDir dir;
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    writePdf(letter, {{QStringLiteral("Sometown Borough Council"),
                       QStringLiteral("12 March 2025"), QStringLiteral("Dear Ms Example,"),
                       QStringLiteral("Thank you for your letter about the school admissions."),
                       QStringLiteral("Yours sincerely")}});
    const QString figures = dir.filePath(QStringLiteral("figures.pdf"));
    writePdf(figures, {{QStringLiteral("Children looked after per 10,000\t2023"),
                        QStringLiteral("Leicester\t72"), QStringLiteral("England\t71"),
                        QStringLiteral("East Midlands\t62")}});
    const QString blank = dir.filePath(QStringLiteral("blank.pdf"));
    writePdf(blank, {{}});
    const QString real = reports + QStringLiteral("/leicester-29-january-2025.pdf");

    ReportImportDialog dialog(*store);
    QVERIFY(dialog.readFiles({letter, figures, blank, real}));
    QCOMPARE(dialog.model()->rowCount(), 4);
    auto outcome = [&dialog](int row) { return dialog.model()->item(row, 1)->text(); };
    const QString notAReport = QStringLiteral(
        "Refused: not a local authority children's services report from Ofsted");
    QCOMPARE(outcome(0), notAReport);
    QCOMPARE(outcome(1), notAReport);
    QCOMPARE(outcome(2), QStringLiteral("Refused: a PDF with no text (a scan?)"));
    // The real report of the same import is read all the same.
    QCOMPARE(outcome(3), QStringLiteral("Read"));
    QCOMPARE(dialog.chosen().size(), 1);
}

void TestReportImport::settlesWhatTheReaderWasUnsureOf()
{
    TempDatabase temp;
    std::unique_ptr<Store> store = temp.open();
    QTemporaryDir dir;
    // A trust's report whose title and pages name no authority the tracker knows.
    const QString trust = dir.filePath(QStringLiteral("trust.pdf"));
    QStringList page = {QStringLiteral("Inspection of Sometown Children's Trust"),
                        QStringLiteral("Inspection dates: 7 to 18 October 2024"),
                        QStringLiteral("Lead inspector: Ann Example, His Majesty's Inspector")};
    page << ilacsTable(QStringLiteral("children in care"));
    page.insert(page.size() - 6, QStringLiteral("The experiences and progress of care\tGood"));
    page.insert(page.size() - 6, QStringLiteral("leavers"));
    writePdf(trust, {page});
    // A 2020 report printing "children in care" alone, where the framework then graded
    // children in care and care leavers together.
    const QString alone = dir.filePath(QStringLiteral("in-care-alone.pdf"));
    QStringList older = {QStringLiteral("Inspection of Leicester City Council children's services"),
                         QStringLiteral("Inspection dates: 9 to 20 March 2020"),
                         QStringLiteral("Lead inspector: Ann Example, Her Majesty's Inspector")};
    older << ilacsTable(QStringLiteral("children in care"));
    writePdf(alone, {older});
    // No dates on site anywhere.
    const QString undated = dir.filePath(QStringLiteral("undated.pdf"));
    QStringList noDates = {QStringLiteral("Inspection of Leicester City Council children's services"),
                           QStringLiteral("Lead inspector: Ann Example, His Majesty's Inspector")};
    noDates << ilacsTable(QStringLiteral("children in care and care leavers"));
    writePdf(undated, {noDates});

    ReportImportDialog dialog(*store);
    QVERIFY(dialog.readFiles({alone, trust, undated}));
    auto outcome = [&dialog](int row) { return dialog.model()->item(row, 1)->text(); };
    QCOMPARE(outcome(0), QStringLiteral("Needs review: grades"));
    QVERIFY2(dialog.model()->item(0, 1)->toolTip().contains(
                 QLatin1String("page 1 grades \"The experiences and progress of children in "
                               "care\" (requires improvement to be good)")),
             qPrintable(dialog.model()->item(0, 1)->toolTip()));
    QCOMPARE(outcome(1), QStringLiteral("Needs review: authority"));
    QVERIFY2(dialog.model()->item(1, 1)->toolTip().contains(
                 QLatin1String("Sometown Children's Trust\", which matches no authority")),
             qPrintable(dialog.model()->item(1, 1)->toolTip()));
    QCOMPARE(outcome(2), QStringLiteral("Needs review: dates"));
    QVERIFY2(dialog.summary()->text().contains(QLatin1String("3 reports need you to settle")),
             qPrintable(dialog.summary()->text()));
    // Nothing unsettled is offered for import.
    QVERIFY(dialog.chosen().isEmpty());
    QVERIFY(!(dialog.model()->item(1, 0)->flags() & Qt::ItemIsUserCheckable));

    // Each settled as a person would; what is still wrong is said.
    QVERIFY(!dialog.settle(0, std::nullopt, {}, false).isEmpty());
    QCOMPARE(dialog.settle(0, std::nullopt, {}, true), QString());
    const qint64 leicester = store->authorities().byCode(QStringLiteral("E06000016"))->id;
    QCOMPARE(dialog.settle(1, std::nullopt, {}, false),
             QStringLiteral("Choose the authority the report is about."));
    QCOMPARE(dialog.settle(1, leicester, {}, false), QString());
    QVERIFY(dialog.settle(2, std::nullopt, QStringLiteral("sometime in spring"), false)
                .startsWith(QLatin1String("Type the days on site")));
    QCOMPARE(dialog.settle(2, std::nullopt, QStringLiteral("3 to 14 June 2019"), false), QString());
    QCOMPARE(outcome(0), QStringLiteral("Read, settled by you"));
    const QList<ReportFile> chosen = dialog.chosen();
    QCOMPARE(chosen.size(), 3);
    // The grade printed for children in care alone is taken as the area graded in 2020.
    QVERIFY(chosen.at(0).reading.grade(JudgementArea::ChildrenInCareAndCareLeavers));
    QCOMPARE(chosen.at(1).authority->onsCode, QStringLiteral("E06000016"));
    QCOMPARE(chosen.at(2).reading.start, std::optional(QDate(2019, 6, 3)));

    auto *command = new ImportReportsCommand(*store, chosen, false);
    QVERIFY2(command->status().ok(), qPrintable(command->status().error()));
    QUndoStack stack;
    stack.push(command);
    QCOMPARE(store->judgements().inspections(leicester).size(), 3);
}

void TestReportImport::settlesThroughTheDialog()
{
    TempDatabase temp;
    std::unique_ptr<Store> store = temp.open();
    QTemporaryDir dir;
    const QString trust = dir.filePath(QStringLiteral("trust.pdf"));
    QStringList page = {QStringLiteral("Inspection of Sometown Children's Trust"),
                        QStringLiteral("Inspection dates: 9 to 20 March 2020"),
                        QStringLiteral("Lead inspector: Ann Example, His Majesty's Inspector")};
    page << ilacsTable(QStringLiteral("children in care and care leavers"));
    writePdf(trust, {page});
    ReportImportDialog dialog(*store);
    QVERIFY(dialog.readFiles({trust}));
    dialog.show();
    QVERIFY(!dialog.settleButton()->isEnabled());
    dialog.table()->setCurrentIndex(dialog.model()->index(0, 0));
    QVERIFY(dialog.settleButton()->isEnabled());
    // The small dialog: pick the authority by typing its name, then Settle.
    QTimer::singleShot(0, &dialog, [&dialog]() {
        QDialog *ask = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w != &dialog && w->isVisible() && qobject_cast<QDialog *>(w))
                ask = qobject_cast<QDialog *>(w);
        }
        QVERIFY(ask);
        auto *box = ask->findChild<QComboBox *>(QStringLiteral("authority"));
        QVERIFY(box);
        box->setCurrentIndex(box->findText(QStringLiteral("Leicester")));
        ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(dialog.settleButton(), Qt::LeftButton);
    QCOMPARE(dialog.model()->item(0, 1)->text(), QStringLiteral("Read, settled by you"));
    QCOMPARE(dialog.model()->item(0, 2)->text(), QStringLiteral("Leicester"));
    QCOMPARE(dialog.chosen().size(), 1);
}

QTEST_MAIN(TestReportImport)
#include "tst_reportimport.moc"
