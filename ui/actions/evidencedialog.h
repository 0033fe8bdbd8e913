#pragma once

#include "actions/actionplan.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// Adds or changes one piece of an action's evidence: a title, its kind, its date, and where
// it is (a web address, or a file chosen on disk, known by its SHA-256), with the progress
// update it backs (or the closing of a recommendation it shows met). On a team's server, a
// file on this computer's own disk is warned of.
class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceDialog(const Evidence &evidence, const QList<ActionUpdate> &updates, bool onServer,
                   QWidget *parent = nullptr);

    Evidence evidence() const;
    QString problem() const;
    QString warning() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *locationEdit() const { return m_location; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *updateBox() const { return m_update; }
    // Takes a file as Choose File... does: its path and SHA-256, and its name as a title if
    // none is typed yet.
    void setFile(const QString &path);
    // For the document that shows a recommendation is met: no progress update to back.
    void forClosing();
    // For evidence attached as an update is written: it backs that update.
    void forNewUpdate();

private:
    void locationChanged();
    void validate();

    Evidence m_original;
    bool m_onServer;
    QString m_sha256;
    QString m_moved; // what became of the attached file, if it moved or changed
    QLineEdit *m_title;
    QComboBox *m_kind;
    QDateEdit *m_dated;
    QLineEdit *m_location;
    QLabel *m_fingerprint;
    QComboBox *m_update;
    QFormLayout *m_form;
    QLabel *m_warning;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
