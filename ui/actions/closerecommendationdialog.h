#pragma once

#include "actions/actionplanstore.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Closes a recommendation: the date it was met and what shows it. Refuses a date before the
// inspection that made it, or in the future, and says which.
class CloseRecommendationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CloseRecommendationDialog(const ActionPlanStore::Coverage &recommendation,
                                       QWidget *parent = nullptr);

    QDate closedOn() const;
    QString note() const;
    QString problem() const;
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    void validate();

    QDate m_inspectedOn;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
