#pragma once

#include <QFrame>
#include <QModelIndex>

// One indicator at a glance: the latest figure and its period, the change since the
// previous figure read as better or worse (in words and colour), a small trend line, and
// the RAG against the target where there is one. Paints from an IndicatorSummaryModel row;
// the same card shows another row (another authority's) when handed it.
class IndicatorCard : public QFrame
{
    Q_OBJECT
public:
    IndicatorCard(const QPersistentModelIndex &index, QWidget *parent = nullptr);
    void setIndex(const QPersistentModelIndex &index);
    QSize sizeHint() const override;
    qint64 indicatorId() const;
    void setSelected(bool selected);
    // What the card says, as text (for screen readers and tests).
    QString summary() const;
    // "aimed at by “Audit pathway plans”": the actions meant to move it; empty when none.
    QString aimedText() const;

signals:
    void activated(qint64 indicatorId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPersistentModelIndex m_index;
    bool m_selected = false;
};
