#include "export/opendocumenttext.h"

#include "export/pngencoder.h"
#include "files/ziparchive.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QMap>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamWriter>

namespace OpenDocumentText {

namespace {

const QString mimeType = QStringLiteral("application/vnd.oasis.opendocument.text");

QString cm(double pixels)
{
    return QString::number(pixels / 96.0 * 2.54, 'f', 3) + QStringLiteral("cm");
}

// Automatic styles, made as the body needs them and written before it.
class Styles
{
public:
    QString text(const QTextCharFormat &f)
    {
        const bool bold = f.fontWeight() >= QFont::DemiBold;
        const bool italic = f.fontItalic();
        const QString colour =
            f.hasProperty(QTextFormat::ForegroundBrush) ? f.foreground().color().name() : QString();
        if (!bold && !italic && colour.isEmpty())
            return {};
        const QString key = QStringLiteral("%1%2%3").arg(bold).arg(italic).arg(colour);
        if (!m_text.contains(key))
            m_text.insert(key,
                          {QStringLiteral("T%1").arg(m_text.size() + 1), bold, italic, colour});
        return m_text.value(key).name;
    }

    QString paragraph(const QString &parent, bool pageBreak)
    {
        if (!pageBreak)
            return parent;
        if (!m_breaks.contains(parent))
            m_breaks.insert(parent, QStringLiteral("P%1").arg(m_breaks.size() + 1));
        return m_breaks.value(parent);
    }

    QString cell(const QColor &background)
    {
        const QString colour = background.isValid() ? background.name() : QString();
        if (!m_cells.contains(colour))
            m_cells.insert(colour, QStringLiteral("Cell%1").arg(m_cells.size() + 1));
        return m_cells.value(colour);
    }

    void write(QXmlStreamWriter &w) const
    {
        w.writeStartElement(QStringLiteral("office:automatic-styles"));
        for (const TextStyle &s : m_text) {
            w.writeStartElement(QStringLiteral("style:style"));
            w.writeAttribute(QStringLiteral("style:name"), s.name);
            w.writeAttribute(QStringLiteral("style:family"), QStringLiteral("text"));
            w.writeEmptyElement(QStringLiteral("style:text-properties"));
            if (s.bold)
                w.writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
            if (s.italic)
                w.writeAttribute(QStringLiteral("fo:font-style"), QStringLiteral("italic"));
            if (!s.colour.isEmpty())
                w.writeAttribute(QStringLiteral("fo:color"), s.colour);
            w.writeEndElement();
        }
        for (auto it = m_breaks.cbegin(); it != m_breaks.cend(); ++it) {
            w.writeStartElement(QStringLiteral("style:style"));
            w.writeAttribute(QStringLiteral("style:name"), it.value());
            w.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            w.writeAttribute(QStringLiteral("style:parent-style-name"), it.key());
            w.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
            w.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            w.writeEndElement();
        }
        for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
            w.writeStartElement(QStringLiteral("style:style"));
            w.writeAttribute(QStringLiteral("style:name"), it.value());
            w.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
            w.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
            w.writeAttribute(QStringLiteral("fo:border"), QStringLiteral("0.5pt solid #999999"));
            w.writeAttribute(QStringLiteral("fo:padding"), QStringLiteral("0.06cm"));
            if (!it.key().isEmpty())
                w.writeAttribute(QStringLiteral("fo:background-color"), it.key());
            w.writeEndElement();
        }
        // Tables span the text width; lists are bulleted or numbered.
        w.writeStartElement(QStringLiteral("style:style"));
        w.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Table"));
        w.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table"));
        w.writeEmptyElement(QStringLiteral("style:table-properties"));
        w.writeAttribute(QStringLiteral("style:width"), QStringLiteral("17cm"));
        w.writeAttribute(QStringLiteral("table:align"), QStringLiteral("margins"));
        w.writeAttribute(QStringLiteral("fo:margin-bottom"), QStringLiteral("0.25cm"));
        w.writeEndElement();
        for (const bool numbered : {false, true}) {
            w.writeStartElement(QStringLiteral("text:list-style"));
            w.writeAttribute(QStringLiteral("style:name"),
                             numbered ? QStringLiteral("Numbers") : QStringLiteral("Bullets"));
            w.writeStartElement(numbered ? QStringLiteral("text:list-level-style-number")
                                         : QStringLiteral("text:list-level-style-bullet"));
            w.writeAttribute(QStringLiteral("text:level"), QStringLiteral("1"));
            if (numbered) {
                w.writeAttribute(QStringLiteral("style:num-format"), QStringLiteral("1"));
                w.writeAttribute(QStringLiteral("style:num-suffix"), QStringLiteral("."));
            } else {
                w.writeAttribute(QStringLiteral("text:bullet-char"), QStringLiteral("\u2022"));
            }
            w.writeStartElement(QStringLiteral("style:list-level-properties"));
            w.writeAttribute(QStringLiteral("text:list-level-position-and-space-mode"),
                             QStringLiteral("label-alignment"));
            w.writeEmptyElement(QStringLiteral("style:list-level-label-alignment"));
            w.writeAttribute(QStringLiteral("text:label-followed-by"), QStringLiteral("listtab"));
            w.writeAttribute(QStringLiteral("fo:text-indent"), QStringLiteral("-0.5cm"));
            w.writeAttribute(QStringLiteral("fo:margin-left"), QStringLiteral("0.8cm"));
            w.writeEndElement(); // list-level-properties
            w.writeEndElement(); // level style
            w.writeEndElement(); // list-style
        }
        w.writeEndElement(); // automatic-styles
    }

private:
    struct TextStyle
    {
        QString name;
        bool bold = false;
        bool italic = false;
        QString colour;
    };
    QMap<QString, TextStyle> m_text;
    QMap<QString, QString> m_breaks;
    QMap<QString, QString> m_cells;
};

class Body
{
public:
    Body(const QTextDocument &document, ZipArchive &zip, QStringList &pictures)
        : m_document(document)
        , m_zip(zip)
        , m_pictures(pictures)
    {
    }

