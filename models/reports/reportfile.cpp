#include "reports/reportfile.h"

#include "reports/authoritymatcher.h"
#include "reports/ofstedreportparser.h"
#include "reports/pdftextextractor.h"
#include "reports/reportdates.h"
#include "reports/reportimport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportFile", text);
}

void dropReview(QList<ReportFile::Review> &reviews, const QString &field)
{
    reviews.removeIf([&field](const ReportFile::Review &r) { return r.field == field; });
}

// The grades the framework did not grade on the day the inspection began.
QList<int> gradesOutOfFramework(const ReportFile &file)
{
    const InspectionRecord record = ReportImport::recordOf(file);
    QList<int> out;
    for (int k = 0; k < record.judgements.size(); ++k) {
        if (!JudgementAreas::isValidFor(record.judgements.at(k).area, record.inspection.framework,
                                        record.inspection.timelineDate()))
            out.append(k);
    }
    return out;
}

void checkGrades(ReportFile &file)
{
    dropReview(file.reviews, QStringLiteral("grades"));
    if (!file.reading.start)
        return; // which areas were graded depends on the day
    const InspectionRecord record = ReportImport::recordOf(file);
    for (int k : gradesOutOfFramework(file)) {
        const ReadGrade &g = file.reading.grades.at(k);
        file.reviews.append(
            {QStringLiteral("grades"),
             tr("page %1 grades \"%2\" (%3), an area the %4 did not grade on %5")
                 .arg(g.place.page)
                 .arg(g.areaTitle, Grades::title(g.grade).toLower(),
                      Frameworks::title(record.inspection.framework),
                      QLocale().toString(*file.reading.start, QStringLiteral("d MMMM yyyy")))});
    }
}

} // namespace

QString ReportFile::reviewFields() const
{
    QStringList fields;
    for (const Review &r : reviews) {
        if (!fields.contains(r.field))
            fields << r.field;
    }
    return fields.join(QStringLiteral(", "));
}

void ReportFile::chooseAuthority(const Authority &chosen)
{
    authority = chosen;
    dropReview(reviews, QStringLiteral("authority"));
}

bool ReportFile::setDates(const QString &text)
{
    std::optional<ReportDates::Range> range = ReportDates::range(text);
    if (!range) {
        const QStringList iso = text.split(QStringLiteral(" to "));
        const QDate from = QDate::fromString(iso.value(0).trimmed(), Qt::ISODate);
        const QDate to = QDate::fromString(iso.value(iso.size() - 1).trimmed(), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return false;
        range = ReportDates::Range{from, to};
    }
    if (range->end < range->start)
        return false;
    reading.start = range->start;
    reading.end = range->end;
    reading.datesPlace = {};
    dropReview(reviews, QStringLiteral("dates"));
    checkGrades(*this); // the areas graded depend on the day
    return true;
}

void ReportFile::acceptGrades()
{
    const InspectionRecord record = ReportImport::recordOf(*this);
    const QList<JudgementArea> valid =
        JudgementAreas::validFor(record.inspection.framework, record.inspection.timelineDate());
    const QList<int> out = gradesOutOfFramework(*this);
    for (auto k = out.crbegin(); k != out.crend(); ++k) {
        ReadGrade &g = reading.grades[*k];
        std::optional<JudgementArea> instead;
        for (JudgementArea area : valid) {
            bool shares = false;
            for (AreaRow row : JudgementAreas::rowsFor(area))
                shares = shares || JudgementAreas::rowsFor(g.area).contains(row);
            if (shares && !reading.grade(area))
                instead = area;
        }
        if (instead)
            g.area = *instead;
        else
            reading.grades.removeAt(*k);
    }
    dropReview(reviews, QStringLiteral("grades"));
}

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
    AuthorityMatcher::Found found = matcher.find(r.reading.authorityText, day);
    if (!found.authority && found.tied.isEmpty()) {
        // A title that names no authority: the one the report's opening pages name most.
        found = matcher.mostNamed(r.reading.opening, day);
    }
    r.authority = found.authority;
    if (!r.reading.ok()) {
        r.refusal = r.reading.refusal;
        return r;
    }
    if (!r.reading.start) {
        r.reviews.append({QStringLiteral("dates"), tr("no dates of the inspection on site found")});
    }
    if (!r.authority) {
        const QString named = r.reading.authorityText.isEmpty()
                                  ? tr("the first page names no authority")
                                  : tr("named as \"%1\"").arg(r.reading.authorityText);
        r.reviews.append(
            {QStringLiteral("authority"),
             found.tied.isEmpty()
                 ? tr("%1, which matches no authority").arg(named)
                 : tr("%1, which names %2 equally").arg(named, found.tied.join(tr(" and ")))});
    }
    checkGrades(r);
    return r;
}
