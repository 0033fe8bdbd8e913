#pragma once

#include "actions/actionplanstore.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Closes a recommendation: the date it was met, what shows it, and the document that does,
// if any (an evidence dialog attaches a web address or a file with its SHA-256). Refuses a
// date before the inspection that made it, or in the future, and says which.
class CloseRecommendationDialog : public QDialog
{
    Q_OBJECT
public:
    // onServer: a file on this computer's own disk is warned of when attached.
    CloseRecommendationDialog(const ActionPlanStore::Coverage &recommendation, bool onServer,
                              QWidget *parent = nullptr);

    QDate closedOn() const;
    QString note() const;
    std::optional<Evidence> evidence() const { return m_evidence; }
    QString problem() const;
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *evidenceLabel() const { return m_evidenceText; }
    // What Attach... does once its dialog is accepted; for tests.
    void setEvidence(const std::optional<Evidence> &evidence);

private:
    void attach();
    void validate();

    QDate m_inspectedOn;
    QDateEdit *m_date;
    QLineEdit *m_note;
    bool m_onServer;
    std::optional<Evidence> m_evidence;
    QLabel *m_evidenceText;
    QPushButton *m_attach;
    QPushButton *m_remove;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
