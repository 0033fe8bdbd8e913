#include "reports/ofstedreportparser.h"

#include "reports/reportdates.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OfstedReportParser", text);
}

// One line of the report: its page, its cells, and its text with cells joined.
struct Line
{
    int page = 0;
    QString left;  // the first column
    QString right; // what stands in a right-hand column, if anything
    QString plain; // every cell, joined by spaces
};

QString normalised(QString text)
{
    text.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    text.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

QList<Line> linesOf(const QString &text)
{
    QList<Line> lines;
    const QStringList pages = text.split(QLatin1Char('\f'));
    for (int p = 0; p < pages.size(); ++p) {
        for (const QString &raw : pages.at(p).split(QLatin1Char('\n'))) {
            const QStringList cells = raw.split(QLatin1Char('\t'));
            Line line;
            line.page = p + 1;
            line.left = normalised(cells.first());
            QStringList rest;
            for (int i = 1; i < cells.size(); ++i)
                rest << cells.at(i);
            line.right = normalised(rest.join(QLatin1Char(' ')));
            line.plain = normalised(cells.join(QLatin1Char(' ')));
            if (!line.plain.isEmpty())
                lines.append(line);
        }
    }
    return lines;
}

QString lower(const QString &s)
{
    return s.toLower();
}

// A page number, a running header's date range or similar furniture.
bool isPageNumber(const Line &line)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,3}$"));
    return re.match(line.plain).hasMatch();
}

// ---- grades ------------------------------------------------------------------------

// The grade words a text ends with, whole or as the start of a grade that continues on
// the next line ("Requires improvement to").
struct GradeWords
{
    std::optional<Grade> grade;
    bool complete = false; // "Requires improvement" may still go on with "to be good"
};

GradeWords gradeWords(const QString &text)
{
    const QString t = lower(text).remove(QRegularExpression(QStringLiteral("[.:]$"))).trimmed();
    if (t == QLatin1String("outstanding"))
        return {Grade::Outstanding, true};
    if (t == QLatin1String("good"))
        return {Grade::Good, true};
    if (t == QLatin1String("inadequate"))
        return {Grade::Inadequate, true};
    if (t == QLatin1String("requires improvement to be good") ||
        t == QLatin1String("requires improvement"))
        return {Grade::RequiresImprovement, t.endsWith(QLatin1String("good"))};
    if (t == QLatin1String("requires improvement to") ||
        t == QLatin1String("requires improvement to be") || t == QLatin1String("requires"))
        return {Grade::RequiresImprovement, false};
    return {};
}

bool continuesGrade(const QString &sofar, const QString &next)
{
    const QString joined = lower(sofar + QLatin1Char(' ') + next);
    return QStringLiteral("requires improvement to be good").startsWith(joined) &&
           joined.size() > sofar.size();
}

// A grade glued to the end of a title when the gap before it was too narrow to see:
// "The experiences ... who need help and Requires improvement".
void splitTrailingGrade(Line &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(.*\\S)\\s+(Outstanding|Good|Inadequate|Requires improvement(?: to(?: "
                       "be(?: good)?)?)?)$"));
    if (!line.right.isEmpty())
        return;
    const QRegularExpressionMatch m = re.match(line.left);
    if (m.hasMatch()) {
        line.left = m.captured(1);
        line.right = m.captured(2);
    }
}

bool startsRow(const QString &left)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(the (impact|experiences)|overall effectiveness|leadership|\\d(\\.\\d)?\\.?\\s)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(left).hasMatch();
}

std::optional<JudgementArea> areaOf(const QString &title, ReportFramework framework)
{
    QString t = lower(title);
    t.remove(QRegularExpression(QStringLiteral("^\\d(\\.\\d)?\\.?\\s*")));
    const bool known = t.startsWith(QLatin1String("the impact of leaders")) ||
                       t.startsWith(QLatin1String("the experiences and progress")) ||
                       t.startsWith(QLatin1String("experiences and progress")) ||
                       t == QLatin1String("overall effectiveness") ||
                       t.startsWith(QLatin1String("children who need help")) ||
                       t.startsWith(QLatin1String("children looked after")) ||
                       t.startsWith(QLatin1String("adoption performance")) ||
                       t.startsWith(QLatin1String("leadership, management"));
    if (!known)
        return std::nullopt;
    const Framework f =
        framework == ReportFramework::Ilacs ? Framework::IlacsStandard : Framework::Sif;
    return JudgementAreas::fromText(t, f);
}

