// Every panel and dialog on a small screen (1280 by 720, the size a 1366 by 768 laptop or a
// 1920 screen at 150% leaves, and the laptop's own 1366 by 768), in a light and a dark
// palette: nothing clipped, nothing outside the window. Run a second time by CTest with
// QT_SCALE_FACTOR=1.5. With CSTRACKER_SCREENSHOTS set to a folder, each screen is saved there as a
// PNG to look at.
#include "support/everydialog.h"
#include "support/tempdatabase.h"

#include "actions/actionplanpanel.h"
#include "shell/authoritypanel.h"
#include "shell/englishplurals.h"
#include "shell/mainwindow.h"

#include "actions/actionplanstore.h"
#include "actions/actiontablemodel.h"
#include "authorities/authoritystore.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <functional>

namespace {

const QSize smallScreen(1280, 720);

QPalette darkPalette()
{
    // Fusion's colours on a dark desktop, as KDE's Breeze Dark gives them.
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x74, 0x79));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x74, 0x79));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x74, 0x79));
    return p;
}

bool insideScrollArea(const QWidget *w, const QWidget *top)
{
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    }
    return false;
}

// Words that do not fit their widget are clipped; a widget beyond its window's edge is cut
// off. Both are listed, by the widget's accessible name or text.
QStringList clipped(QWidget *top)
{
    QStringList problems;
    const QRect bounds = top->rect();
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->isWindow())
            continue;
        // A spin box's own editor has no frame of its own; the spin box is measured.
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        QString name = w->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(w))
            name = label->text().left(40);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            name = button->text();
        const QString who = QStringLiteral("%1 \"%2\"")
                                .arg(QString::fromLatin1(w->metaObject()->className()), name);
        if (!insideScrollArea(w, top)) {
            const QRect at(w->mapTo(top, QPoint(0, 0)), w->size());
            if (!bounds.contains(at) && at.intersects(bounds))
                problems << who + QStringLiteral(" reaches past the window's edge");
        }
        const bool words = qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) ||
                           qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w);
        if (!words)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height() + 2)
                problems << who + QStringLiteral(" is cut short");
            continue;
        }
        const QSize need = w->minimumSizeHint();
        if (w->width() + 1 < need.width() || w->height() + 1 < need.height())
            problems << who + QStringLiteral(" is %1x%2, needs %3x%4")
                                  .arg(w->width())
                                  .arg(w->height())
                                  .arg(need.width())
                                  .arg(need.height());
    }
    return problems;
}

void save(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CSTRACKER_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
    w->grab().save(
        QDir(dir).filePath((scale.isEmpty() ? QString() : QStringLiteral("scale%1-").arg(scale)) +
                           name + QStringLiteral(".png")));
}

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPanelFitsASmallScreen_data();
    void everyPanelFitsASmallScreen();
    void everyDialogFitsASmallScreen_data();
    void everyDialogFitsASmallScreen();
};

void TestScreens::initTestCase()
{
    static QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("cstracker-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screens"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // The program's own English plurals ("22 indicators", not "22 indicator(s)"), so the
    // screens measured and saved are the ones users see.
    static EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
}

void TestScreens::everyPanelFitsASmallScreen_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QSize>("screen");
    const QSize laptop(1366, 768);
    QTest::newRow("light, Leicester") << false << "Leicester" << smallScreen;
    QTest::newRow("dark, Leicester") << true << "Leicester" << smallScreen;
    QTest::newRow("light, synthetic") << false << "Example Borough (synthetic)" << smallScreen;
    QTest::newRow("dark, synthetic") << true << "Example Borough (synthetic)" << smallScreen;
    QTest::newRow("light, Leicester, laptop") << false << "Leicester" << laptop;
    QTest::newRow("dark, synthetic, laptop") << true << "Example Borough (synthetic)" << laptop;
}

