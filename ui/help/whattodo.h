#pragma once

#include "store/database.h"
#include "store/result.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QLabel;
class QMessageBox;
class QWidget;
QT_END_NAMESPACE

// Messages that tell the user what went wrong carry a "What to Do" button, which opens the
// handbook's section on that message once the message is closed.
namespace WhatToDo {

// The section for each way a database can fail to open, and for a refused save.
const char *topicFor(OpenProblem problem);
const char *topicFor(const Status &status);

// Adds the button to a message built by hand.
void addButton(QMessageBox &box, const char *topic);
// A warning with the button.
void warning(QWidget *parent, const QString &title, const QString &text, const char *topic);

// A line in a dialog that links to the handbook ("What to do about a refused report"):
// hidden until setLink gives it a topic; an empty topic hides it again.
QLabel *linkLabel(QWidget *parent);
void setLink(QLabel *label, const QString &text, const char *topic);
// The topic a link label shows, or empty when it is hidden.
QString linkOf(const QLabel *label);

} // namespace WhatToDo
