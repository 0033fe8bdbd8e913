#pragma once

#include "reports/reportreading.h"

#include <QString>

// Reads an Ofsted report on a local authority's children's services from its text, as
// PdfTextExtractor gives it (pages split by form feeds, table cells by tabs): which
// framework, the authority as named, the dates, the lead inspector, every graded area and
// the recommendations. It reads layouts, not particular reports: area titles that wrap,
// grades printed above, beside or below their titles, grades split over lines, a missing
// judgement table (the grades are then read from the section headings).
namespace OfstedReportParser {

ReportReading parse(const QString &text);

} // namespace OfstedReportParser
