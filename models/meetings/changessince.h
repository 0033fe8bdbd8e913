#pragma once

#include "store/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Store;

// What changed for an authority between two meetings, in words a board reads: inspections
// and visits, recommendations closed or superseded, actions completed or fallen overdue,
// RAG moves from the dated update history, and the figures recorded since, each with
// whether it moved toward its target. The same words go in the board pack and the Overview.
class ChangesSince
{
    Q_DECLARE_TR_FUNCTIONS(ChangesSince)
public:
    struct Item
    {
        QString text;
        bool attention = false; // worse news: overdue, a move to red, a figure moving away
    };
    struct Part
    {
        QString heading; // "Inspections and visits"
        QList<Item> items;
        QString none;  // said when it has no items: "No inspection or visit."
        QString count; // how many, in words: "2 actions completed"
    };

    // After `since`, up to and including `until`.
    static ChangesSince between(const Store &store, qint64 authorityId, const QDate &since,
                                const QDate &until);
    // A since date on or before the meeting's; says which is wrong when not.
    static Status checkDates(const QDate &since, const QDate &until);

    QDate since() const { return m_since; }
    QDate until() const { return m_until; }
    const QList<Part> &parts() const { return m_parts; }
    // "Since the meeting of 17 September 2026: 2 inspections..." in one line, for a cover.
    QString headline() const;
    // Every part as headings and lists, for the board pack and the window; no heading of
    // its own when `heading` is empty.
    // `compact` for a window's side box: parts in bold text rather than headings.
    QString html(const QString &heading, bool compact = false) const;

private:
    QDate m_since;
    QDate m_until;
    QList<Part> m_parts;
};