void TestScreens::everyPanelFitsASmallScreen()
{
    QFETCH(bool, dark);
    QFETCH(QString, authority);
    QFETCH(QSize, screen);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    TempDatabase temp;
    MainWindow window;
    window.resize(screen);
    window.show();
    QVERIFY(window.openDatabase(temp.path(), true));
    QVERIFY(window.selectAuthority(authority));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), screen);
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs && tabs->count() >= 4);
    // The indicator a board reads first, with every comparator drawn.
    for (QComboBox *combo : window.findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QLatin1String("Indicator")) {
            const int cla =
                combo->findText(QStringLiteral("Children looked after, rate per 10,000"));
            QVERIFY(cla >= 0);
            combo->setCurrentIndex(cla);
        }
    }
    const QString prefix = QStringLiteral("%1x%2-%3-%4-")
                               .arg(screen.width())
                               .arg(screen.height())
                               .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                    authority.section(QLatin1Char(' '), 0, 0).toLower());
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        QTest::qWait(20);
        const QStringList problems = clipped(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(tabs->tabText(i) + QStringLiteral(": ") +
                                                problems.join(QStringLiteral("; "))));
        const QString name = tabs->tabText(i)
                                 .toLower()
                                 .remove(QLatin1Char('&'))
                                 .replace(QLatin1Char(' '), QLatin1Char('-'));
        save(&window, prefix + name);
        // The action plan's side tabs, each on an action with measures and evidence where
        // there is one.
        auto *plan = qobject_cast<ActionPlanPanel *>(tabs->currentWidget());
        if (!plan)
            continue;
        QAbstractItemModel *actions = plan->actionTable()->model();
        for (int row = 0; row < actions->rowCount(); ++row) {
            const qint64 id =
                actions->index(row, 0).data(ActionTableModel::ActionIdRole).toLongLong();
            if (!window.store()->actionPlans().measures(id).isEmpty() &&
                !window.store()->actionPlans().evidence(id).isEmpty()) {
                plan->actionTable()->setCurrentIndex(actions->index(row, 0));
                break;
            }
        }
        for (QTabWidget *side : plan->findChildren<QTabWidget *>()) {
            for (int t = 1; t < side->count(); ++t) {
                side->setCurrentIndex(t);
                QApplication::processEvents();
                QTest::qWait(20);
                const QStringList clippedSide = clipped(&window);
                QVERIFY2(clippedSide.isEmpty(), qPrintable(side->tabText(t) + QStringLiteral(": ") +
                                                           clippedSide.join(QStringLiteral("; "))));
                save(&window, prefix + name + QLatin1Char('-') +
                                  side->tabText(t)
                                      .toLower()
                                      .remove(QLatin1Char('&'))
                                      .replace(QLatin1Char(' '), QLatin1Char('-')));
            }
            side->setCurrentIndex(0);
        }
    }
}

void TestScreens::everyDialogFitsASmallScreen_data()
{
    QTest::addColumn<QString>("dialog");
    for (const QString &name : EveryDialog::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestScreens::everyDialogFitsASmallScreen()
{
    QFETCH(QString, dialog);
    QApplication::setPalette(QApplication::style()->standardPalette());
    TempDatabase temp;
    MainWindow window; // fills the new database with the demo data
    QVERIFY(window.openDatabase(temp.path(), true));
    Store &s = *window.store();
    const qint64 id = s.authorities().byName(QStringLiteral("Example Borough (synthetic)"))->id;
    std::unique_ptr<QDialog> d = EveryDialog::make(dialog, s, id);
    QVERIFY(d);
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    // Room for the title bar and a panel: a dialog must open whole on the small screen.
    const QSize room(smallScreen.width(), smallScreen.height() - 60);
    QVERIFY2(d->width() <= room.width() && d->height() <= room.height(),
             qPrintable(QStringLiteral("%1x%2").arg(d->width()).arg(d->height())));
    const QStringList problems = clipped(d.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    save(d.get(), QStringLiteral("dialog-") + dialog.replace(QLatin1Char(' '), QLatin1Char('-')));
}

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
