#include "export/boardpack.h"

#include "charts/chartcatalog.h"
#include "charts/charttable.h"
#include "export/chartexport.h"
#include "export/opendocumenttext.h"
#include "export/packdocument.h"

#include "actions/actionplanstore.h"
#include "actions/evidencemodel.h"
#include "actions/measureprogressmodel.h"
#include "authorities/authoritystore.h"
#include "files/atomicfile.h"
#include "indicators/indicatorbenchmarkmodel.h"
#include "indicators/indicatorstore.h"
#include "judgements/judgementstore.h"
#include "meetings/changessince.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <functional>
#include <memory>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("BoardPack", text, nullptr, n);
}

QString longDate(const QDate &d)
{
    return d.toString(QStringLiteral("d MMMM yyyy"));
}

// Draws HTML into a rectangle at the printed point size, whatever the device resolution.
double drawHtml(QPainter &p, const QRectF &rect, const QString &html, double pointSize = 10)
{
    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"));
    // Fonts in points scale with the device; the document's width is in device units.
    font.setPointSizeF(pointSize);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(PackDocument::styleSheet());
    doc.setHtml(html);
    const double scale = p.device()->logicalDpiX() / 96.0;
    doc.setTextWidth(rect.width() / scale);
    p.save();
    p.translate(rect.topLeft());
    p.scale(scale, scale);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, 0, rect.width() / scale, rect.height() / scale);
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&p, context);
    p.restore();
    return doc.size().height() * scale;
}

// The body of a page in the device-independent units drawHtml lays out in (A4 less the
// margins and the footer that render() uses), so a long section can be split into pages
// before any device exists.
QSizeF bodySize()
{
    const double mm = 96 / 25.4;
    return {(210 - 36) * mm, (297 - 30) * 0.96 * mm};
}

// Lays `html` out on as many pages as it needs, never splitting a line between two, and
// returns one drawing for each page.
QList<std::function<void(QPainter &, const QRectF &)>> flowHtml(const QString &html,
                                                                double pointSize)
{
    auto doc = std::make_shared<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(PackDocument::styleSheet());
    doc->setHtml(html);
    const QSizeF size = bodySize();
    doc->setPageSize(size);
    QList<std::function<void(QPainter &, const QRectF &)>> pages;
    for (int n = 0; n < doc->pageCount(); ++n) {
        pages.append([doc, n, size](QPainter &p, const QRectF &rect) {
            const double scale = p.device()->logicalDpiX() / 96.0;
            p.save();
            p.translate(rect.topLeft());
            p.scale(scale, scale);
            p.translate(0, -n * size.height());
            const QRectF page(0, n * size.height(), size.width(), size.height());
            p.setClipRect(page, Qt::IntersectClip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = page;
            context.palette.setColor(QPalette::Text, Qt::black);
            doc->documentLayout()->draw(&p, context);
            p.restore();
        });
    }
    return pages;
}

QString gradeCell(Grade g)
{
    return QStringLiteral("<td style=\"background:%1; color:%2\"><b>%3</b></td>")
        .arg(Grades::colour(g).name(), Grades::textColour(g).name(), Grades::shortTitle(g));
}

// The PDF's title, author and subject, where PDF readers and document managers look for
// them (XMP, as PDF/A keeps them).
QByteArray xmpMetadata(const QString &title, const QString &author, const QString &subject)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const QString xml =
        QStringLiteral(
            "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
            "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
            "</dc:description>\n"
            "<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>\n"
            "<pdf:Producer>Children's Services Improvement Tracker</pdf:Producer>\n"
            "<xmp:CreatorTool>Children's Services Improvement Tracker</xmp:CreatorTool>\n"
            "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
            .arg(esc(title), esc(author), esc(subject));
    return xml.toUtf8();
}

} // namespace

struct BoardPack::Chart
{
    QString section; // the heading it follows in the document
    std::function<QChart *()> make;
};

struct BoardPack::Page
{
    QString heading;
    std::function<void(QPainter &, const QRectF &)> draw;
};

