#include "charts/emptychart.h"

#include <QChart>
#include <QFont>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextOption>

namespace EmptyChart {

namespace {
// The chart's own title is a text item too: the sentence is found by its mark.
constexpr int markKey = 0;
const QString mark = QStringLiteral("EmptyChart::sentence");

QGraphicsTextItem *textOf(const QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        if (item->data(markKey).toString() == mark)
            return static_cast<QGraphicsTextItem *>(item);
    }
    return nullptr;
}

void place(QChart *chart, QGraphicsTextItem *text)
{
    const QRectF area = chart->plotArea();
    text->setTextWidth(area.width() * 0.9);
    const QRectF box = text->boundingRect();
    text->setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2);
}
} // namespace

QChart *create(const QString &title, const QString &sentence)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    auto *text = new QGraphicsTextItem(chart);
    text->setData(markKey, mark);
    QTextOption centred(Qt::AlignCenter);
    centred.setWrapMode(QTextOption::WordWrap);
    text->document()->setDefaultTextOption(centred);
    text->setPlainText(sentence);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, text] { place(chart, text); });
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart,
                     [chart, text] { place(chart, text); });
    return chart;
}

QString sentence(const QChart *chart)
{
    const QGraphicsTextItem *text = textOf(chart);
    return text ? text->toPlainText() : QString();
}

void setStyle(QChart *chart, const QFont &font, const QColor &colour)
{
    if (QGraphicsTextItem *text = textOf(chart)) {
        text->setFont(font);
        text->setDefaultTextColor(colour);
        place(chart, text);
    }
}

} // namespace EmptyChart
