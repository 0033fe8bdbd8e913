#include "reports/reportfile.h"

#include "reports/authoritymatcher.h"
#include "reports/ofstedreportparser.h"
#include "reports/pdftextextractor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportFile", text);
}

} // namespace

ReportFile ReportFile::read(const QString &path, const AuthorityMatcher &matcher)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReportFile r;
        r.path = path;
        r.fileName = QFileInfo(path).fileName();
        r.refusal = tr("cannot be opened: %1").arg(file.errorString());
        return r;
    }
    return fromBytes(path, file.readAll(), matcher);
}

ReportFile ReportFile::fromBytes(const QString &path, const QByteArray &bytes,
                                 const AuthorityMatcher &matcher)
{
    ReportFile r;
    r.path = path;
    r.fileName = QFileInfo(path).fileName();
    r.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const Result<QString> text = PdfTextExtractor::extract(bytes);
    if (!text.ok()) {
        r.refusal = text.error();
        return r;
    }
    r.reading = OfstedReportParser::parse(text.value());
    const QDate day = r.reading.start.value_or(r.reading.published.value_or(QDate()));
    r.authority = matcher.match(r.reading.authorityText, day);
    if (!r.reading.ok()) {
        r.refusal = r.reading.refusal;
        return r;
    }
    if (!r.authority) {
        r.refusal = r.reading.authorityText.isEmpty()
                        ? tr("no local authority named on the first page")
                        : tr("authority not recognised (\"%1\")").arg(r.reading.authorityText);
    }
    return r;
}