struct Block
{
    QString text;
    int first = 0;
    int last = 0;
    int page = 0;
};

// The table of judgements: titles in one column, grades in the other, matched row by row
// in order (a grade may stand above, beside or below its title).
QList<ReadGrade> readTable(const QList<Line> &lines, int from, ReportFramework framework, int *end)
{
    QList<Block> titles, grades;
    bool titleOpen = false, gradeOpen = false;
    int i = from;
    for (; i < lines.size() && i < from + 30; ++i) {
        Line line = lines.at(i);
        if (line.page != lines.at(from).page)
            break;
        splitTrailingGrade(line);
        if (!line.left.isEmpty()) {
            const bool newRow = startsRow(line.left);
            const bool continuation =
                titleOpen && !newRow && line.left.size() < 60 && !line.left.at(0).isUpper();
            if (newRow) {
                titles.append({line.left, i, i, line.page});
                titleOpen = true;
            } else if (continuation) {
                titles.last().text += QLatin1Char(' ') + line.left;
                titles.last().last = i;
            } else if (lower(line.left) == QLatin1String("judgement") ||
                       lower(line.left) == QLatin1String("judgement grade")) {
                continue;
            } else {
                break; // prose: the table has ended
            }
        }
        if (!line.right.isEmpty() && lower(line.right) != QLatin1String("grade")) {
            if (gradeOpen && continuesGrade(grades.last().text, line.right)) {
                grades.last().text += QLatin1Char(' ') + line.right;
                grades.last().last = i;
            } else if (gradeWords(line.right).grade) {
                grades.append({line.right, i, i, line.page});
            } else {
                break;
            }
            gradeOpen = !gradeWords(grades.last().text).complete;
            if (lower(grades.last().text) == QLatin1String("requires improvement"))
                gradeOpen = true; // "to be good" may follow
        }
    }
    *end = i;
    // Titles that are not areas (prose that began like one) take no grade.
    QList<Block> areas;
    for (const Block &t : titles) {
        if (areaOf(t.text, framework))
            areas.append(t);
    }
    QList<ReadGrade> result;
    const bool inOrder = areas.size() == grades.size();
    for (int a = 0; a < areas.size(); ++a) {
        const Block &title = areas.at(a);
        const Block *grade = nullptr;
        if (inOrder) {
            grade = &grades.at(a);
        } else {
            // Nearest by line, for a table where a row has no grade.
            double best = 1e9;
            const double middle = (title.first + title.last) / 2.0;
            for (const Block &g : grades) {
                const double d = std::abs((g.first + g.last) / 2.0 - middle);
                if (d < best && d <= 1.5) {
                    best = d;
                    grade = &g;
                }
            }
        }
        if (!grade)
            continue;
        const std::optional<Grade> g = gradeWords(grade->text).grade;
        if (!g)
            continue;
        ReadGrade rg;
        rg.area = *areaOf(title.text, framework);
        rg.areaTitle = title.text;
        rg.grade = *g;
        rg.place = {title.page, title.text + QStringLiteral(": ") + grade->text};
        result.append(rg);
    }
    return result;
}

// ---- the rest of the report ----------------------------------------------------------

QString joinedFrom(const QList<Line> &lines, int from, int count)
{
    QStringList parts;
    for (int i = from; i < lines.size() && i < from + count; ++i)
        parts << lines.at(i).plain;
    return parts.join(QLatin1Char(' '));
}

int findLine(const QList<Line> &lines, const QRegularExpression &re, int from = 0, int to = -1)
{
    const int end = to < 0 ? int(lines.size()) : std::min(to, int(lines.size()));
    for (int i = from; i < end; ++i) {
        if (re.match(lines.at(i).plain).hasMatch())
            return i;
    }
    return -1;
}

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

