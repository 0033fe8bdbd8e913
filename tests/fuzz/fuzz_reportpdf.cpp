// libFuzzer: reading a PDF's text with positions and then its report, fed any bytes.
#include "reports/ofstedreportparser.h"
#include "reports/pdftextextractor.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray pdf(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QString> text = PdfTextExtractor::extract(pdf);
    if (text.ok())
        (void)OfstedReportParser::parse(text.value());
    return 0;
}
