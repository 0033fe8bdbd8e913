#pragma once

#include "actions/actionplan.h"
#include "actions/actionplanstore.h"
#include "actions/measuredialog.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class MeasureListEditor;

// Adds or edits every field of an action, with the plan it belongs to, the
// recommendations it answers and the indicators it is meant to move (its impact measures,
// given `measures` to choose from) and the evidence of its work. Says what is wrong as
// the user types.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(const Action &action, const QList<Plan> &plans,
                 const QList<ActionPlanStore::Coverage> &recommendations,
                 const MeasureContext &measures = {}, QWidget *parent = nullptr);

    Action action() const;
    QString problem() const;

    QLineEdit *titleEdit() const { return m_title; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *dueEdit() const { return m_due; }
    QTableWidget *measureTable() const;
    // Adds or replaces (at `row`) a measure, as the measure dialog would; says why not.
    QString setMeasure(int row, const ImpactMeasure &measure);
    void removeMeasure(int row);
    QTableWidget *evidenceTable() const { return m_evidenceTable; }
    // Adds or replaces (at `row`) evidence, as the evidence dialog would; says why not.
    QString setEvidence(int row, const Evidence &evidence);
    void removeEvidence(int row);
    // What the evidence dialog offers: the action's updates to back, and whether colleagues
    // share the database (so a file on this computer's own disk is warned of).
    void setEvidenceContext(const QList<ActionUpdate> &updates, bool onServer);

private:
    void validate();
    void showEvidence();
    void editEvidence(int row); // -1: a new one
    std::optional<QDate> dateOf(const QDateEdit *edit) const;

    Action m_original;
    QComboBox *m_plan;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_lead;
    QLineEdit *m_service;
    QDateEdit *m_start;
    QDateEdit *m_due;
    QComboBox *m_status;
    QLineEdit *m_measure;
    QLineEdit *m_evidence;
    QListWidget *m_recommendations;
    MeasureContext m_context;
    MeasureListEditor *m_measureList;
    QList<Evidence> m_documents;
    QTableWidget *m_evidenceTable;
    QPushButton *m_editEvidence;
    QPushButton *m_removeEvidence;
    QList<ActionUpdate> m_updates;
    bool m_onServer = false;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
