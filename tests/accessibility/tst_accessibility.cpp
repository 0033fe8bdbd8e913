// The window as a screen reader and a keyboard meet it: every control named in the
// accessibility tree, every chart's figures one key away as a table (Ctrl+T), every control
// reachable with Tab, and focus always visible.
#include "support/everydialog.h"
#include "support/showpages.h"
#include "support/tempdatabase.h"

#include "charts/chartpane.h"
#include "shell/mainwindow.h"

#include "authorities/authoritystore.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::Graphic:
        return true;
    default:
        return false;
    }
}

// Walks the tree below `iface`, listing every visible control without a name.
void unnamed(QAccessibleInterface *iface, QStringList &out, int depth = 0)
{
    if (!iface || depth > 40)
        return;
    if (iface->state().invisible || iface->state().offscreen)
        return;
    const QAccessible::Role role = iface->role();
    // Cells and headers of item views are named by their text; the view itself must be.
    if (interactive(role) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *o = iface->object();
        out << QStringLiteral("%1 (%2)").arg(o ? QString::fromLatin1(o->metaObject()->className())
                                               : QStringLiteral("?"),
                                             o ? o->objectName() : QString());
    }
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        unnamed(iface->child(i), out, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlIsNamed();
    void everyDialogControlIsNamed();
    void ctrlTShowsEveryChartAsATable();
    void everyControlIsReachableWithTab();
    void focusOnAChartIsVisible();

private:
    TempDatabase *m_temp = nullptr;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    static QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("cstracker-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QAccessible::setActive(true);
}

void TestAccessibility::init()
{
    m_temp = new TempDatabase;
    m_window = new MainWindow;
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(m_window->openDatabase(m_temp->path(), true));
    QVERIFY(m_window->selectAuthority(QStringLiteral("Example Borough (synthetic)")));
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestAccessibility::cleanup()
{
    delete m_window;
    delete m_temp;
}

void TestAccessibility::everyControlIsNamed()
{
    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QApplication::processEvents();
        QStringList missing;
        unnamed(QAccessible::queryAccessibleInterface(m_window), missing);
        QVERIFY2(missing.isEmpty(), qPrintable(tabs->tabText(t) + QStringLiteral(": ") +
                                               missing.join(QStringLiteral(", "))));
    }
}

void TestAccessibility::everyDialogControlIsNamed()
{
    Store &store = *m_window->store();
    const qint64 id = store.authorities().byName(QStringLiteral("Example Borough (synthetic)"))->id;
    for (const QString &name : EveryDialog::names()) {
        std::unique_ptr<QDialog> dialog = EveryDialog::make(name, store, id);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QStringList missing;
        unnamed(QAccessible::queryAccessibleInterface(dialog.get()), missing);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + missing.join(QStringLiteral(", "))));
    }
}

void TestAccessibility::ctrlTShowsEveryChartAsATable()
{
    const QList<ChartPane *> panes = m_window->findChildren<ChartPane *>();
    QVERIFY(panes.size() >= 5);
    // Every page shown once, so each has drawn its charts for the authority.
    ShowPages::showEveryPage(m_window);
    for (ChartPane *pane : panes)
        QVERIFY(!pane->showsTable());
    QTest::keyClick(m_window, Qt::Key_T, Qt::ControlModifier);
    for (ChartPane *pane : panes) {
        QVERIFY(pane->showsTable());
        // The table holds the chart's figures, and says what it is.
        QVERIFY(!pane->table()->accessibleName().isEmpty());
        QVERIFY(!pane->view()->accessibleDescription().isEmpty());
    }
    // The synthetic authority's indicator chart: a row a date, a column a series.
    auto *tabs = m_window->findChild<QTabWidget *>();
    tabs->setCurrentIndex(3);
    ChartPane *indicator = nullptr;
    for (ChartPane *pane : panes) {
        if (pane->isVisible())
            indicator = pane;
    }
    QVERIFY(indicator);
    QAbstractItemModel *model = indicator->table()->model();
    QVERIFY(model->rowCount() >= 5);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Date"));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(),
             QStringLiteral("Example Borough (synthetic)"));
    QTest::keyClick(m_window, Qt::Key_T, Qt::ControlModifier);
    for (ChartPane *pane : panes)
        QVERIFY(!pane->showsTable());
}

void TestAccessibility::everyControlIsReachableWithTab()
{
    const QHash<QString, QStringList> readingOrder = {
        {QStringLiteral("Judgements"),
         {QStringLiteral("Inspections and visits"), QStringLiteral("Inspection details"),
          QStringLiteral("Judgements grid"), QStringLiteral("Chart of grades over time")}},
        {QStringLiteral("Action plan"),
         {QStringLiteral("Plan"), QStringLiteral("Recommendation"), QStringLiteral("Lead officer"),
          QStringLiteral("Status"), QStringLiteral("RAG"), QStringLiteral("Search actions"),
          QStringLiteral("Actions")}},
        {QStringLiteral("Indicators"),
         {QStringLiteral("Children in need"), QStringLiteral("Social worker turnover"),
          QStringLiteral("Indicator"), QStringLiteral("Indicator chart")}},
    };
    auto *tabs = m_window->findChild<QTabWidget *>();
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QApplication::processEvents();
        QWidget *page = tabs->currentWidget();
        QSet<QWidget *> wanted;
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
                !w->focusProxy() && !w->isWindow())
                wanted.insert(w);
        }
        QVERIFY(!wanted.isEmpty());
        tabs->setFocus();
        QSet<QWidget *> reached;
        QStringList visited;
        for (int i = 0; i < 400 && reached.size() < wanted.size(); ++i) {
            QWidget *before = QApplication::focusWidget();
            QVERIFY(before);
            QTest::keyClick(before, Qt::Key_Tab);
            if (QWidget *now = QApplication::focusWidget(); wanted.contains(now)) {
                if (!reached.contains(now))
                    visited << now->accessibleName();
                reached.insert(now);
            }
        }
        QStringList missed;
        for (QWidget *w : std::as_const(wanted)) {
            if (!reached.contains(w))
                missed << QStringLiteral("%1 \"%2\"")
                              .arg(QString::fromLatin1(w->metaObject()->className()),
                                   w->accessibleName());
        }
        QVERIFY2(missed.isEmpty(), qPrintable(tabs->tabText(t) + QStringLiteral(": ") +
                                              missed.join(QStringLiteral(", "))));
        // The order follows the layout: left before right, top before bottom, and the
        // filters of the action plan row by row.
        const QStringList expected = readingOrder.value(tabs->tabText(t));
        int last = -1;
        for (const QString &name : expected) {
            int at = -1;
            for (int v = 0; v < visited.size(); ++v) {
                if (visited.at(v).startsWith(name)) {
                    at = v;
                    break;
                }
            }
            QVERIFY2(at > last, qPrintable(tabs->tabText(t) + QStringLiteral(": ") + name +
                                           QStringLiteral(" out of order in ") +
                                           visited.join(QStringLiteral(" | "))));
            last = at;
        }
    }
}

void TestAccessibility::focusOnAChartIsVisible()
{
    auto *tabs = m_window->findChild<QTabWidget *>();
    tabs->setCurrentIndex(3);
    QApplication::processEvents();
    QChartView *view = nullptr;
    for (ChartPane *pane : m_window->findChildren<ChartPane *>()) {
        if (pane->isVisible())
            view = pane->view();
    }
    QVERIFY(view);
    m_window->findChild<QTabWidget *>()->setFocus();
    QApplication::processEvents();
    const QImage without = view->grab().toImage();
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    const QImage with = view->grab().toImage();
    QVERIFY(without != with);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