bool isBullet(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    if (c == QLatin1Char('-') || c == QLatin1Char('*'))
        return text.size() > 1 && text.at(1).isSpace();
    return c.category() == QChar::Other_PrivateUse || c.category() == QChar::Symbol_Other ||
           c.category() == QChar::Symbol_Math || c == QChar(0x2022) || c == QChar(0x25AA) ||
           c == QChar(0x25A0) || c == QChar(0x25FC) || c == QChar(0x2023) || c == QChar(0x25CF);
}

QString withoutBullet(const QString &text)
{
    QString t = text;
    while (!t.isEmpty() && (isBullet(t) || t.at(0).isSpace()))
        t.remove(0, 1);
    return t.trimmed();
}

bool isSectionHeading(const Line &line)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(the experiences and progress|the impact of leaders|overall effectiveness|main "
            "findings|"
            "headline findings|what is working well|summary for children|information about|"
            "the local safeguarding children board|contents$|executive summary|"
            "yours sincerely|this visit was|inspectors looked at)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line.plain).hasMatch();
}

// The heading of a list of what to improve, which ends the list before it.
bool isImprovementHeading(const Line &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(what needs to improve|areas? for (further )?improvement|areas? for "
                       "priority action|what does the local authority need to improve)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line.plain).hasMatch();
}

// "What needs to improve" bullets (ILACS, visits): each bullet and the lines that follow it.
QList<ReadRecommendation> readBullets(const QList<Line> &lines, int heading)
{
    QList<ReadRecommendation> items;
    for (int i = heading + 1; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (isPageNumber(line))
            continue;
        if (isBullet(line.plain)) {
            items.append({int(items.size()) + 1, withoutBullet(line.plain), {line.page, {}}});
        } else if (items.isEmpty() || isSectionHeading(line) || isImprovementHeading(line) ||
                   line.plain.endsWith(QLatin1Char(':'))) {
            break;
        } else if (line.left.isEmpty() && !line.right.isEmpty() && line.plain.size() < 4) {
            continue; // a page number in the margin
        } else {
            // A line that continues an item is indented like it and does not start a sentence
            // of its own after the item finished with a full stop.
            const QString &last = items.last().text;
            if (last.endsWith(QLatin1Char('.')) && line.plain.at(0).isUpper() &&
                line.plain.size() > 40)
                break;
            items.last().text += QLatin1Char(' ') + line.plain;
        }
    }
    for (ReadRecommendation &r : items)
        r.place.words = r.text;
    return items;
}

// SIF recommendations: "1. Improve ...", "2. Ensure ...", numbered from 1 under a heading.
QList<ReadRecommendation> readNumbered(const QList<Line> &lines, int heading)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,2})\\.?\\s+(\\S.*)$"));
    QList<ReadRecommendation> items;
    for (int i = heading + 1; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (isPageNumber(line))
            continue;
        const QRegularExpressionMatch m = numbered.match(line.plain);
        if (m.hasMatch() && m.captured(1).toInt() == items.size() + 1) {
            items.append({m.captured(1).toInt(), m.captured(2), {line.page, {}}});
        } else if (items.isEmpty()) {
            // Sub-headings before the first ("Priority and immediate action").
            if (i > heading + 4)
                break;
        } else if (isSectionHeading(line) || m.hasMatch()) {
            break;
        } else if (line.plain.size() < 60 && line.plain.at(0).isUpper() &&
                   items.last().text.endsWith(QLatin1Char('.'))) {
            // A sub-heading between items ("Areas for improvement"): keep reading.
            continue;
        } else {
            items.last().text += QLatin1Char(' ') + line.plain;
        }
    }
    for (ReadRecommendation &r : items)
        r.place.words = r.text;
    return items;
}

QString withoutInspectorTitle(QString name)
{
    static const QRegularExpression title(
        QStringLiteral(
            ",?\\s*(His|Her) Majesty.?s Inspector.*$|,?\\s*\\bHMI\\b.*$|,?\\s*Ofsted Inspector.*$"),
        QRegularExpression::CaseInsensitiveOption);
    name.remove(QLatin1Char('*'));
    name.remove(title);
    return name.trimmed();
}

