#pragma once

#include "actions/actionplan.h"
#include "actions/measuredialog.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QTableWidget;
class MeasureListEditor;

// An action plan: its name, the period it covers and the board it reports to and, for a
// plan that exists, the indicators the plan as a whole is meant to move (its measures, given
// `measures` to choose from).
class PlanDialog : public QDialog
{
    Q_OBJECT
public:
    // A new plan.
    PlanDialog(qint64 authorityId, QWidget *parent = nullptr);
    // Edits `plan` (read with its measures), over the version it was read at.
    PlanDialog(const Plan &plan, const MeasureContext &measures, QWidget *parent = nullptr);
    Plan plan() const;

    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *measureTable() const;
    // Adds or replaces (at `row`) a measure of the whole plan; says why not.
    QString setMeasure(int row, const ImpactMeasure &measure);
    void removeMeasure(int row);

private:
    void build();
    std::optional<QDate> dateOf(const QDateEdit *edit) const;

    Plan m_original;
    QLineEdit *m_name;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_board;
    MeasureListEditor *m_measureList = nullptr; // only when editing a plan
};
