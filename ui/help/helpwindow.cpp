#include "help/helpwindow.h"

#include "help/handbook.h"

#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
{
    setWindowTitle(tr("Handbook"));
    Handbook::setTopic(this, HandbookTopic::contents);
    auto *toolbar = new QToolBar(tr("Handbook"), this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QAction *back = toolbar->addAction(tr("&Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back (%1)").arg(back->shortcut().toString(QKeySequence::NativeText)));
    back->setEnabled(false);
    QAction *forward = toolbar->addAction(tr("&Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setToolTip(
        tr("Forward (%1)").arg(forward->shortcut().toString(QKeySequence::NativeText)));
    forward->setEnabled(false);
    QAction *contents = toolbar->addAction(tr("&Contents"), this, [this]() {
        showTopic(QString::fromLatin1(HandbookTopic::contents));
    });
    contents->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    contents->setToolTip(
        tr("Contents (%1)").arg(contents->shortcut().toString(QKeySequence::NativeText)));
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);

    toolbar->addSeparator();
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_find);
    toolbar->addWidget(findLabel);
    m_find->setAccessibleName(tr("Find in this page"));
    m_find->setPlaceholderText(tr("Find in this page"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(280);
    toolbar->addWidget(m_find);
    connect(m_find, &QLineEdit::returnPressed, this, [this]() { find(false); });
    auto *focusFind = new QAction(this);
    focusFind->setShortcut(QKeySequence::Find);
    connect(focusFind, &QAction::triggered, this, [this]() {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(focusFind);
    auto *findNext = new QAction(this);
    findNext->setShortcut(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this]() { find(false); });
    addAction(findNext);
    auto *findPrevious = new QAction(this);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, this, [this]() { find(true); });
    addAction(findPrevious);
    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    m_browser->setAccessibleName(tr("Handbook page"));
    m_browser->setOpenExternalLinks(true); // the Department's and Ofsted's own pages
    m_browser->setSearchPaths({Handbook::folder()});
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this]() {
        const QString title = m_browser->documentTitle();
        setWindowTitle(title.isEmpty() ? tr("Handbook") : tr("%1 - Handbook").arg(title));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_browser);

    // Beside the window it helps with, as much of the screen as suits reading.
    const QScreen *on = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = on ? on->availableGeometry() : QRect(0, 0, 1280, 720);
    resize(qMin(900, available.width() - 80), qMin(760, available.height() - 80));
}

void HelpWindow::showTopic(const QString &topic)
{
    const QUrl url = Handbook::url(topic);
    if (url.isEmpty()) {
        m_browser->setHtml(
            tr("<h1>The handbook is not installed</h1><p>It is looked for in the folder "
               "<code>share/cstracker/handbook</code> beside the folder of the program, "
               "<code>%1</code>. Install the program's package again, or ask whoever set up "
               "this computer.</p>")
                .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())
                         .toHtmlEscaped()));
        return;
    }
    m_browser->setSource(url);
}

QString HelpWindow::currentTopic() const
{
    const QUrl source = m_browser->source();
    if (source.isEmpty())
        return {};
    const QString page = source.fileName();
    return source.hasFragment() ? page + QLatin1Char('#') + source.fragment() : page;
}

void HelpWindow::find(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return;
    // From the other end of the page once.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    m_browser->find(text, flags);
}