// The framework, from the report's title; a refusal for one the tracker does not read.
struct Kind
{
    std::optional<ReportFramework> framework;
    QString title; // as printed, for a refusal
    bool older = false;
    bool reinspection = false;
};

Kind kindOf(const QList<Line> &lines)
{
    Kind kind;
    const int head = std::min<int>(int(lines.size()), 40);
    for (int i = 0; i < head; ++i) {
        const QString l = lower(lines.at(i).plain);
        const QString two = lower(joinedFrom(lines, i, 2));
        if (l.startsWith(QLatin1String("focused visit to")) ||
            l.startsWith(QLatin1String("focused visit of")) ||
            l.startsWith(QLatin1String("focused visit at"))) {
            kind.framework = ReportFramework::FocusedVisit;
            return kind;
        }
        if (l.startsWith(QLatin1String("monitoring visit to")) ||
            l.startsWith(QLatin1String("monitoring visit of")) ||
            l.startsWith(QLatin1String("monitoring visit at"))) {
            kind.framework = ReportFramework::MonitoringVisit;
            return kind;
        }
        if (l.startsWith(QLatin1String("joint targeted area inspection"))) {
            kind.title = lines.at(i).plain;
            kind.older = true;
            return kind;
        }
        if (two.startsWith(QLatin1String("re-inspection of services for children in need"))) {
            kind.framework = ReportFramework::SifReinspection;
            return kind;
        }
        // Titled as a SIF inspection in one word: the SIF, recorded as a re-inspection.
        if (two.startsWith(QLatin1String("reinspection of services for children in need"))) {
            kind.framework = ReportFramework::Sif;
            kind.reinspection = true;
            return kind;
        }
        if (two.startsWith(QLatin1String("inspection of services for children in need"))) {
            kind.framework = ReportFramework::Sif;
            return kind;
        }
        if (l.startsWith(QLatin1String("inspection of children's social care services")) ||
            (l.startsWith(QLatin1String("inspection of")) &&
             lower(joinedFrom(lines, i, 3))
                 .contains(QLatin1String("local authority children's")))) {
            kind.framework = ReportFramework::Ilacs;
            return kind;
        }
        if (l.startsWith(QLatin1String("inspection of")) &&
            (two.contains(QLatin1String("looked after children")) ||
             two.contains(QLatin1String("safeguarding")) ||
             two.contains(QLatin1String("arrangements for the protection")))) {
            QString title = lines.at(i).plain;
            if (i + 1 < lines.size() && !lines.at(i + 1).plain.isEmpty() &&
                lines.at(i + 1).plain.at(0).isLower())
                title += QLatin1Char(' ') + lines.at(i + 1).plain;
            kind.title = title;
            kind.older = true;
            return kind;
        }
    }
    // A title that names the council or its trust in any form ("Inspection of Bradford
    // Children and Families Trust"): the judgements it grades say which framework it is.
    const int title = findLine(lines, ci(QStringLiteral("^inspection of \\S")), 0, 8);
    if (title >= 0 && lines.at(title).page == 1 &&
        findLine(lines, ci(QStringLiteral("^the impact of leaders on social work")), title,
                 title + 40) >= 0) {
        kind.framework = ReportFramework::Ilacs;
    }
    return kind;
}

// The report's title block: the lines of the first page above its dates, lead inspector,
// judgement table or first heading, where every layout names the authority, whatever form
// the name takes ("Inspection of Kent County Council children's services", "London Borough
// of Hillingdon / Inspection of local authority children's services", "Inspection of
// Bradford Children and Families Trust").
QString titleBlock(const QList<Line> &lines, ReportPlace *place)
{
    static const QRegularExpression ends(ci(QStringLiteral(
        "^(inspection dates?|dates? of (the )?inspection|lead inspector|reporting inspector|"
        "report published|publication date|judgement|1\\.? children|the overall judgement|"
        "children's services in|contents|executive summary|dear )")));
    QStringList parts;
    for (int i = 0; i < lines.size() && i < 8 && lines.at(i).page == 1; ++i) {
        if (ends.match(lines.at(i).plain).hasMatch())
            break;
        if (!isPageNumber(lines.at(i)))
            parts << lines.at(i).plain;
    }
    if (parts.isEmpty())
        return {};
    *place = {1, parts.join(QLatin1Char(' '))};
    return place->words;
}

