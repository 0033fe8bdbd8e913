#pragma once

#include "actions/actionplan.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// A new dated progress update for an action: RAG, percent complete, who and what, and the
// evidence that backs it (each attached through an evidence dialog, saved with the update).
class ActionUpdateDialog : public QDialog
{
    Q_OBJECT
public:
    // onServer: a file on this computer's own disk is warned of when attached.
    ActionUpdateDialog(const QString &actionTitle, const ActionUpdate &previous,
                       bool onServer = false, QWidget *parent = nullptr);
    ActionUpdate update() const;
    // The evidence to attach, backing this update.
    QList<Evidence> evidence() const { return m_evidence; }
    // What Attach Evidence... does once its dialog is accepted; for tests.
    void addEvidence(const Evidence &evidence);

    QComboBox *ragBox() const { return m_rag; }
    QSpinBox *percentBox() const { return m_percent; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QListWidget *evidenceList() const { return m_evidenceList; }
    QPushButton *removeEvidenceButton() const { return m_removeEvidence; }

private:
    void attachEvidence();
    void showEvidence();

    QDateEdit *m_date;
    QComboBox *m_rag;
    QSpinBox *m_percent;
    QLineEdit *m_author;
    QPlainTextEdit *m_note;
    QListWidget *m_evidenceList;
    QPushButton *m_removeEvidence;
    QList<Evidence> m_evidence;
    bool m_onServer;
    qint64 m_actionId;
};
