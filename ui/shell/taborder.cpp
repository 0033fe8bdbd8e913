#include "shell/taborder.h"

#include <QWidget>

namespace TabOrder {

void chain(const QList<QWidget *> &widgets)
{
    for (int i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

} // namespace TabOrder
