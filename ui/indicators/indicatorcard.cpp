#include "indicators/indicatorcard.h"

#include "charts/contrast.h"

#include "actions/rag.h"
#include "indicators/indicatorsummarymodel.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

IndicatorCard::IndicatorCard(const QPersistentModelIndex &index, QWidget *parent)
    : QFrame(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setMinimumSize(sizeHint());
    setIndex(index);
}

void IndicatorCard::setIndex(const QPersistentModelIndex &index)
{
    m_index = index;
    setAccessibleName(summary());
    const QString standing = m_index.data(IndicatorSummaryModel::StandingTextRole).toString();
    const QStringList aimed = m_index.data(IndicatorSummaryModel::AimedActionsRole).toStringList();
    setToolTip(
        m_index.data(Qt::ToolTipRole).toString() + QLatin1Char('\n') +
        (standing.isEmpty() ? QString()
                            : tr("Among all authorities: %1").arg(standing) + QLatin1Char('\n')) +
        (aimed.isEmpty()
             ? QString()
             : tr("Aimed at by: %1").arg(aimed.join(QStringLiteral("; "))) + QLatin1Char('\n')) +
        m_index.data(IndicatorSummaryModel::SourceRole).toString());
    update();
}

QSize IndicatorCard::sizeHint() const
{
    return {300, 142};
}

qint64 IndicatorCard::indicatorId() const
{
    return m_index.data(IndicatorSummaryModel::IndicatorIdRole).toLongLong();
}

void IndicatorCard::setSelected(bool selected)
{
    m_selected = selected;
    update();
}

QString IndicatorCard::summary() const
{
    QStringList parts{m_index.data().toString(),
                      m_index.data(IndicatorSummaryModel::LatestTextRole).toString(),
                      m_index.data(IndicatorSummaryModel::PeriodRole).toString(),
                      m_index.data(IndicatorSummaryModel::ChangeTextRole).toString()};
    const QVariant better = m_index.data(IndicatorSummaryModel::ImprovementRole);
    if (better.isValid())
        parts << (better.toInt() > 0   ? tr("better")
                  : better.toInt() < 0 ? tr("worse")
                                       : tr("no change"));
    const QString target = m_index.data(IndicatorSummaryModel::TargetTextRole).toString();
    if (!target.isEmpty())
        parts << target;
    const QString standing = m_index.data(IndicatorSummaryModel::StandingTextRole).toString();
    if (!standing.isEmpty())
        parts << standing;
    const QString aimed = aimedText();
    if (!aimed.isEmpty())
        parts << aimed;
    return parts.join(QStringLiteral("; "));
}

QString IndicatorCard::aimedText() const
{
    const QStringList aimed = m_index.data(IndicatorSummaryModel::AimedActionsRole).toStringList();
    if (aimed.isEmpty())
        return {};
    // Each as the store says it: "“title”" for an action, "the plan “name”" for a plan.
    return aimed.size() == 1 ? tr("aimed at by %1").arg(aimed.first())
                             : tr("aimed at by %1 and %n more", nullptr, int(aimed.size() - 1))
                                   .arg(aimed.first());
}

void IndicatorCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_index.isValid())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = rect().adjusted(10, 8, -10, -8);
    const QPalette pal = palette();
    if (m_selected || hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }

    QFont nameFont = font();
    nameFont.setPointSizeF(font().pointSizeF() * 0.95);
    p.setFont(nameFont);
    p.setPen(pal.color(QPalette::WindowText));
    const QString name =
        fontMetrics().elidedText(m_index.data().toString(), Qt::ElideRight, r.width());
    p.drawText(QRect(r.left(), r.top(), r.width(), 18), Qt::AlignLeft | Qt::AlignVCenter, name);

    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.7);
    big.setBold(true);
    p.setFont(big);
    const QString latest = m_index.data(IndicatorSummaryModel::NumberTextRole).toString();
    const QString unitNote = m_index.data(IndicatorSummaryModel::UnitNoteRole).toString();
    const QFontMetrics bigMetrics(big);
    p.drawText(QRect(r.left(), r.top() + 20, r.width() * 3 / 5, 34),
               Qt::AlignLeft | Qt::AlignVCenter,
               bigMetrics.elidedText(latest, Qt::ElideRight, r.width() * 3 / 5));

    p.setFont(font());
    QColor muted = pal.color(QPalette::WindowText);
    muted.setAlphaF(0.7);
    p.setPen(muted);
    p.drawText(QRect(r.left(), r.top() + 56, r.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(
                   (unitNote.isEmpty() ? QString() : unitNote + QStringLiteral(", ")) +
                       m_index.data(IndicatorSummaryModel::PeriodRole).toString(),
                   Qt::ElideRight, r.width()));

    // Change: an arrow for the raw direction, coloured and worded by polarity.
    const QVariant better = m_index.data(IndicatorSummaryModel::ImprovementRole);
    const QString change = m_index.data(IndicatorSummaryModel::ChangeTextRole).toString();
    QColor changeColour = muted;
    QString verdict;
    if (better.isValid()) {
        const int b = better.toInt();
        // Green and red as designed on a light desktop, shaded to read on a dark one.
        if (b != 0)
            changeColour =
                Contrast::readableOn(b > 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28),
                                     pal.color(QPalette::Window), Contrast::text);
        verdict = b > 0 ? tr("better: ") : b < 0 ? tr("worse: ") : QString();
    }
    const QString arrow = change.startsWith(tr("up"))     ? QStringLiteral("\u25B2 ")
                          : change.startsWith(tr("down")) ? QStringLiteral("\u25BC ")
                                                          : QString();
    p.setPen(changeColour);
    p.drawText(QRect(r.left(), r.top() + 74, r.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(arrow + verdict + change, Qt::ElideRight, r.width()));

    // Target RAG chip, with its words.
    const QString ragCode = m_index.data(IndicatorSummaryModel::TargetRagRole).toString();
    if (const std::optional<Rag> rag = Rags::fromCode(ragCode)) {
        const QString text = *rag == Rag::Green   ? tr("target met")
                             : *rag == Rag::Amber ? tr("near target")
                                                  : tr("off target");
        const int w = fontMetrics().horizontalAdvance(text) + 12;
        const QRect chip(r.left(), r.top() + 94, w, 18);
        p.setPen(Qt::NoPen);
        p.setBrush(Rags::colour(*rag));
        p.drawRoundedRect(chip, 4, 4);
        p.setPen(Rags::textColour(*rag));
        p.drawText(chip, Qt::AlignCenter, text);
    }

    // Where the latest figure stands among all authorities (LAIT's rank and quartile).
    const QString standing = m_index.data(IndicatorSummaryModel::StandingTextRole).toString();
    if (!standing.isEmpty()) {
        p.setPen(muted);
        p.drawText(QRect(r.left(), r.top() + 94, r.width(), 18), Qt::AlignRight | Qt::AlignVCenter,
                   fontMetrics().elidedText(standing, Qt::ElideLeft, r.width() / 2 + 40));
    }

    // The actions meant to move it, by name.
    const QString aimed = aimedText();
    if (!aimed.isEmpty()) {
        p.setPen(muted);
        p.drawText(QRect(r.left(), r.top() + 114, r.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(QStringLiteral("\u25CE ") + aimed, Qt::ElideRight,
                                            r.width()));
    }

    // Trend line of the series, with gaps where figures are withheld.
    const QVariantList trend = m_index.data(IndicatorSummaryModel::TrendRole).toList();
    if (trend.size() >= 2) {
        double lo = 0;
        double hi = 0;
        bool any = false;
        for (const QVariant &v : trend) {
            const double d = v.toDouble();
            if (std::isnan(d))
                continue;
            lo = any ? std::min(lo, d) : d;
            hi = any ? std::max(hi, d) : d;
            any = true;
        }
        const QRect area(r.left() + r.width() * 3 / 5 + 8, r.top() + 24, r.width() * 2 / 5 - 8, 44);
        QPainterPath path;
        bool drawing = false;
        for (int i = 0; i < trend.size(); ++i) {
            const double d = trend.at(i).toDouble();
            if (std::isnan(d)) {
                drawing = false;
                continue;
            }
            const double x = area.left() + area.width() * i / double(trend.size() - 1);
            const double y = area.bottom() - (hi > lo ? (d - lo) / (hi - lo) : 0.5) * area.height();
            if (drawing)
                path.lineTo(x, y);
            else
                path.moveTo(x, y);
            drawing = true;
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.drawPath(path);
    }
}

void IndicatorCard::mousePressEvent(QMouseEvent *event)
{
    QFrame::mousePressEvent(event);
    emit activated(indicatorId());
}

void IndicatorCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit activated(indicatorId());
        return;
    }
    QFrame::keyPressEvent(event);
}