QString authorityText(const QList<Line> &lines, ReportFramework framework, ReportPlace *place)
{
    const int head = std::min<int>(int(lines.size()), 40);
    static const QRegularExpression visit(ci(QStringLiteral(
        "^(?:focused|monitoring) visit (?:to|of|at) (.+?)(?:'s)? children's services")));
    for (int i = 0; i < head; ++i) {
        const QString text = joinedFrom(lines, i, 3);
        const QRegularExpressionMatch m = visit.match(text);
        if (m.hasMatch()) {
            *place = {lines.at(i).page, m.captured(0)};
            return m.captured(1);
        }
    }
    if (framework != ReportFramework::FocusedVisit && framework != ReportFramework::MonitoringVisit) {
        const QString block = titleBlock(lines, place);
        if (!block.isEmpty())
            return block;
    }
    // A letter: the first line that names a council.
    for (int i = 0; i < head; ++i) {
        if (lower(lines.at(i).plain).contains(QLatin1String("council"))) {
            *place = {lines.at(i).page, lines.at(i).plain};
            return lines.at(i).plain;
        }
    }
    return {};
}

void readDates(const QList<Line> &lines, ReportReading &r)
{
    const int head = std::min<int>(int(lines.size()), 60);
    static const QRegularExpression datesLine(ci(QStringLiteral("^inspection dates?:?\\s*(.*)$")));
    for (int i = 0; i < head; ++i) {
        const QRegularExpressionMatch m = datesLine.match(lines.at(i).plain);
        if (m.hasMatch()) {
            // The range can wrap onto the next line.
            QString text = m.captured(1);
            if (!ReportDates::range(text) && i + 1 < lines.size())
                text += QLatin1Char(' ') + lines.at(i + 1).plain;
            if (const std::optional<ReportDates::Range> range = ReportDates::range(text)) {
                r.start = range->start;
                r.end = range->end;
                r.datesPlace = {lines.at(i).page, lines.at(i).plain};
            }
            break;
        }
    }
    if (!r.start) {
        // Letters: "the findings of the focused visit to X children's services on 11 and 12
        // May 2023".
        static const QRegularExpression visitOn(ci(QStringLiteral(
            "(?:visit|inspection) (?:to|of|at) .{0,160}? on ((?:\\d{1,2}(?:st|nd|rd|th)?\\s*"
            "(?:[A-Za-z]+\\s*(?:\\d{4})?)?\\s*(?:,|and|to|-)?\\s*){1,4})")));
        for (int i = 0; i < head; ++i) {
            const QString text = joinedFrom(lines, i, 3);
            const QRegularExpressionMatch m = visitOn.match(text);
            if (!m.hasMatch())
                continue;
            if (const std::optional<ReportDates::Range> range = ReportDates::range(m.captured(1))) {
                r.start = range->start;
                r.end = range->end;
                r.datesPlace = {lines.at(i).page, m.captured(0)};
                break;
            }
        }
    }
    static const QRegularExpression publishedLine(
        ci(QStringLiteral("^(?:report )?(?:published|publication date):?\\s*(.*)$")));
    for (int i = 0; i < head; ++i) {
        const QRegularExpressionMatch m = publishedLine.match(lines.at(i).plain);
        if (m.hasMatch()) {
            if (const std::optional<QDate> d = ReportDates::date(m.captured(1))) {
                r.published = d;
                r.publishedPlace = {lines.at(i).page, lines.at(i).plain};
            }
            break;
        }
    }
    if (!r.published && (r.framework == ReportFramework::FocusedVisit ||
                         r.framework == ReportFramework::MonitoringVisit)) {
        // A letter is dated on a line of its own above the salutation.
        static const QRegularExpression dateOnly(
            QStringLiteral("^\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \\d{4}$"));
        for (int i = 0; i < std::min<int>(int(lines.size()), 25); ++i) {
            if (dateOnly.match(lines.at(i).plain).hasMatch()) {
                r.published = ReportDates::date(lines.at(i).plain);
                r.publishedPlace = {lines.at(i).page, lines.at(i).plain};
                break;
            }
        }
    }
    if (r.published && r.end && *r.published < *r.end)
        r.published.reset(); // a date that cannot be the publication (a letter's own date)
}

