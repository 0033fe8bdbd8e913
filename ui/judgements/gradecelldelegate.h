#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

// Draws a grade in a grid cell in the longest form that fits its width, never cut in the
// middle of a word: "Requires improvement", then "Req. improvement", then "RI" (the full
// grade stays in the tooltip and for screen readers). The model gives the grade's code in
// `gradeRole`; other cells are drawn as usual.
class GradeCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    GradeCellDelegate(int gradeRole, QObject *parent = nullptr);

    // The form of `text` (a grade's title, perhaps with " (joint)") that fits `width`.
    static QString fitted(const QString &text, const QString &gradeCode,
                          const QFontMetrics &metrics, int width);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_gradeRole;
};
