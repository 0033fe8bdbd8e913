#include "help/handbook.h"

#include "help/helpwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QPointer>
#include <QWidget>

namespace {

const char topicProperty[] = "handbookTopic";

// F1, caught before any shortcut or widget sees it: the Help menu's own F1 would otherwise
// open the contents, and a modal dialog shuts the main window's shortcuts off.
class ContextHelp : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (!watched->isWidgetType() || !key->matches(QKeySequence::HelpContents))
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // no shortcut: the key press comes here next
            return true;
        }
        auto *widget = static_cast<QWidget *>(watched);
        Handbook::show(widget, Handbook::topicOf(widget));
        return true;
    }
};

} // namespace

namespace Handbook {

QString folder()
{
    // Installed: /usr/bin/cstracker and /usr/share/cstracker/handbook. Built:
    // build/app/cstracker (or build/tests/tst_...) and build/share/cstracker/handbook.
    const QString candidate = QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                              QLatin1String("/../share/cstracker/handbook"));
    return QFileInfo::exists(candidate + QLatin1String("/index.html")) ? candidate : QString();
}

QUrl url(const QString &topic)
{
    const QString at = folder();
    if (at.isEmpty())
        return {};
    const qsizetype hash = topic.indexOf(QLatin1Char('#'));
    QUrl url = QUrl::fromLocalFile(at + QLatin1Char('/') + (hash < 0 ? topic : topic.left(hash)));
    if (hash >= 0)
        url.setFragment(topic.mid(hash + 1));
    return url;
}

void setTopic(QWidget *widget, const char *topic)
{
    widget->setProperty(topicProperty, QString::fromLatin1(topic));
}

QString topicOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString topic = w->property(topicProperty).toString();
        if (!topic.isEmpty())
            return topic;
    }
    return QString::fromLatin1(HandbookTopic::contents);
}

HelpWindow *show(QWidget *from, const QString &topic)
{
    // Beside the dialog that is open, so that it can be read and used with the dialog.
    QWidget *owner = QApplication::activeModalWidget();
    if (!owner && from)
        owner = from->window();
    if (auto *self = qobject_cast<HelpWindow *>(owner)) // F1 in the help window itself
        owner = self->parentWidget();
    HelpWindow *window = nullptr;
    if (owner)
        window = owner->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new HelpWindow(owner);
        if (!owner)
            window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->showTopic(topic);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void installContextHelp()
{
    static QPointer<ContextHelp> installed;
    if (installed || !qApp)
        return;
    installed = new ContextHelp(qApp);
    qApp->installEventFilter(installed);
}

} // namespace Handbook

namespace HandbookTopic {

QStringList all()
{
#define CSTRACKER_HANDBOOK_TOPIC(name, page) QStringLiteral(page),
    return {CSTRACKER_HANDBOOK_TOPICS(CSTRACKER_HANDBOOK_TOPIC)};
#undef CSTRACKER_HANDBOOK_TOPIC
}

} // namespace HandbookTopic
