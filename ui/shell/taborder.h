#pragma once

#include <QList>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

// Tab moves through a panel as it reads, left column before right, top to bottom, rather
// than in the order its widgets happened to be made (cards made later would come last).
namespace TabOrder {
void chain(const QList<QWidget *> &widgets);
}