    QByteArray write(Styles &styles)
    {
        m_styles = &styles;
        QBuffer buffer(&m_xml);
        buffer.open(QIODevice::WriteOnly);
        m_w.setDevice(&buffer);
        frame(m_document.rootFrame());
        closeList();
        m_w.setDevice(nullptr);
        return m_xml;
    }

private:
    void frame(QTextFrame *f)
    {
        for (QTextFrame::iterator it = f->begin(); !it.atEnd(); ++it) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
                closeList();
                writeTable(table);
            } else if (QTextFrame *child = it.currentFrame()) {
                frame(child);
            } else {
                block(it.currentBlock());
            }
        }
    }

    void closeList()
    {
        if (m_list) {
            m_w.writeEndElement(); // text:list
            m_list = nullptr;
        }
    }

    void block(const QTextBlock &b)
    {
        QTextList *list = b.textList();
        if (list != m_list) {
            closeList();
            if (list) {
                m_w.writeStartElement(QStringLiteral("text:list"));
                const bool numbered = list->format().style() == QTextListFormat::ListDecimal;
                m_w.writeAttribute(QStringLiteral("text:style-name"),
                                   numbered ? QStringLiteral("Numbers")
                                            : QStringLiteral("Bullets"));
                m_list = list;
            }
        }
        if (list)
            m_w.writeStartElement(QStringLiteral("text:list-item"));
        const QTextBlockFormat format = b.blockFormat();
        const int level = std::clamp(format.headingLevel(), 0, 3);
        const bool pageBreak = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        if (level > 0) {
            m_w.writeStartElement(QStringLiteral("text:h"));
            m_w.writeAttribute(
                QStringLiteral("text:style-name"),
                m_styles->paragraph(QStringLiteral("Heading_20_%1").arg(level), pageBreak));
            m_w.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        } else {
            m_w.writeStartElement(QStringLiteral("text:p"));
            m_w.writeAttribute(QStringLiteral("text:style-name"),
                               m_styles->paragraph(m_paragraphStyle, pageBreak));
        }
        for (QTextBlock::iterator f = b.begin(); !f.atEnd(); ++f)
            fragment(f.fragment(), level > 0);
        m_w.writeEndElement(); // p or h
        if (list)
            m_w.writeEndElement(); // list-item
    }

    void fragment(const QTextFragment &f, bool heading)
    {
        const QTextCharFormat format = f.charFormat();
        if (format.isImageFormat()) {
            image(format.toImageFormat());
            return;
        }
        // A heading's weight is its style's; a span would only repeat it.
        const QString style = heading ? QString() : m_styles->text(format);
        if (!style.isEmpty()) {
            m_w.writeStartElement(QStringLiteral("text:span"));
            m_w.writeAttribute(QStringLiteral("text:style-name"), style);
        }
        // Qt keeps line breaks inside a paragraph as U+2028.
        const QStringList lines = f.text().split(QChar(0x2028));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_w.writeEmptyElement(QStringLiteral("text:line-break"));
            m_w.writeCharacters(lines.at(i));
        }
        if (!style.isEmpty())
            m_w.writeEndElement();
    }

    void image(const QTextImageFormat &format)
    {
        const QVariant resource =
            m_document.resource(QTextDocument::ImageResource, QUrl(format.name()));
        const QImage picture = qvariant_cast<QImage>(resource);
        if (picture.isNull())
            return;
        // The pack's pictures are charts drawn on white paper.
        const QByteArray png = PngEncoder::encode(picture);
        const QString path = QStringLiteral("Pictures/image%1.png").arg(m_pictures.size() + 1);
        m_pictures << path;
        m_zip.add(path, png);
        const double width = format.width() > 0 ? format.width() : picture.width();
        const double height =
            format.height() > 0 ? format.height() : width * picture.height() / picture.width();
        m_w.writeStartElement(QStringLiteral("draw:frame"));
        m_w.writeAttribute(QStringLiteral("draw:name"),
                           QStringLiteral("Chart %1").arg(m_pictures.size()));
        m_w.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
        m_w.writeAttribute(QStringLiteral("svg:width"), cm(width));
        m_w.writeAttribute(QStringLiteral("svg:height"), cm(height));
        m_w.writeEmptyElement(QStringLiteral("draw:image"));
        m_w.writeAttribute(QStringLiteral("xlink:href"), path);
        m_w.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
        m_w.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
        m_w.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
        // Word reads these as the picture's alternative text.
        const QString title = format.stringProperty(imageTitleProperty);
        const QString description = format.stringProperty(imageDescriptionProperty);
        if (!title.isEmpty())
            m_w.writeTextElement(QStringLiteral("svg:title"), title);
        if (!description.isEmpty())
            m_w.writeTextElement(QStringLiteral("svg:desc"), description);
        m_w.writeEndElement(); // frame
    }

    void writeTable(QTextTable *table)
    {
        const int header = table->format().headerRowCount();
        m_w.writeStartElement(QStringLiteral("table:table"));
        m_w.writeAttribute(QStringLiteral("table:name"), QStringLiteral("Table%1").arg(++m_tables));
        m_w.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Table"));
        m_w.writeEmptyElement(QStringLiteral("table:table-column"));
        m_w.writeAttribute(QStringLiteral("table:number-columns-repeated"),
                           QString::number(table->columns()));
        for (int r = 0; r < table->rows(); ++r) {
            if (r == 0 && header > 0)
                m_w.writeStartElement(QStringLiteral("table:table-header-rows"));
            m_w.writeStartElement(QStringLiteral("table:table-row"));
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                m_w.writeStartElement(QStringLiteral("table:table-cell"));
                const QTextCharFormat cellFormat = cell.format();
                m_w.writeAttribute(
                    QStringLiteral("table:style-name"),
                    m_styles->cell(cellFormat.hasProperty(QTextFormat::BackgroundBrush)
                                       ? cellFormat.background().color()
                                       : QColor()));
                m_w.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
                m_paragraphStyle = r < header ? QStringLiteral("Table_20_Heading")
                                              : QStringLiteral("Table_20_Contents");
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                    if (!it.currentFrame())
                        block(it.currentBlock());
                }
                closeList();
                m_paragraphStyle = QStringLiteral("Standard");
                m_w.writeEndElement(); // cell
            }
            m_w.writeEndElement(); // row
            if (r == header - 1)
                m_w.writeEndElement(); // header rows
        }
        m_w.writeEndElement(); // table
    }

    const QTextDocument &m_document;
    ZipArchive &m_zip;
    QStringList &m_pictures;
    Styles *m_styles = nullptr;
    QByteArray m_xml;
    QXmlStreamWriter m_w;
    QTextList *m_list = nullptr;
    QString m_paragraphStyle = QStringLiteral("Standard");
    int m_tables = 0;
};