BoardPack::BoardPack(const Store &store, Request request)
    : m_store(store)
    , m_request(std::move(request))
{
}

QString BoardPack::benchmarkLine(qint64 indicatorId) const
{
    IndicatorBenchmarkModel rows(m_store);
    rows.setLatestOnly(true);
    rows.setSelection(m_request.authorityId, indicatorId);
    const int last = rows.rowCount() - 1;
    if (last < 0)
        return {};
    QStringList parts;
    for (int column :
         {IndicatorBenchmarkModel::NationalColumn, IndicatorBenchmarkModel::RegionColumn,
          IndicatorBenchmarkModel::NeighboursColumn}) {
        const QString figure = rows.index(last, column).data().toString();
        if (!figure.isEmpty())
            parts << QStringLiteral("%1 %2").arg(rows.headerData(column, Qt::Horizontal).toString(),
                                                 figure);
    }
    const QString rank = rows.index(last, IndicatorBenchmarkModel::RankColumn).data().toString();
    if (!rank.isEmpty())
        parts << tr("rank %1 among authorities, quartile %2")
                     .arg(rank, rows.index(last, IndicatorBenchmarkModel::QuartileColumn)
                                    .data()
                                    .toString());
    return parts.isEmpty() ? QString() : QStringLiteral("; ") + parts.join(QStringLiteral("; "));
}

QString BoardPack::coverHtml(const Authority &authority) const
{
    QString html = tr("<p class=\"muted\">Children's services improvement</p>"
                      "<h1>%1</h1><h2>%2, %3</h2>")
                       .arg(authority.name.toHtmlEscaped(), m_request.meeting.toHtmlEscaped(),
                            longDate(m_request.meetingDate));
    html += tr("<p>Data drawn on %1 from the improvement tracker.</p>")
                .arg(longDate(m_request.drawnOn));
    if (authority.synthetic) {
        html += tr("<p style=\"background:#fff4ce\"><b>Synthetic demonstration data.</b> This is "
                   "not a real authority; its figures are generated.</p>");
    }
    html += tr("<h3>Contents</h3><ol>");
    if (m_request.since)
        html += tr("<li>Since the last meeting, on %1</li>").arg(longDate(*m_request.since));
    if (m_request.judgements)
        html += tr("<li>Ofsted judgements and how they moved</li>");
    if (m_request.actionPlan)
        html += tr("<li>Action plan: progress and exceptions</li>");
    if (!m_request.indicators.isEmpty())
        html += tr("<li>Key indicators (%n)</li>", int(m_request.indicators.size()));
    html += tr("<li>Sources</li><li>The charts described, with their figures</li></ol>");
    return html;
}

QString BoardPack::judgementsHtml(qint64 id) const
{
    const Inspection *latest = nullptr;
    const QList<Inspection> inspections = m_store.judgements().inspections(id);
    for (const Inspection &i : inspections) {
        if (i.isGraded())
            latest = &i;
    }
    QString html = tr("<h2>Ofsted judgements</h2>");
    if (!latest)
        return html + tr("<p>No graded inspection is recorded.</p>");
    html += tr("<p>Latest graded inspection: <b>%1</b>, %2.</p><table>")
                .arg(Frameworks::title(latest->framework).toHtmlEscaped(),
                     latest->datesText().toHtmlEscaped());
    for (const Judgement &j : m_store.judgements().judgements(latest->id))
        html += QStringLiteral("<tr><td>%1</td>%2</tr>")
                    .arg(j.areaTitle.toHtmlEscaped(), gradeCell(j.grade));
    return html + QStringLiteral("</table>");
}

QString BoardPack::historyHtml(qint64 id) const
{
    QString history = tr("<h3>Inspections and visits</h3><table>");
    for (const Inspection &i : m_store.judgements().inspections(id)) {
        QString overall =
            i.isGraded() ? tr("<td>no overall grade</td>") : tr("<td>not graded</td>");
        for (const Judgement &j : m_store.judgements().judgements(i.id)) {
            if (j.area == JudgementArea::Overall)
                overall = gradeCell(j.grade);
        }
        history += QStringLiteral("<tr><td>%1</td><td>%2</td>%3<td>%4</td></tr>")
                       .arg(i.datesText().toHtmlEscaped(),
                            Frameworks::shortTitle(i.framework).toHtmlEscaped(), overall,
                            i.theme.toHtmlEscaped());
    }
    return history + QStringLiteral("</table>");
}

