#pragma once

#include "export/boardpack.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Chooses what goes in a board pack (the meeting, its date, the sections, the indicators
// and a comment for each) and saves it as PDF, previews it or prints it.
class BoardPackDialog : public QDialog
{
    Q_OBJECT
public:
    BoardPackDialog(const Store &store, qint64 authorityId, QWidget *parent = nullptr);

    BoardPack::Request request() const;
    QString problem() const;
    QLineEdit *meetingEdit() const { return m_meeting; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *sinceCheck() const { return m_sinceCheck; }
    QDateEdit *sinceEdit() const { return m_since; }
    QTableWidget *indicatorTable() const { return m_indicators; }
    // Writes the pack to `fileName`, a PDF or an OpenDocument text file by its ending (the
    // file dialog has already asked about replacing it). Empty when done; otherwise why.
    QString save(const QString &fileName);

private:
    void validate();
    void saveDialog();
    void preview();
    void print();
    // Starts "changes since" from the last meeting of the name typed, until the user sets it.
    void followLastMeeting();
    void remember();

    const Store &m_store;
    qint64 m_authorityId;
    QLineEdit *m_meeting;
    QDateEdit *m_date;
    QCheckBox *m_sinceCheck;
    QDateEdit *m_since;
    bool m_sinceChosen = false;
    QCheckBox *m_judgements;
    QCheckBox *m_actions;
    QTableWidget *m_indicators;
    QLabel *m_problem;
    QList<QPushButton *> m_outputs;
};
