#pragma once

#include "actions/measuredialog.h"

#include <QWidget>

#include <functional>

class QPushButton;
class QTableWidget;

// The impact measures of an action or of a whole plan, as a table with Add, Change and
// Remove: each opens the measure dialog, offering the authority's figures as baselines up to
// the day `startOf` gives (the action's or the plan's start). Says, through problem(), why a
// measure was not taken.
class MeasureListEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Owner
    {
        Action,
        Plan
    };
    MeasureListEditor(Owner owner, const QList<ImpactMeasure> &measures,
                      const MeasureContext &context, std::function<QDate()> startOf,
                      QWidget *parent = nullptr);

    const QList<ImpactMeasure> &measures() const { return m_measures; }
    QTableWidget *table() const { return m_table; }
    // Adds or replaces (at `row`) a measure, as the measure dialog would; says why not.
    QString setMeasure(int row, const ImpactMeasure &measure);
    void removeMeasure(int row);

signals:
    void problem(const QString &text);

private:
    void showMeasures();
    void editMeasure(int row); // -1: a new one

    Owner m_owner;
    QList<ImpactMeasure> m_measures;
    MeasureContext m_context;
    std::function<QDate()> m_startOf;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_remove;
};
