#pragma once

#include "store/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QTextDocument;
class Store;
struct Authority;

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
        // Opens with what changed after this date, up to the meeting's (the last meeting's
        // date, usually); none for a pack without that section.
        std::optional<QDate> since;
    };

    BoardPack(const Store &store, Request request);

    // Checks the request: an authority that exists, a meeting name, indicators that exist,
    // and a date since that is not after the meeting's.
    Status validate() const;
    int pageCount() const;
    // Draws every page on a PDF writer or a printer.
    Status render(QPagedPaintDevice &device) const;
    // Writes the PDF; never replaces a file unless `overwrite`.
    Status writePdf(const QString &fileName, bool overwrite) const;
    // Writes an OpenDocument text file (.odt) for the council's own committee template.
    Status writeOdt(const QString &fileName, bool overwrite) const;
    // A PDF or an OpenDocument file, by the name's ending; any other ending is refused.
    Status write(const QString &fileName, bool overwrite) const;
    // The pack as one flowing document: real headings, tables as tables, and each chart
    // as a picture carrying its alternative text, followed by its figures.
    void fillDocument(QTextDocument &document) const;

    // Who the pack is by and what it is about, for the files' metadata.
    QString title() const;
    QString author() const;
    QString subject() const;

    // Each of an authority's impact measures with where it stands, in the action plan's
    // order; blank when it has none.
    QString measuresHtml(qint64 id) const;
    // The evidence behind each action, and any file moved or changed since it was attached;
    // blank when there is none.
    QString evidenceHtml(qint64 id) const;
    // What changed between the date since and the meeting; blank without a date since.
    QString sinceHtml(qint64 id) const;

private:
    struct Page;
    struct Chart;
    QList<Chart> charts() const;
    // The appendix of the PDF: each chart's alternative text and figures, in words.
    void describeCharts(QTextDocument &document) const;
    Status checkTarget(const QString &fileName, bool overwrite) const;
    QList<Page> pages() const;
    // "; England 71; East Midlands 66; ...; rank 8 of 150 among authorities, quartile A"
    QString benchmarkLine(qint64 indicatorId) const;
    // The words of each part, as HTML: the same in the PDF and the OpenDocument file.
    QString coverHtml(const Authority &authority) const;
    QString judgementsHtml(qint64 id) const;
    QString historyHtml(qint64 id) const;
    QString exceptionsHtml(qint64 id) const;
    QString indicatorHtml(qint64 id, qint64 indicatorId) const;
    QString sourcesHtml(qint64 id) const;

    const Store &m_store;
    Request m_request;
};
