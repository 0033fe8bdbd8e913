// libFuzzer: the text layer of the Ofsted report reader (framework, dates, grades,
// recommendations), fed any text.
#include "reports/ofstedreportparser.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReportReading reading = OfstedReportParser::parse(text);
    (void)reading;
    return 0;
}
