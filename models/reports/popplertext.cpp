// The PDF reader's own module, loaded the first time a PDF is read (see
// pdftextextractor.h): poppler and the two dozen libraries it brings would otherwise be
// loaded by every start of the program, a window or a chart export that reads no PDF.
#include <poppler-qt6.h>

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

struct Word
{
    QString text;
    QRectF box;
    bool spaceAfter = true;
};

// Digits at the end of a word that sit higher and smaller than the letters before them:
// a footnote marker ("board¹") that would otherwise read as part of the word or a year.
QString withoutRaisedDigits(const Poppler::TextBox &box)
{
    const QString text = box.text();
    int keep = int(text.size());
    if (keep < 2)
        return text;
    const QRectF first = box.charBoundingBox(0);
    while (keep > 1 && text.at(keep - 1).isDigit()) {
        const QRectF c = box.charBoundingBox(keep - 1);
        const bool raised = c.height() < first.height() * 0.8 && c.bottom() < first.bottom() - 1.0;
        if (!raised)
            break;
        --keep;
    }
    return keep == text.size() || text.at(keep - 1).isDigit() ? text : text.left(keep);
}

// A word set apart in a small raised font on its own: a footnote number.
bool isFootnoteMarker(const Word &word, double lineHeight, double lineBottom)
{
    static const auto digits = [](const QString &s) {
        return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
    };
    return digits(word.text) && word.text.size() <= 2 && word.box.height() < lineHeight * 0.8 &&
           word.box.bottom() < lineBottom - 1.0;
}

QString pageText(const Poppler::Page &page)
{
    QList<Word> words;
    for (const std::unique_ptr<Poppler::TextBox> &box : page.textList()) {
        const QString text = withoutRaisedDigits(*box);
        if (!text.trimmed().isEmpty())
            words.append({text, box->boundingBox(), box->hasSpaceAfter()});
    }
    if (words.isEmpty())
        return {};

    // Lines: words whose middles sit within half a line of each other.
    std::sort(words.begin(), words.end(),
              [](const Word &a, const Word &b) { return a.box.center().y() < b.box.center().y(); });
    QList<QList<Word>> lines;
    double lineMiddle = -1e9;
    double lineHeight = 0;
    for (const Word &w : words) {
        const double middle = w.box.center().y();
        if (lines.isEmpty() || middle - lineMiddle > std::max(lineHeight, w.box.height()) * 0.5) {
            lines.append({w});
            lineMiddle = middle;
            lineHeight = w.box.height();
        } else {
            lines.last().append(w);
            lineHeight = std::max(lineHeight, w.box.height());
        }
    }

    double left = 1e9, right = -1e9;
    for (const Word &w : words) {
        left = std::min(left, w.box.left());
        right = std::max(right, w.box.right());
    }
    const double width = std::max(1.0, right - left);

    QStringList out;
    for (QList<Word> &line : lines) {
        std::sort(line.begin(), line.end(),
                  [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
        double height = 0, bottom = 0;
        for (const Word &w : line) {
            if (w.box.height() > height) {
                height = w.box.height();
                bottom = w.box.bottom();
            }
        }
        QString text;
        const Word *previous = nullptr;
        for (const Word &w : line) {
            if (line.size() > 1 && isFootnoteMarker(w, height, bottom))
                continue;
            if (!previous) {
                if (w.box.left() > left + width * 0.3)
                    text += QLatin1Char('\t');
            } else {
                const double gap = w.box.left() - previous->box.right();
                if (gap > height * 1.6)
                    text += QLatin1Char('\t');
                else if (previous->spaceAfter || gap > height * 0.15)
                    text += QLatin1Char(' ');
            }
            text += w.text;
            previous = &w;
        }
        out.append(text);
    }
    return out.join(QLatin1Char('\n'));
}

void quiet(const QString &, const QVariant &) {}

} // namespace

// What the program calls, by this name: 0 with `text` set (pages separated by form feeds),
// 1 for a damaged PDF, 2 for a password-protected one. The program says why in words.
extern "C" Q_DECL_EXPORT int cstracker_pdf_text_v1(const QByteArray &pdf, QString &text)
{
    // Poppler reports every oddity of a damaged file on standard error; the reason the
    // program gives is enough.
    Poppler::setDebugErrorFunction(quiet, {});
    // A document with an output intent (Word's PDF/A) makes poppler build colour transforms
    // from its ICC profile for every page: about 20 ms a page, and nothing text needs. The
    // catalogue's key is renamed in a copy, same length so every offset holds; where the
    // catalogue sits in a compressed object stream the bytes are not seen and nothing changes.
    QByteArray bytes = pdf;
    bytes.replace("/OutputIntents", "/OutputIntentX");
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return 1;
    if (document->isLocked())
        return 2;
    QStringList pages;
    const int count = document->numPages();
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        pages.append(page ? pageText(*page) : QString());
    }
    text = pages.join(QLatin1Char('\f'));
    return 0;
}
