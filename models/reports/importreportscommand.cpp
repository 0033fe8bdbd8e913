#include "reports/importreportscommand.h"

#include "reports/reportimport.h"
#include "store/store.h"

#include <QCoreApplication>

ImportReportsCommand::ImportReportsCommand(Store &store, const QList<ReportFile> &files,
                                           bool replaceHandTyped)
    : m_store(store)
{
    setText(files.size() == 1
                ? QCoreApplication::translate("ImportReportsCommand", "Import an Ofsted report")
                : QCoreApplication::translate("ImportReportsCommand", "Import %1 Ofsted reports")
                      .arg(files.size()));
    const Status status = m_store.transaction([&]() -> Status {
        for (const ReportFile &file : files) {
            Item item;
            if (const std::optional<ReportImport::Existing> held =
                    ReportImport::existing(m_store, file))
                item.before = m_store.judgements().snapshot(held->inspectionId);
            const Result<qint64> id = ReportImport::save(m_store, file, replaceHandTyped);
            if (!id.ok())
                return Status::failure(QStringLiteral("%1: %2").arg(file.fileName, id.error()));
            item.after = m_store.judgements().snapshot(id.value());
            m_items.append(item);
        }
        return {};
    });
    if (!status.ok())
        m_items.clear();
    saved(status);
}

QList<qint64> ImportReportsCommand::inspectionIds() const
{
    QList<qint64> ids;
    for (const Item &item : m_items) {
        if (item.after)
            ids.append(item.after->record.inspection.id);
    }
    return ids;
}

Status ImportReportsCommand::revert()
{
    return m_store.transaction([this]() -> Status {
        for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
            const Status one =
                it->before ? m_store.judgements().restore(*it->before)
                           : m_store.judgements().removeInspection(it->after->record.inspection.id);
            if (!one.ok())
                return one;
        }
        return {};
    });
}

Status ImportReportsCommand::apply()
{
    return m_store.transaction([this]() -> Status {
        for (const Item &item : m_items) {
            const Status one = m_store.judgements().restore(*item.after);
            if (!one.ok())
                return one;
        }
        return {};
    });
}