QString BoardPack::exceptionsHtml(qint64 id) const
{
    const QDate today = m_request.drawnOn;
    QStringList red;
    QStringList overdue;
    for (const ActionRow &row : m_store.actionPlans().actionRows(id)) {
        const QString line =
            QStringLiteral("<li><b>%1</b> (%2; due %3)</li>")
                .arg(row.action.title.toHtmlEscaped(), row.action.leadOfficer.toHtmlEscaped(),
                     row.action.dueDate ? longDate(*row.action.dueDate) : tr("no date"));
        if (ActionRules::currentRag(row) == Rag::Red)
            red << line;
        if (ActionRules::isOverdue(row, today))
            overdue << line;
    }
    // Closed and superseded recommendations are no exception: they are counted, not listed.
    QStringList uncovered;
    int closed = 0;
    int superseded = 0;
    for (const ActionPlanStore::Coverage &c : m_store.actionPlans().coverage(id)) {
        closed += c.state == RecommendationState::Closed;
        superseded += c.state == RecommendationState::Superseded;
        if (c.state == RecommendationState::Open)
            uncovered << QStringLiteral("<li>%1 %2: %3</li>")
                             .arg(c.inspection.toHtmlEscaped())
                             .arg(c.recommendation.number)
                             .arg(c.recommendation.text.toHtmlEscaped());
    }
    auto list = [](const QStringList &items) {
        return items.isEmpty() ? tr("<p>None.</p>")
                               : QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
    };
    QString html = tr("<h2>Exceptions for the board</h2>");
    html += tr("<h3>Red: off track (%1)</h3>").arg(red.size()) + list(red);
    html +=
        tr("<h3>Overdue at %1 (%2)</h3>").arg(longDate(today)).arg(overdue.size()) + list(overdue);
    html += tr("<h3>Recommendations no action answers (%1)</h3>").arg(uncovered.size()) +
            list(uncovered);
    if (closed + superseded > 0)
        html += tr("<p>Not listed: %1 closed, and %2 superseded by a later inspection.</p>")
                    .arg(closed)
                    .arg(superseded);
    return html;
}

