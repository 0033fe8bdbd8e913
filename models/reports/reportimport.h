#pragma once

#include "judgements/inspectionrecord.h"
#include "reports/reportfile.h"
#include "store/result.h"

#include <QStringList>

#include <optional>

class Store;

// Turns a report that was read into the inspection it records, and saves it: the same
// inspection (same authority and first day on site) imported twice is updated, never
// duplicated; values typed by hand are replaced only when the caller says so.
namespace ReportImport {

// The inspection, its grades and recommendations, without sources or ids.
InspectionRecord recordOf(const ReportFile &file);
// Why a read report cannot be saved as it stands (blank when it can).
QString check(const ReportFile &file);

// What the database already holds for the inspection a report describes.
struct Existing
{
    qint64 inspectionId = 0;
    QStringList differences; // "Overall effectiveness: good, report says inadequate"
    QStringList handTyped;   // the differences that would replace values typed by hand
};
std::optional<Existing> existing(const Store &store, const ReportFile &file);

// Saves one report in one transaction, with a document for the file (name and SHA-256)
// and a source (page and words) for every value. Returns the inspection's id.
Result<qint64> save(Store &store, const ReportFile &file, bool replaceHandTyped);
// The same, for scripts that need no id.
Status saveOne(Store &store, const ReportFile &file, bool replaceHandTyped);

} // namespace ReportImport