void readLeadInspector(const QList<Line> &lines, ReportReading &r)
{
    static const QRegularExpression lead(
        ci(QStringLiteral("^(?:lead|reporting) inspector:?\\s*(.*)$")));
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = lead.match(lines.at(i).plain);
        if (!m.hasMatch())
            continue;
        QString name = withoutInspectorTitle(m.captured(1));
        if (name.isEmpty() && i + 1 < lines.size())
            name = withoutInspectorTitle(lines.at(i + 1).plain);
        if (!name.isEmpty()) {
            r.leadInspector = name;
            r.leadInspectorPlace = {lines.at(i).page, lines.at(i).plain};
            return;
        }
    }
    // Letters are signed by the lead inspector.
    const int signed_ = findLine(lines, ci(QStringLiteral("^yours sincerely")));
    if (signed_ >= 0 && signed_ + 1 < lines.size()) {
        const QString name = withoutInspectorTitle(lines.at(signed_ + 1).plain);
        if (!name.isEmpty() && name.size() < 60) {
            r.leadInspector = name;
            r.leadInspectorPlace = {lines.at(signed_ + 1).page, lines.at(signed_ + 1).plain};
        }
    }
}

// SIF: "Children's services in Leicester require improvement to be good"; "The overall
// judgement is that children's services are inadequate".
std::optional<ReadGrade> sifOverall(const QList<Line> &lines)
{
    static const QRegularExpression re(
        ci(QStringLiteral("children's services (?:in (?:the )?.{1,80}? )?(?:are|is|requires?) "
                          "(outstanding|good|inadequate|improvement(?: to be good)?)\\b")));
    const int head = std::min<int>(int(lines.size()), 50);
    for (int i = 0; i < head; ++i) {
        const QString text = joinedFrom(lines, i, 2);
        const QRegularExpressionMatch m = re.match(text);
        if (m.hasMatch() && m.capturedStart() < lines.at(i).plain.size()) {
            ReadGrade g;
            g.area = JudgementArea::Overall;
            g.areaTitle = QStringLiteral("Overall effectiveness");
            const QString word = lower(m.captured(1));
            g.grade = word.startsWith(QLatin1String("improvement")) ? Grade::RequiresImprovement
                                                                    : *gradeWords(word).grade;
            g.place = {lines.at(i).page, m.captured(0)};
            return g;
        }
    }
    return std::nullopt;
}

std::optional<ReadGrade> lscb(const QList<Line> &lines)
{
    static const QRegularExpression re(
        ci(QStringLiteral("^the local safeguarding children board (?:\\(lscb\\) )?(?:is "
                          "(outstanding|good|inadequate)|"
                          "(requires improvement)(?: to be good)?)\\.?$")));
    for (int i = 0; i < lines.size(); ++i) {
        for (int n = 1; n <= 2; ++n) {
            const QString text = joinedFrom(lines, i, n);
            const QRegularExpressionMatch m = re.match(text);
            if (!m.hasMatch())
                continue;
            ReadGrade g;
            g.area = JudgementArea::Lscb;
            g.areaTitle = QStringLiteral("The Local Safeguarding Children Board");
            g.grade = m.captured(1).isEmpty() ? Grade::RequiresImprovement
                                              : *gradeWords(m.captured(1)).grade;
            g.place = {lines.at(i).page, text};
            return g;
        }
    }
    return std::nullopt;
}

