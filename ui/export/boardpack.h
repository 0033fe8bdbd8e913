#pragma once

#include "store/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class Store;

// A multi-page A4 pack for a board meeting: a cover, the judgements with the grade chart,
// the action plan with its RAG charts and exceptions (red, overdue, recommendations with
// no action), the chosen indicators each with its latest figure and the user's
// commentary, and the sources. Every page is numbered and dated.
class BoardPack
{
public:
    struct Request
    {
        qint64 authorityId = 0;
        QString meeting; // "Health and Wellbeing Board"
        QDate meetingDate;
        bool judgements = true;
        bool actionPlan = true;
        QList<qint64> indicators;
        QHash<qint64, QString> commentary; // indicator id -> text
        QDate drawnOn = QDate::currentDate();
    };

    BoardPack(const Store &store, Request request);

    // Checks the request: an authority that exists, a meeting name, indicators that exist.
    Status validate() const;
    int pageCount() const;
    // Draws every page on a PDF writer or a printer.
    Status render(QPagedPaintDevice &device) const;
    // Writes the PDF; never replaces a file unless `overwrite`.
    Status writePdf(const QString &fileName, bool overwrite) const;

private:
    struct Page;
    QList<Page> pages() const;
    // "; England 71; East Midlands 66; ...; rank 8 of 150 among authorities, quartile A"
    QString benchmarkLine(qint64 indicatorId) const;

    const Store &m_store;
    Request m_request;
};