QString BoardPack::measuresHtml(qint64 id) const
{
    const QHash<qint64, QList<ImpactMeasure>> byAction = m_store.actionPlans().measuresByAction(id);
    const QHash<qint64, QList<ImpactMeasure>> byPlan = m_store.actionPlans().measuresByPlan(id);
    if (byAction.isEmpty() && byPlan.isEmpty())
        return {};
    // Each plan's own measures first, then its actions' in the action plan's order; where each
    // stands in words, so it reads in grey too.
    QString rows;
    int off = 0;
    int count = 0;
    auto addRow = [&](const QString &owner, const ImpactMeasure &m) {
        const MeasureProgressModel::Row r =
            MeasureProgressModel::rowOf(m, m_store.indicators(), id);
        ++count;
        off += r.progress.state == MeasureProgress::State::OffTrack;
        const QString latest =
            r.progress.latest ? tr("%1 at %2")
                                    .arg(r.indicator.formatValue(*r.progress.latest),
                                         r.progress.latestOn.toString(QStringLiteral("d MMM yyyy")))
                              : tr("none yet");
        const QString stands = MeasureProgressModel::standsText(r);
        // The milestones on the way, under the target they lead to.
        QStringList via;
        for (const auto &[on, value] : m.milestones)
            via << tr("%1 by %2")
                       .arg(r.indicator.formatValue(value).toHtmlEscaped(),
                            on.toString(QStringLiteral("MMM yyyy")));
        const QString milestones = via.isEmpty()
                                       ? QString()
                                       : QStringLiteral("<br/><span class=\"muted\">%1</span>")
                                             .arg(tr("via %1").arg(via.join(QStringLiteral(", "))));
        rows +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 at %4</td><td>%5</td>"
                           "<td>%6 by %7</td><td>%8</td></tr>")
                .arg(owner.toHtmlEscaped(), r.indicator.name.toHtmlEscaped(),
                     r.indicator.formatValue(m.baselineValue).toHtmlEscaped(),
                     m.baselineOn.toString(QStringLiteral("d MMM yyyy")), latest.toHtmlEscaped(),
                     r.indicator.formatValue(m.targetValue).toHtmlEscaped(),
                     m.targetOn.toString(QStringLiteral("d MMM yyyy")) + milestones,
                     r.progress.state == MeasureProgress::State::OffTrack
                         ? QStringLiteral("<b>%1</b>").arg(stands.toHtmlEscaped())
                         : stands.toHtmlEscaped());
    };
    for (const Plan &plan : m_store.actionPlans().plans(id)) {
        for (const ImpactMeasure &m : byPlan.value(plan.id))
            addRow(tr("Whole plan \u201C%1\u201D").arg(plan.name), m);
    }
    for (const ActionRow &row : m_store.actionPlans().actionRows(id)) {
        for (const ImpactMeasure &m : byAction.value(row.action.id))
            addRow(row.action.title, m);
    }
    return QCoreApplication::translate(
               "BoardPack",
               "<h2>Impact measures: are the figures moving?</h2>"
               "<p>%n measure(s); %1 off track. On track means the latest figure is at or "
               "beyond the straight line from the baseline to the target.</p>",
               nullptr, count)
               .arg(off) +
           tr("<table width=\"100%\"><tr><th width=\"22%\">Action or plan</th>"
              "<th width=\"22%\">Indicator</th><th width=\"13%\">Baseline</th>"
              "<th width=\"13%\">Latest</th><th width=\"13%\">Target</th>"
              "<th width=\"17%\">Stands</th></tr>") +
           rows + QStringLiteral("</table>");
}

QString BoardPack::evidenceHtml(qint64 id) const
{
    const QHash<qint64, QList<Evidence>> byAction = m_store.actionPlans().evidenceByAction(id);
    QList<ActionPlanStore::Coverage> closedWithEvidence;
    for (const ActionPlanStore::Coverage &c : m_store.actionPlans().coverage(id)) {
        if (c.state == RecommendationState::Closed && c.recommendation.closedEvidence)
            closedWithEvidence.append(c);
    }
    if (byAction.isEmpty() && closedWithEvidence.isEmpty())
        return {};
    QString rows;
    int count = 0;
    int wrong = 0;
    auto addRow = [&](const QString &owner, const Evidence &e) {
        ++count;
        const Evidences::FileState state = Evidences::check(e);
        const bool bad = state == Evidences::FileState::Missing ||
                         state == Evidences::FileState::Changed ||
                         state == Evidences::FileState::Unreadable;
        wrong += bad;
        // A file by its name and the start of its SHA-256, which is enough to tell it.
        const QString where =
            e.isWebAddress()
                ? e.location.toHtmlEscaped()
                : tr("%1<br/><span class=\"muted\">SHA-256 %2…</span>")
                      .arg(QFileInfo(e.location).fileName().toHtmlEscaped(), e.sha256.left(16));
        const QString stands = EvidenceModel::stateText(state).toHtmlEscaped();
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                               "<td>%5</td><td>%6</td></tr>")
                    .arg(owner.toHtmlEscaped(), e.title.toHtmlEscaped(),
                         Evidences::kindTitle(e.kind).toHtmlEscaped(),
                         e.datedOn ? e.datedOn->toString(QStringLiteral("d MMM yyyy")) : QString(),
                         where, bad ? QStringLiteral("<b>%1</b>").arg(stands) : stands);
    };
    for (const ActionRow &row : m_store.actionPlans().actionRows(id)) {
        for (const Evidence &e : byAction.value(row.action.id))
            addRow(row.action.title, e);
    }
    for (const ActionPlanStore::Coverage &c : std::as_const(closedWithEvidence)) {
        addRow(tr("Closing %1 %2 %3")
                   .arg(c.inspection, Recommendation::kindTitle(c.recommendation.kind).toLower())
                   .arg(c.recommendation.number),
               *c.recommendation.closedEvidence);
    }
    QString html = closedWithEvidence.isEmpty()
                       ? tr("<h2>Evidence behind the actions</h2><p>%n document(s)", count)
                       : tr("<h2>Evidence behind the actions and closed recommendations</h2>"
                            "<p>%n document(s)",
                            count);
    if (wrong > 0)
        html += tr("; <b>%n file(s) moved or changed since attached</b>", wrong);
    html += QStringLiteral(".</p>");
    return html +
           tr("<table width=\"100%\"><tr><th width=\"22%\">For</th>"
              "<th width=\"22%\">Evidence</th><th width=\"10%\">Kind</th>"
              "<th width=\"11%\">Dated</th><th width=\"23%\">Where</th>"
              "<th width=\"12%\">Stands</th></tr>") +
           rows + QStringLiteral("</table>");
}

