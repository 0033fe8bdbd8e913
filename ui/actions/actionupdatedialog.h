#pragma once

#include "actions/actionplan.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// A new dated progress update for an action: RAG, percent complete, who and what.
class ActionUpdateDialog : public QDialog
{
    Q_OBJECT
public:
    ActionUpdateDialog(const QString &actionTitle, const ActionUpdate &previous,
                       QWidget *parent = nullptr);
    ActionUpdate update() const;

    QComboBox *ragBox() const { return m_rag; }
    QSpinBox *percentBox() const { return m_percent; }

private:
    QDateEdit *m_date;
    QComboBox *m_rag;
    QSpinBox *m_percent;
    QLineEdit *m_author;
    QPlainTextEdit *m_note;
    qint64 m_actionId;
};
