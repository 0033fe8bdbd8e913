#pragma once

#include "actions/actionplan.h"
#include "actions/actionplanstore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// Adds or edits every field of an action, with the plan it belongs to and the
// recommendations it answers. Says what is wrong as the user types.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(const Action &action, const QList<Plan> &plans,
                 const QList<ActionPlanStore::Coverage> &recommendations,
                 QWidget *parent = nullptr);

    Action action() const;
    QString problem() const;

    QLineEdit *titleEdit() const { return m_title; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *dueEdit() const { return m_due; }

private:
    void validate();
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
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
