#pragma once

#include "indicators/indicator.h"
#include "indicators/indicatorvalue.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds a figure by hand: the period (a date, or a span), the value or a suppression code,
// and where it came from. Checks the figure against the indicator's unit as the user types.
class ValueDialog : public QDialog
{
    Q_OBJECT
public:
    ValueDialog(const Indicator &indicator, qint64 authorityId, QWidget *parent = nullptr);
    IndicatorValue value() const;
    QString sourceNote() const;
    QString problem() const;

    QComboBox *kindBox() const { return m_kind; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QLineEdit *valueEdit() const { return m_value; }

private:
    void validate();
    Indicator m_indicator;
    qint64 m_authorityId;
    QComboBox *m_kind;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_label;
    QLineEdit *m_value;
    QLineEdit *m_source;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