// Section headings that carry a grade: "The experiences and progress of children who need
// help and protection: requires improvement to be good", "... protection is inadequate".
QList<ReadGrade> headingGrades(const QList<Line> &lines, ReportFramework framework, int tableFrom,
                               int tableEnd)
{
    static const QRegularExpression re(ci(QStringLiteral(
        "^((?:the experiences and progress of|the impact of leaders|overall effectiveness|"
        "leadership, management and "
        "governance)[^.]{0,120}?)(?::\\s*|\\s+(?:is|are|requires?)\\s+|\\s+)"
        "(outstanding|good|inadequate|(?:requires? )?improvement(?: to be good)?)\\.?$")));
    QList<ReadGrade> result;
    for (int i = 0; i < lines.size(); ++i) {
        if (i >= tableFrom && i < tableEnd)
            continue; // a row of the table, read there
        for (int n = 1; n <= 3; ++n) {
            // A heading is a line of its own, not a row of the table.
            if (i + n > lines.size() || !lines.at(i + n - 1).right.isEmpty())
                break;
            const QString text = joinedFrom(lines, i, n);
            const QRegularExpressionMatch m = re.match(text);
            if (!m.hasMatch())
                continue;
            const std::optional<JudgementArea> area = areaOf(m.captured(1), framework);
            if (!area)
                break;
            const QString word = lower(m.captured(2));
            ReadGrade g;
            g.area = *area;
            g.areaTitle = m.captured(1);
            g.grade = word.contains(QLatin1String("improvement")) ? Grade::RequiresImprovement
                                                                  : *gradeWords(word).grade;
            g.place = {lines.at(i).page, text};
            result.append(g);
            i += n - 1;
            break;
        }
    }
    return result;
}

void addGrade(QList<ReadGrade> &grades, const ReadGrade &g)
{
    for (const ReadGrade &have : grades) {
        if (have.area == g.area)
            return;
    }
    grades.append(g);
}

void readGrades(const QList<Line> &lines, ReportReading &r)
{
    static const QRegularExpression header(ci(QStringLiteral("^judgement\\s+grade$")));
    static const QRegularExpression sifFirst(
        ci(QStringLiteral("^1\\.?\\s+children who need help and protection")));
    int table = findLine(lines, header, 0, 80);
    if (table < 0)
        table = findLine(lines, sifFirst, 0, 80);
    int tableEnd = table;
    if (table >= 0) {
        for (const ReadGrade &g : readTable(lines, table, r.framework, &tableEnd))
            addGrade(r.grades, g);
    }
    if (r.framework != ReportFramework::Ilacs) {
        if (const std::optional<ReadGrade> overall = sifOverall(lines))
            addGrade(r.grades, *overall);
        if (const std::optional<ReadGrade> board = lscb(lines))
            addGrade(r.grades, *board);
    }
    // Without the table (or with rows it could not read), the section headings say it.
    for (const ReadGrade &g : headingGrades(lines, r.framework, table, tableEnd))
        addGrade(r.grades, g);

    // An ILACS report from 2023 grades children in care and care leavers apart; before
    // that, one judgement covers both.
    if (r.framework == ReportFramework::Ilacs) {
        for (ReadGrade &g : r.grades) {
            const QString t = lower(g.areaTitle);
            if (t.contains(QLatin1String("children in care and care leavers")))
                g.area = JudgementArea::ChildrenInCareAndCareLeavers;
        }
    }
}

