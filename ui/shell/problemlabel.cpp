#include "shell/problemlabel.h"

#include "charts/contrast.h"

#include <QLabel>

namespace ProblemLabel {

void style(QLabel *label)
{
    const QColor red = Contrast::readableOn(
        QColor(0xb0, 0x00, 0x20), label->palette().color(QPalette::Window), Contrast::text);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, red);
    label->setPalette(palette);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setWordWrap(true);
}

} // namespace ProblemLabel
