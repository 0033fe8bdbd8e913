#include "help/whattodo.h"

#include "help/handbook.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace WhatToDo {

const char *topicFor(OpenProblem problem)
{
    switch (problem) {
    case OpenProblem::NotADatabase:
        return HandbookTopic::notADatabase;
    case OpenProblem::Corrupt:
        return HandbookTopic::damaged;
    case OpenProblem::NewerSchema:
        return HandbookTopic::newerVersion;
    case OpenProblem::ReadOnly:
        return HandbookTopic::readOnly;
    case OpenProblem::Locked:
        return HandbookTopic::locked;
    case OpenProblem::CannotCreate:
        return HandbookTopic::cannotCreate;
    case OpenProblem::ServerUnreachable:
        return HandbookTopic::serverUnreachable;
    case OpenProblem::NotAllowed:
        return HandbookTopic::notAllowed;
    case OpenProblem::Other:
        break;
    }
    return HandbookTopic::cannotOpen;
}

const char *topicFor(const Status &status)
{
    if (status.isConflict())
        return HandbookTopic::changedElsewhere;
    if (status.isUnanswered())
        return HandbookTopic::connectionLost;
    return HandbookTopic::cannotSave;
}

void addButton(QMessageBox &box, const char *topic)
{
    QPushButton *button = box.addButton(QMessageBox::tr("&What to Do"), QMessageBox::HelpRole);
    button->setToolTip(QMessageBox::tr("Opens the handbook where it explains this message"));
    const QString section = QString::fromLatin1(topic);
    QPointer<QWidget> from = box.parentWidget();
    // The message closes first; the handbook then opens beside whatever is left open.
    QObject::connect(button, &QPushButton::clicked, qApp, [from, section]() {
        QMetaObject::invokeMethod(
            qApp, [from, section]() { Handbook::show(from, section); }, Qt::QueuedConnection);
    });
}

void warning(QWidget *parent, const QString &title, const QString &text, const char *topic)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    addButton(box, topic);
    box.setDefaultButton(QMessageBox::Ok);
    box.exec();
}

namespace {
// The topic a link label leads to, kept beside its text.
constexpr char linkTopicProperty[] = "whatToDoTopic";
} // namespace

QLabel *linkLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setWordWrap(true);
    label->hide();
    QObject::connect(label, &QLabel::linkActivated, label,
                     [label](const QString &topic) { Handbook::show(label, topic); });
    return label;
}

void setLink(QLabel *label, const QString &text, const char *topic)
{
    const QString shown = topic ? QString::fromLatin1(topic) : QString();
    label->setProperty(linkTopicProperty, shown);
    if (shown.isEmpty()) {
        label->clear();
        label->hide();
        return;
    }
    label->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(shown, text.toHtmlEscaped()));
    label->setAccessibleName(text);
    label->show();
}

QString linkOf(const QLabel *label)
{
    return label->isHidden() ? QString() : label->property(linkTopicProperty).toString();
}

} // namespace WhatToDo
