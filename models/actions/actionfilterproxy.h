#pragma once

#include "actions/rag.h"

#include <QSortFilterProxyModel>

#include <optional>

// Filters and sorts an ActionTableModel: by plan, recommendation, status, RAG, lead
// officer, overdue, and words anywhere in the action or its latest note.
class ActionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActionFilterProxy(QObject *parent = nullptr);

    void setPlan(qint64 planId);                     // 0: every plan
    void setRecommendation(qint64 recommendationId); // 0: any
    void setStatus(std::optional<ActionStatus> status);
    // A RAG, or "no update yet" with noUpdate = true.
    void setRag(std::optional<Rag> rag, bool noUpdate = false);
    void setLeadOfficer(const QString &officer); // empty: anyone
    void setOverdueOnly(bool overdueOnly);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_plan = 0;
    qint64 m_recommendation = 0;
    std::optional<ActionStatus> m_status;
    std::optional<Rag> m_rag;
    bool m_noUpdate = false;
    QString m_officer;
    bool m_overdueOnly = false;
    QString m_text;
};
