#pragma once

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

// Writes a QTextDocument as an OpenDocument text file (.odt), which Word and LibreOffice
// open and a council restyles in its own committee template. Qt's own ODF writer makes
// every heading a plain paragraph and drops images' alternative text; this one keeps
// headings as headings (Heading 1 to 3, with outline levels), lists as lists, tables as
// tables with a header row, and each image with its title and description.
namespace OpenDocumentText {

// Set on a QTextImageFormat: the image's short title and its full alternative text.
constexpr int imageTitleProperty = 0x100000 + 1;       // QTextFormat::UserProperty + 1
constexpr int imageDescriptionProperty = 0x100000 + 2; // QTextFormat::UserProperty + 2

struct Metadata
{
    QString title;
    QString author;
    QString subject;
    QString description;
};

QByteArray write(const QTextDocument &document, const Metadata &metadata);

} // namespace OpenDocumentText
