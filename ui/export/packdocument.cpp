#include "export/packdocument.h"

#include "charts/charttable.h"
#include "export/chartexport.h"
#include "export/opendocumenttext.h"

#include <QChart>
#include <QCoreApplication>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace PackDocument {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PackDocument", text);
}

} // namespace

QString styleSheet()
{
    return QStringLiteral("h1 { font-size: 20pt; } h2 { font-size: 14pt; color: #1e63b4; } "
                          "td { padding: 2px 6px; } .muted { color: #555555; }");
}

void appendSection(QTextCursor &cursor, const QString &html, bool newPage)
{
    cursor.movePosition(QTextCursor::End);
    // A block of its own, so the section does not run on into the last item of a list.
    if (!cursor.document()->isEmpty())
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    const int start = cursor.position();
    cursor.insertHtml(html);
    // Inserted HTML takes the format of the block it lands in for its first block, which
    // would make a heading an ordinary paragraph: the heading's own format is put back.
    QTextDocument parsed;
    parsed.setDefaultStyleSheet(styleSheet());
    parsed.setHtml(html);
    QTextBlockFormat format =
        parsed.begin().textList() ? QTextBlockFormat() : parsed.begin().blockFormat();
    if (newPage)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor first(cursor.document());
    first.setPosition(start);
    first.mergeBlockFormat(format);
    cursor.movePosition(QTextCursor::End);
}

void appendFigures(QTextCursor &cursor, const ChartTable::Table &table)
{
    cursor.movePosition(QTextCursor::End);
    if (table.isEmpty())
        return;
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(0x99, 0x99, 0x99));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *t =
        cursor.insertTable(int(table.rows.size()) + 1, int(table.headers.size()), format);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (int col = 0; col < table.headers.size(); ++col)
        t->cellAt(0, col).firstCursorPosition().insertText(table.headers.at(col), bold);
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList &cells = table.rows.at(row);
        for (int col = 0; col < cells.size() && col < table.headers.size(); ++col)
            t->cellAt(row + 1, col).firstCursorPosition().insertText(cells.at(col));
    }
    cursor.movePosition(QTextCursor::End);
}

void appendChart(QTextCursor &cursor, QChart *chart, const QString &caption, int number)
{
    QTextDocument *document = cursor.document();
    const QString title = chart->title();
    const ChartTable::Table figures = ChartTable::of(chart);
    const QString description = ChartTable::alternativeText(chart, figures);
    ChartExport::Options options;
    options.dpi = 200;
    QImage image = ChartExport::blankImage(options);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        ChartExport::drawInto(painter, chart, QRectF(QPointF(0, 0), QSizeF(image.size())), caption);
    }
    const QString name = QStringLiteral("chart-%1.png").arg(number);
    document->addResource(QTextDocument::ImageResource, QUrl(name), image);
    QTextImageFormat format;
    format.setName(name);
    const double width = options.widthCm / 2.54 * 96;
    format.setWidth(width);
    format.setHeight(width * image.height() / image.width());
    format.setProperty(OpenDocumentText::imageTitleProperty, title);
    format.setProperty(OpenDocumentText::imageDescriptionProperty, description);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertImage(format);
    QTextCharFormat small;
    small.setFontItalic(true);
    cursor.insertBlock(QTextBlockFormat(), small);
    cursor.insertText(tr("Figure %1. %2").arg(number).arg(description), small);
    appendFigures(cursor, figures);
}

} // namespace PackDocument
