#include "judgements/gradecelldelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QStyle>

namespace {

// The forms a grade takes, longest first; the last is the shortest a reader still knows.
QStringList formsOf(const QString &gradeCode)
{
    if (gradeCode == QLatin1String("requires_improvement"))
        return {QStringLiteral("Requires improvement"), QStringLiteral("Req. improvement"),
                QStringLiteral("RI")};
    if (gradeCode == QLatin1String("outstanding"))
        return {QStringLiteral("Outstanding"), QStringLiteral("Outst.")};
    if (gradeCode == QLatin1String("inadequate"))
        return {QStringLiteral("Inadequate"), QStringLiteral("Inadeq.")};
    if (gradeCode == QLatin1String("good"))
        return {QStringLiteral("Good")};
    return {};
}

} // namespace

GradeCellDelegate::GradeCellDelegate(int gradeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_gradeRole(gradeRole)
{
}

QString GradeCellDelegate::fitted(const QString &text, const QString &gradeCode,
                                  const QFontMetrics &metrics, int width)
{
    const QStringList forms = formsOf(gradeCode);
    if (forms.isEmpty() || metrics.horizontalAdvance(text) <= width)
        return text;
    // " (joint)" and the like go with the grade while they fit, and first when they do not.
    const QString rest =
        text.startsWith(forms.first()) ? text.mid(forms.first().size()) : QString();
    for (const QString &form : forms) {
        if (metrics.horizontalAdvance(form + rest) <= width)
            return form + rest;
    }
    for (const QString &form : forms) {
        if (metrics.horizontalAdvance(form) <= width)
            return form;
    }
    return forms.last();
}

void GradeCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QString code = index.data(m_gradeRole).toString();
    if (code.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Only when drawn: the column is sized (sizeHint) for the whole grade.
    QStyleOptionViewItem shown = option;
    initStyleOption(&shown, index);
    const QStyle *style = shown.widget ? shown.widget->style() : QApplication::style();
    // The room for text: the cell less the margins the style draws inside it.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, shown.widget) + 1;
    shown.text = fitted(shown.text, code, shown.fontMetrics, shown.rect.width() - 2 * margin);
    shown.textElideMode = Qt::ElideNone;
    style->drawControl(QStyle::CE_ItemViewItem, &shown, painter, shown.widget);
}