QString BoardPack::indicatorHtml(qint64 id, qint64 indicatorId) const
{
    const Indicator ind = *m_store.indicators().indicator(indicatorId);
    const QList<IndicatorValue> values = m_store.indicators().values(id, indicatorId);
    QString latest = tr("no figure recorded");
    if (!values.isEmpty()) {
        const IndicatorValue &v = values.last();
        latest =
            (v.value ? ind.formatValue(*v.value) : SuppressionCodes::explanation(*v.suppression)) +
            QStringLiteral(", ") + v.period.displayLabel();
    }
    QString html = QStringLiteral("<h2>%1</h2><p>Latest: <b>%2</b>%3</p>")
                       .arg(ind.name.toHtmlEscaped(), latest.toHtmlEscaped(),
                            benchmarkLine(indicatorId).toHtmlEscaped());
    const QString note = m_request.commentary.value(indicatorId);
    if (!note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    return html;
}

QString BoardPack::sourcesHtml(qint64 id) const
{
    QString html = tr("<h2>Sources</h2><p>Every judgement and figure in this pack is stored with "
                      "the document and place it came from:</p><ul>");
    for (const SourceStore::DocumentUse &use : m_store.sources().documentsFor(id)) {
        html +=
            QStringLiteral("<li>%1%2%3</li>")
                .arg(use.document.title.toHtmlEscaped(),
                     use.document.publisher.isEmpty()
                         ? QString()
                         : QStringLiteral(", ") + use.document.publisher.toHtmlEscaped(),
                     use.document.issuedOn ? QStringLiteral(", ") + longDate(*use.document.issuedOn)
                                           : QString());
    }
    html += tr("</ul><p class=\"muted\">Contains public sector information licensed under the "
               "Open Government Licence v3.0.</p>");
    return html;
}

Status BoardPack::validate() const
{
    if (!m_store.authorities().byId(m_request.authorityId))
        return Status::failure(tr("Choose the authority the pack is for."));
    if (m_request.meeting.trimmed().isEmpty())
        return Status::failure(tr("Name the meeting, e.g. \"Health and Wellbeing Board\"."));
    if (!m_request.meetingDate.isValid())
        return Status::failure(tr("Give the date of the meeting."));
    for (qint64 id : m_request.indicators) {
        if (!m_store.indicators().indicator(id))
            return Status::failure(tr("There is no indicator with id %1.").arg(id));
    }
    if (!m_request.judgements && !m_request.actionPlan && m_request.indicators.isEmpty())
        return Status::failure(tr("Choose at least one section."));
    if (m_request.since)
        return ChangesSince::checkDates(*m_request.since, m_request.meetingDate);
    return {};
}

QString BoardPack::sinceHtml(qint64 id) const
{
    if (!m_request.since)
        return {};
    return ChangesSince::between(m_store, id, *m_request.since, m_request.meetingDate)
        .html(tr("Since the last meeting (%1)").arg(longDate(*m_request.since)));
}

QList<BoardPack::Page> BoardPack::pages() const
{
    QList<Page> pages;
    const Authority authority = *m_store.authorities().byId(m_request.authorityId);
    const qint64 id = authority.id;
    const QString caption = ChartCatalog::caption(m_store, id);

    pages.append({tr("Cover"), [this, authority](QPainter &p, const QRectF &r) {
                      drawHtml(p, r.adjusted(0, r.height() * 0.15, 0, 0), coverHtml(authority), 12);
                  }});
    // What changed since the last meeting comes first, over as many pages as it takes.
    if (m_request.since) {
        for (const auto &draw : flowHtml(sinceHtml(id), 9.5))
            pages.append({tr("Since the last meeting"), draw});
    }

    if (m_request.judgements) {
        pages.append(
            {tr("Ofsted judgements"), [this, id, caption](QPainter &p, const QRectF &r) {
                 const QString html = judgementsHtml(id);
                 const double used = drawHtml(p, r, html);
                 // The chart, then every inspection and visit, oldest first.
                 const double chartTop = r.top() + used + r.height() * 0.02;
                 const double chartHeight = std::min(r.width() * 0.6, r.height() * 0.45);
                 const QRectF chartRect(r.left(), chartTop, r.width(), chartHeight);
                 const QString history = historyHtml(id);
                 const double historyTop = chartTop + chartHeight + r.height() * 0.02;
                 drawHtml(p, QRectF(r.left(), historyTop, r.width(), r.bottom() - historyTop),
                          history, 9);
                 ChartExport::drawInto(p, ChartCatalog::grades(m_store, id), chartRect, caption);
             }});
    }

    if (m_request.actionPlan) {
        pages.append({tr("Action plan"), [this, id, caption](QPainter &p, const QRectF &r) {
                          const double used =
                              drawHtml(p, r, tr("<h2>Action plan: where the actions stand</h2>"));
                          const double h = (r.height() - used) / 2 - r.height() * 0.01;
                          ChartExport::drawInto(p, ChartCatalog::ragNow(m_store, id, false),
                                                QRectF(r.left(), r.top() + used, r.width(), h));
                          ChartExport::drawInto(p, ChartCatalog::ragOverTime(m_store, id),
                                                QRectF(r.left(),
                                                       r.top() + used + h + r.height() * 0.01,
                                                       r.width(), h),
                                                caption);
                      }});
        // Lists run on to further pages rather than being cut at the foot of one.
        for (const auto &draw : flowHtml(exceptionsHtml(id), 9.5))
            pages.append({tr("Exceptions"), draw});
        const QString measures = measuresHtml(id);
        if (!measures.isEmpty()) {
            for (const auto &draw : flowHtml(measures, 9))
                pages.append({tr("Impact measures"), draw});
        }
        const QString evidence = evidenceHtml(id);
        if (!evidence.isEmpty()) {
            for (const auto &draw : flowHtml(evidence, 9))
                pages.append({tr("Evidence"), draw});
        }
    }

    // Two indicators to a page, each with its latest figure beside its comparators, its rank
    // and quartile, and the commentary typed for it.
    for (int i = 0; i < m_request.indicators.size(); i += 2) {
        const QList<qint64> pair = m_request.indicators.mid(i, 2);
        pages.append(
            {tr("Key indicators"), [this, id, pair, caption](QPainter &p, const QRectF &r) {
                 double y = r.top();
                 const double slot = r.height() / 2;
                 for (qint64 indicatorId : pair) {
                     const QString html = indicatorHtml(id, indicatorId);
                     const double used = drawHtml(p, QRectF(r.left(), y, r.width(), slot), html);
                     ChartExport::drawInto(
                         p, ChartCatalog::indicator(m_store, id, indicatorId),
                         QRectF(r.left(), y + used, r.width(), slot - used - r.height() * 0.02),
                         caption);
                     y += slot;
                 }
             }});
    }

    pages.append({tr("Sources"), [this, id](QPainter &p, const QRectF &r) {
                      const QString html = sourcesHtml(id);
                      drawHtml(p, r, html);
                  }});

    // The charts described, in words and figures, over as many pages as they need.
    auto described = std::make_shared<QTextDocument>();
    describeCharts(*described);
    // The body of an A4 page between the pack's margins, in 96ths of an inch.
    const QSizeF body((210.0 - 36) / 25.4 * 96, (297.0 - 30) / 25.4 * 96 * 0.96);
    described->setPageSize(body);
    for (int n = 0; n < described->pageCount(); ++n) {
        pages.append(
            {tr("The charts described"), [described, n, body](QPainter &p, const QRectF &r) {
                 const double scale = p.device()->logicalDpiX() / 96.0;
                 p.save();
                 p.translate(r.topLeft());
                 p.scale(scale, scale);
                 p.translate(0, -n * body.height());
                 QAbstractTextDocumentLayout::PaintContext context;
                 context.clip = QRectF(0, n * body.height(), body.width(), body.height());
                 // Table rules would otherwise run on past the page's slice.
                 p.setClipRect(context.clip);
                 context.palette.setColor(QPalette::Text, Qt::black);
                 described->documentLayout()->draw(&p, context);
                 p.restore();
             }});
    }
    return pages;
}

QString BoardPack::title() const
{
    const std::optional<Authority> a = m_store.authorities().byId(m_request.authorityId);
    return tr("Board pack: %1, %2").arg(a ? a->name : QString(), m_request.meeting);
}

QString BoardPack::author() const
{
    const std::optional<Authority> a = m_store.authorities().byId(m_request.authorityId);
    return tr("%1 children's services").arg(a ? a->name : QString());
}

QString BoardPack::subject() const
{
    return tr("Children's services improvement: Ofsted judgements, action plan and key "
              "indicators for %1, %2")
        .arg(m_request.meeting, longDate(m_request.meetingDate));
}

QList<BoardPack::Chart> BoardPack::charts() const
{
    const qint64 id = m_request.authorityId;
    QList<Chart> all;
    if (m_request.judgements)
        all.append({judgementsHtml(id), [this, id] { return ChartCatalog::grades(m_store, id); }});
    if (m_request.actionPlan) {
        all.append({tr("<h2>Action plan: where the actions stand</h2>"),
                    [this, id] { return ChartCatalog::ragNow(m_store, id, false); }});
        all.append({QString(), [this, id] { return ChartCatalog::ragOverTime(m_store, id); }});
    }
    for (qint64 indicatorId : m_request.indicators)
        all.append({indicatorHtml(id, indicatorId), [this, id, indicatorId] {
                        return ChartCatalog::indicator(m_store, id, indicatorId);
                    }});
    return all;
}

void BoardPack::fillDocument(QTextDocument &document) const
{
    const Authority authority = *m_store.authorities().byId(m_request.authorityId);
    const qint64 id = authority.id;
    const QString caption = ChartCatalog::caption(m_store, id);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(PackDocument::styleSheet());
    document.setMetaInformation(QTextDocument::DocumentTitle, title());
    QTextCursor cursor(&document);
    PackDocument::appendSection(cursor, coverHtml(authority), false);
    if (m_request.since)
        PackDocument::appendSection(cursor, sinceHtml(id), true);
    const QList<Chart> all = charts();
    for (int n = 0; n < all.size(); ++n) {
        const Chart &chart = all.at(n);
        if (!chart.section.isEmpty())
            PackDocument::appendSection(cursor, chart.section, true);
        PackDocument::appendChart(cursor, chart.make(), caption, n + 1);
        // The judgements' history and the action plan's exceptions follow their charts.
        if (m_request.judgements && n == 0)
            PackDocument::appendSection(cursor, historyHtml(id), false);
        if (m_request.actionPlan && n == (m_request.judgements ? 2 : 1)) {
            PackDocument::appendSection(cursor, exceptionsHtml(id), true);
            const QString measures = measuresHtml(id);
            if (!measures.isEmpty())
                PackDocument::appendSection(cursor, measures, true);
            const QString evidence = evidenceHtml(id);
            if (!evidence.isEmpty())
                PackDocument::appendSection(cursor, evidence, true);
        }
    }
    PackDocument::appendSection(cursor, sourcesHtml(id), true);
}

void BoardPack::describeCharts(QTextDocument &document) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(PackDocument::styleSheet());
    document.setDocumentMargin(0);
    QTextCursor cursor(&document);
    PackDocument::appendSection(
        cursor,
        tr("<h2>The charts described</h2><p>Each chart in this pack, in words and "
           "figures, for readers who do not see the pictures.</p>"),
        false);
    int number = 0;
    for (const Chart &chart : charts()) {
        std::unique_ptr<QChart> drawn(chart.make());
        const ChartTable::Table figures = ChartTable::of(drawn.get());
        PackDocument::appendSection(
            cursor,
            tr("<h3>Figure %1. %2</h3><p>%3</p>")
                .arg(++number)
                .arg(drawn->title().toHtmlEscaped(),
                     ChartTable::alternativeText(drawn.get(), figures).toHtmlEscaped()),
            false);
        PackDocument::appendFigures(cursor, figures);
    }
}

