#include "reports/pdftextextractor.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfTextExtractor", text);
}

using ReadText = int (*)(const QByteArray &pdf, QString &text);

struct Reader
{
    ReadText read = nullptr;
    QString problem; // why it could not be loaded
};

// The module is looked for beside the program as installed (bin/../lib/cstracker), then
// where the build put it, for the programs of the build tree (tests, benchmarks, fuzzers).
Reader load()
{
    const QString program = QCoreApplication::instance()
                                ? QCoreApplication::applicationDirPath()
                                : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QStringList places = {program + QStringLiteral("/../lib/cstracker/") +
                                    QStringLiteral(CSTRACKER_PDFTEXT_FILE),
                                QStringLiteral(CSTRACKER_PDFTEXT_BUILT)};
    Reader reader;
    for (const QString &place : places) {
        if (!QFileInfo::exists(place))
            continue;
        QLibrary library(place); // stays loaded: a QLibrary unloads only when told
        if (!library.load()) {
            reader.problem = library.errorString();
            continue;
        }
        reader.read = reinterpret_cast<ReadText>(library.resolve("cstracker_pdf_text_v1"));
        if (reader.read)
            return reader;
        reader.problem = tr("%1 is not this version's PDF reader").arg(place);
    }
    if (reader.problem.isEmpty())
        reader.problem = tr("%1 is not installed").arg(QStringLiteral(CSTRACKER_PDFTEXT_FILE));
    return reader;
}

} // namespace

namespace PdfTextExtractor {

Result<QString> extract(const QByteArray &pdf)
{
    const QByteArray head = pdf.left(1024);
    if (!head.contains("%PDF-")) {
        const QByteArray lower = head.toLower();
        if (lower.contains("<html") || lower.contains("<!doctype"))
            return Result<QString>::failure(tr("not a PDF (an HTML page saved with a .pdf name)"));
        return Result<QString>::failure(tr("not a PDF"));
    }
    static const Reader reader = load(); // once, whichever thread reads first
    if (!reader.read)
        return Result<QString>::failure(
            tr("the program's PDF reader cannot be loaded (%1); reinstalling the program "
               "should mend it")
                .arg(reader.problem));
    QString text;
    switch (reader.read(pdf, text)) {
    case 0:
        break;
    case 2:
        return Result<QString>::failure(tr("a password-protected PDF"));
    default:
        return Result<QString>::failure(tr("a damaged PDF that cannot be read"));
    }
    if (text.trimmed().isEmpty())
        return Result<QString>::failure(tr("a PDF with no text (a scan?)"));
    return text;
}

} // namespace PdfTextExtractor
