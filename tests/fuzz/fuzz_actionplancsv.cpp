// libFuzzer: the action-plan CSV import, fed any bytes.
#include "actions/actionplancsv.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Recommendation r;
    r.id = 1;
    r.number = 1;
    r.text = QStringLiteral("Improve the quality of plans");
    // Impact measures are read by indicator key: two keys known, the rest refused.
    const QHash<QString, qint64> keys = {{QStringLiteral("cla_rate"), 1},
                                         {QStringLiteral("cpp_rate"), 2}};
    const ActionPlanCsv::Parsed parsed =
        ActionPlanCsv::read(&buffer, {r}, QDate(2026, 11, 24), keys);
    // Every problem names a row inside the file.
    for (const auto &p : parsed.problems) {
        if (p.row < 1 || p.message().isEmpty())
            __builtin_trap();
    }
    // Every measure read is one the store would take.
    for (const auto &a : parsed.actions) {
        for (const ImpactMeasure &m : a.action.measures.value_or(QList<ImpactMeasure>())) {
            if (!ImpactMeasures::validate(m).ok() || !keys.values().contains(m.indicatorId))
                __builtin_trap();
        }
    }
    return 0;
}