Status BoardPack::checkTarget(const QString &fileName, bool overwrite) const
{
    const Status valid = validate();
    if (!valid.ok())
        return valid;
    return Status::ofProblem(AtomicFile::refusal(fileName, overwrite));
}

Status BoardPack::writeOdt(const QString &fileName, bool overwrite) const
{
    const Status target = checkTarget(fileName, overwrite);
    if (!target.ok())
        return target;
    QTextDocument document;
    fillDocument(document);
    const QByteArray bytes =
        OpenDocumentText::write(document, {title(), author(), subject(), subject()});
    return Status::ofProblem(AtomicFile::write(fileName, bytes));
}

Status BoardPack::write(const QString &fileName, bool overwrite) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(fileName, overwrite);
    if (suffix == QLatin1String("odt"))
        return writeOdt(fileName, overwrite);
    return Status::failure(
        tr("%1: a board pack is written as .pdf or as .odt (OpenDocument, which Word opens).")
            .arg(fileName));
}

int BoardPack::pageCount() const
{
    return int(pages().size());
}

Status BoardPack::render(QPagedPaintDevice &device) const
{
    const Status valid = validate();
    if (!valid.ok())
        return valid;
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("The pack cannot be drawn on this device."));
    const Authority authority = *m_store.authorities().byId(m_request.authorityId);
    const QList<Page> all = pages();
    for (int n = 0; n < all.size(); ++n) {
        if (n > 0)
            device.newPage();
        const QRectF page(painter.viewport());
        const double footer = page.height() * 0.04;
        const QRectF body(page.left(), page.top(), page.width(), page.height() - footer);
        painter.setRenderHint(QPainter::Antialiasing);
        all.at(n).draw(painter, body);
        drawHtml(painter, QRectF(page.left(), page.bottom() - footer * 0.7, page.width(), footer),
                 QStringLiteral("<table width=\"100%\"><tr><td class=\"muted\">%1 &middot; %2, %3 "
                                "&middot; drawn %4</td>"
                                "<td align=\"right\" class=\"muted\">%5</td></tr></table>")
                     .arg(authority.name.toHtmlEscaped(), m_request.meeting.toHtmlEscaped(),
                          longDate(m_request.meetingDate), longDate(m_request.drawnOn),
                          tr("Page %1 of %2").arg(n + 1).arg(all.size())),
                 7.5);
    }
    painter.end();
    return {};
}

Status BoardPack::writePdf(const QString &fileName, bool overwrite) const
{
    const Status target = checkTarget(fileName, overwrite);
    if (!target.ok())
        return target;
    // Drawn in memory, then written beside the target and renamed over it when complete: a
    // crash, a kill or a full disk leaves yesterday's pack as it was.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(300);
    pdf.setTitle(title());
    pdf.setCreator(QStringLiteral("Children's Services Improvement Tracker"));
    pdf.setDocumentXmpMetadata(xmpMetadata(title(), author(), subject()));
    const Status drawn = render(pdf);
    if (!drawn.ok())
        return drawn; // nothing written: the old file stays
    return Status::ofProblem(AtomicFile::write(fileName, bytes));
}