void namespaces(QXmlStreamWriter &w)
{
    const QList<std::pair<const char *, const char *>> all = {
        {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
        {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
        {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
        {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
        {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
        {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
        {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
        {"xlink", "http://www.w3.org/1999/xlink"},
        {"dc", "http://purl.org/dc/elements/1.1/"},
        {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    };
    for (const auto &[prefix, uri] : all)
        w.writeAttribute(QStringLiteral("xmlns:") + QLatin1String(prefix), QLatin1String(uri));
    w.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
}

void paragraphStyle(QXmlStreamWriter &w, const QString &name, const QString &display,
                    const QString &parent, double points, bool bold, int outline = 0,
                    const QString &colour = {})
{
    w.writeStartElement(QStringLiteral("style:style"));
    w.writeAttribute(QStringLiteral("style:name"), name);
    w.writeAttribute(QStringLiteral("style:display-name"), display);
    w.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    if (!parent.isEmpty())
        w.writeAttribute(QStringLiteral("style:parent-style-name"), parent);
    if (outline > 0) {
        w.writeAttribute(QStringLiteral("style:default-outline-level"), QString::number(outline));
        w.writeAttribute(QStringLiteral("style:next-style-name"), QStringLiteral("Standard"));
    }
    w.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    w.writeAttribute(QStringLiteral("fo:margin-top"),
                     outline > 0 ? QStringLiteral("0.4cm") : QStringLiteral("0cm"));
    w.writeAttribute(QStringLiteral("fo:margin-bottom"),
                     outline > 0 ? QStringLiteral("0.2cm") : QStringLiteral("0.15cm"));
    if (outline > 0)
        w.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
    w.writeEmptyElement(QStringLiteral("style:text-properties"));
    w.writeAttribute(QStringLiteral("fo:font-size"),
                     QString::number(points) + QStringLiteral("pt"));
    if (bold)
        w.writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
    if (!colour.isEmpty())
        w.writeAttribute(QStringLiteral("fo:color"), colour);
    w.writeEndElement();
}

QByteArray stylesXml()
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("office:document-styles"));
    namespaces(w);
    w.writeStartElement(QStringLiteral("office:font-face-decls"));
    w.writeEmptyElement(QStringLiteral("style:font-face"));
    w.writeAttribute(QStringLiteral("style:name"), QStringLiteral("DejaVu Sans"));
    w.writeAttribute(QStringLiteral("svg:font-family"), QStringLiteral("'DejaVu Sans'"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("office:styles"));
    w.writeStartElement(QStringLiteral("style:default-style"));
    w.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    w.writeEmptyElement(QStringLiteral("style:text-properties"));
    w.writeAttribute(QStringLiteral("style:font-name"), QStringLiteral("DejaVu Sans"));
    w.writeAttribute(QStringLiteral("fo:font-size"), QStringLiteral("10pt"));
    w.writeAttribute(QStringLiteral("fo:language"), QStringLiteral("en"));
    w.writeAttribute(QStringLiteral("fo:country"), QStringLiteral("GB"));
    w.writeEndElement();
    paragraphStyle(w, QStringLiteral("Standard"), QStringLiteral("Default Paragraph Style"), {}, 10,
                   false);
    paragraphStyle(w, QStringLiteral("Heading"), QStringLiteral("Heading"),
                   QStringLiteral("Standard"), 12, true);
    paragraphStyle(w, QStringLiteral("Heading_20_1"), QStringLiteral("Heading 1"),
                   QStringLiteral("Heading"), 18, true, 1);
    paragraphStyle(w, QStringLiteral("Heading_20_2"), QStringLiteral("Heading 2"),
                   QStringLiteral("Heading"), 14, true, 2, QStringLiteral("#1e63b4"));
    paragraphStyle(w, QStringLiteral("Heading_20_3"), QStringLiteral("Heading 3"),
                   QStringLiteral("Heading"), 11, true, 3);
    paragraphStyle(w, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"),
                   QStringLiteral("Standard"), 9, false);
    paragraphStyle(w, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"),
                   QStringLiteral("Table_20_Contents"), 9, true);
    w.writeEndElement(); // styles
    // A4 with the margins of the printed pack.
    w.writeStartElement(QStringLiteral("office:automatic-styles"));
    w.writeStartElement(QStringLiteral("style:page-layout"));
    w.writeAttribute(QStringLiteral("style:name"), QStringLiteral("A4"));
    w.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
    w.writeAttribute(QStringLiteral("fo:page-width"), QStringLiteral("21cm"));
    w.writeAttribute(QStringLiteral("fo:page-height"), QStringLiteral("29.7cm"));
    w.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("1.6cm"));
    w.writeAttribute(QStringLiteral("fo:margin-bottom"), QStringLiteral("1.4cm"));
    w.writeAttribute(QStringLiteral("fo:margin-left"), QStringLiteral("1.8cm"));
    w.writeAttribute(QStringLiteral("fo:margin-right"), QStringLiteral("1.8cm"));
    w.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("office:master-styles"));
    w.writeEmptyElement(QStringLiteral("style:master-page"));
    w.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    w.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("A4"));
    w.writeEndElement();
    w.writeEndElement(); // document-styles
    w.writeEndDocument();
    return out;
}

QByteArray metaXml(const Metadata &m)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("office:document-meta"));
    namespaces(w);
    w.writeStartElement(QStringLiteral("office:meta"));
    w.writeTextElement(QStringLiteral("meta:generator"),
                       QStringLiteral("Children's Services Improvement Tracker"));
    w.writeTextElement(QStringLiteral("dc:title"), m.title);
    w.writeTextElement(QStringLiteral("dc:subject"), m.subject);
    w.writeTextElement(QStringLiteral("dc:description"), m.description);
    w.writeTextElement(QStringLiteral("meta:initial-creator"), m.author);
    w.writeTextElement(QStringLiteral("dc:creator"), m.author);
    w.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("en-GB"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray manifestXml(const QStringList &pictures)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("manifest:manifest"));
    w.writeAttribute(QStringLiteral("xmlns:manifest"),
                     QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    w.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
    auto entry = [&w](const QString &path, const QString &type) {
        w.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        w.writeAttribute(QStringLiteral("manifest:full-path"), path);
        w.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    entry(QStringLiteral("/"), mimeType);
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const QString &p : pictures)
        entry(p, QStringLiteral("image/png"));
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace

QByteArray write(const QTextDocument &document, const Metadata &metadata)
{
    ZipArchive zip;
    // The first entry, uncompressed and unpadded, tells a reader what the file is.
    zip.add(QStringLiteral("mimetype"), mimeType.toLatin1());
    QStringList pictures;
    Styles styles;
    const QByteArray body = Body(document, zip, pictures).write(styles);

    QByteArray content;
    QXmlStreamWriter w(&content);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("office:document-content"));
    namespaces(w);
    styles.write(w);
    w.writeStartElement(QStringLiteral("office:body"));
    w.writeStartElement(QStringLiteral("office:text"));
    w.writeCharacters(QString()); // closes the start tag, so the body can follow as it is
    w.setDevice(nullptr);
    content.append(body);
    content.append("</office:text></office:body></office:document-content>\n");

    zip.add(QStringLiteral("content.xml"), content);
    zip.add(QStringLiteral("styles.xml"), stylesXml());
    zip.add(QStringLiteral("meta.xml"), metaXml(metadata));
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml(pictures));
    return zip.bytes();
}

} // namespace OpenDocumentText
