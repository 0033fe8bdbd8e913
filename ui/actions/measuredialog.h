#pragma once

#include "actions/impactmeasure.h"
#include "indicators/indicatorvalue.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class Store;

// What a measure dialog needs to know of the authority: its indicators, its stored figures
// (offered as baselines) and how to cite one.
struct MeasureContext
{
    QList<Indicator> indicators;
    std::function<QList<IndicatorValue>(qint64 indicatorId)> figures;
    std::function<QString(const IndicatorValue &)> cite;
    QDate actionStart; // the baseline offered first is the latest figure up to this day

    // One authority's, from the store: indicators with figures first, then the rest.
    static MeasureContext of(Store &store, qint64 authorityId);
};

// Adds or edits one impact measure: the indicator, a baseline (one of the authority's stored
// figures, or a figure typed with its source), a target value and date, and milestones on
// the way. Refuses a target
// date not after the baseline; warns, without refusing, of a target the wrong way for the
// indicator's polarity.
class MeasureDialog : public QDialog
{
    Q_OBJECT
public:
    MeasureDialog(const ImpactMeasure &measure, const MeasureContext &context,
                  QWidget *parent = nullptr);

    ImpactMeasure measure() const;
    QString problem() const;
    QString warning() const;

    QComboBox *indicatorBox() const { return m_indicator; }
    QComboBox *baselineBox() const { return m_baseline; }
    QDoubleSpinBox *targetValueEdit() const { return m_targetValue; }
    QDateEdit *targetDateEdit() const { return m_targetOn; }
    QDoubleSpinBox *baselineValueEdit() const { return m_baselineValue; }
    QDateEdit *baselineDateEdit() const { return m_baselineOn; }
    QLineEdit *baselineSourceEdit() const { return m_baselineSource; }
    QListWidget *milestoneList() const { return m_milestoneList; }
    // Adds a milestone as the Add Milestone button does (one on the same date is replaced).
    void addMilestone(const QDate &on, double value);
    void removeMilestone(int row);

private:
    void fillBaselines();
    void baselineChosen();
    void validate();
    std::optional<Indicator> chosenIndicator() const;
    void showMilestones();

    ImpactMeasure m_original;
    MeasureContext m_context;
    QList<IndicatorValue> m_figures; // of the chosen indicator, with a value, newest first
    QComboBox *m_indicator;
    QComboBox *m_baseline;
    QDoubleSpinBox *m_baselineValue;
    QDateEdit *m_baselineOn;
    QLineEdit *m_baselineSource;
    QDoubleSpinBox *m_targetValue;
    QDateEdit *m_targetOn;
    QList<std::pair<QDate, double>> m_milestones;
    QListWidget *m_milestoneList;
    QDateEdit *m_milestoneOn;
    QDoubleSpinBox *m_milestoneValue;
    QLabel *m_warning;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