void readRecommendations(const QList<Line> &lines, ReportReading &r)
{
    static const QRegularExpression improve(
        ci(QStringLiteral("^(?:what needs to improve|areas? for (?:further )?improvement|what does "
                          "the local authority need to improve)")));
    static const QRegularExpression recommendations(ci(QStringLiteral("^recommendations:?$")));
    // A visit that finds serious weaknesses lists "areas for priority action" under a heading
    // of their own, before what needs to improve.
    static const QRegularExpression priority(ci(QStringLiteral("^areas? for priority action:?$")));
    const bool sif =
        r.framework == ReportFramework::Sif || r.framework == ReportFramework::SifReinspection;
    QList<ReadRecommendation> first;
    if (!sif) {
        for (int at = findLine(lines, priority); at >= 0; at = findLine(lines, priority, at + 1)) {
            first = readBullets(lines, at);
            if (!first.isEmpty())
                break;
        }
        for (ReadRecommendation &item : first)
            item.priority = true;
    }
    // The first heading that has items under it: a contents page names the same headings.
    for (const QRegularExpression *heading : {&recommendations, &improve}) {
        if (!sif && heading == &recommendations)
            continue;
        for (int at = findLine(lines, *heading); at >= 0; at = findLine(lines, *heading, at + 1)) {
            r.recommendations = sif ? readNumbered(lines, at) : readBullets(lines, at);
            if (!r.recommendations.isEmpty())
                break;
        }
        if (!r.recommendations.isEmpty())
            break;
    }
    // Numbered on from the priority actions: one inspection numbers its items once.
    for (ReadRecommendation &item : r.recommendations)
        item.number += int(first.size());
    r.recommendations = first + r.recommendations;
}

void readTheme(const QList<Line> &lines, ReportReading &r)
{
    static const QRegularExpression focus(
        ci(QStringLiteral("inspectors (?:looked at|evaluated|reviewed|considered) "
                          "(.{10,240}?)(?:[.:;]|, with a particular focus| in line with)")));
    const int head = std::min<int>(int(lines.size()), 80);
    for (int i = 0; i < head; ++i) {
        const QRegularExpressionMatch m = focus.match(joinedFrom(lines, i, 4));
        if (m.hasMatch() && m.capturedStart() < lines.at(i).plain.size()) {
            r.theme = m.captured(1);
            return;
        }
    }
}

} // namespace

namespace OfstedReportParser {

ReportReading parse(const QString &text)
{
    ReportReading r;
    const QList<Line> lines = linesOf(text);
    if (lines.isEmpty()) {
        r.refusal = tr("no text in the document");
        return r;
    }
    const Kind kind = kindOf(lines);
    QStringList opening;
    for (const Line &line : lines) {
        if (line.page > 3)
            break;
        opening << line.plain;
    }
    r.opening = opening.join(QLatin1Char(' '));
    readDates(lines, r);
    if (!kind.framework) {
        if (kind.older) {
            const std::optional<QDate> when = r.start ? r.start : r.published;
            r.refusal = when ? tr("framework not read (%1, %2)").arg(kind.title).arg(when->year())
                             : tr("framework not read (%1)").arg(kind.title);
        } else {
            r.refusal = tr("not a local authority children's services report from Ofsted");
        }
        r.authorityText = authorityText(lines, ReportFramework::Ilacs, &r.authorityPlace);
        return r;
    }
    r.framework = *kind.framework;
    r.authorityText = authorityText(lines, r.framework, &r.authorityPlace);
    if (r.framework == ReportFramework::FocusedVisit ||
        r.framework == ReportFramework::MonitoringVisit) {
        // Letters: the visit date sentence may come after the framework line is known.
        r.start.reset();
        r.end.reset();
        r.published.reset();
        readDates(lines, r);
        readTheme(lines, r);
    } else {
        readGrades(lines, r);
    }
    readLeadInspector(lines, r);
    readRecommendations(lines, r);

    if (r.framework == ReportFramework::Ilacs) {
        const bool saysShort =
            findLine(lines, ci(QStringLiteral("\\bshort inspection\\b")), 0, 80) >= 0;
        const bool oneWeek = r.start && r.end && r.start->daysTo(*r.end) <= 6;
        r.inspectionType =
            saysShort || oneWeek ? QStringLiteral("short") : QStringLiteral("standard");
    } else if (r.framework == ReportFramework::SifReinspection) {
        r.inspectionType = QStringLiteral("re-inspection");
    } else if (r.framework == ReportFramework::Sif) {
        r.inspectionType =
            kind.reinspection ? QStringLiteral("re-inspection") : QStringLiteral("standard");
    }

    // Missing dates are not a refusal: the report is the user's to date (see ReportFile).
    if (r.isGraded() && r.grades.isEmpty())
        r.refusal = tr("no judgements found");
    return r;
}

} // namespace OfstedReportParser
