#pragma once

#include "actions/actionplan.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

// A new action plan: its name, the period it covers and the board it reports to.
class PlanDialog : public QDialog
{
    Q_OBJECT
public:
    PlanDialog(qint64 authorityId, QWidget *parent = nullptr);
    Plan plan() const;

private:
    qint64 m_authorityId;
    QLineEdit *m_name;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_board;
};
