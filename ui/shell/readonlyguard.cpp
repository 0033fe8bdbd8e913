#include "shell/readonlyguard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QWidget>

namespace ReadOnlyGuard {

namespace {

const char *const editingProperty = "cstrackerEdits";

// Puts a widget straight back to disabled when its panel enables it again.
class KeepDisabled final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::EnabledChange) {
            auto *w = static_cast<QWidget *>(watched);
            if (w->isEnabled())
                w->setEnabled(false);
        }
        return false;
    }
};

void disable(QObject *control, const QString &reason, KeepDisabled *keeper)
{
    if (auto *action = qobject_cast<QAction *>(control)) {
        action->setEnabled(false);
        action->setToolTip(reason);
        action->setStatusTip(reason);
        QObject::connect(action, &QAction::changed, action, [action]() {
            if (action->isEnabled())
                action->setEnabled(false);
        });
    } else if (auto *view = qobject_cast<QAbstractItemView *>(control)) {
        view->setEditTriggers(QAbstractItemView::NoEditTriggers); // still read and selected
    } else if (auto *widget = qobject_cast<QWidget *>(control)) {
        widget->setEnabled(false);
        widget->setToolTip(reason);
        widget->installEventFilter(keeper);
    }
}

} // namespace

void markEditing(QObject *control)
{
    control->setProperty(editingProperty, true);
}

void apply(QObject *root, const QString &reason)
{
    auto *keeper = new KeepDisabled(root);
    if (root->property(editingProperty).toBool())
        disable(root, reason, keeper);
    const QList<QObject *> children = root->findChildren<QObject *>();
    for (QObject *child : children) {
        if (child->property(editingProperty).toBool())
            disable(child, reason, keeper);
    }
}

} // namespace ReadOnlyGuard
