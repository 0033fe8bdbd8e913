#pragma once

#include "judgements/inspectionrecord.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QGroupBox;

// Adds or edits one inspection: its framework and dates, a grade per area the framework
// judges, and its recommendations (a visit's areas for improvement). Checks the whole
// record as the user types and says what is wrong; OK stays off until it is right.
class InspectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InspectionDialog(const InspectionRecord &record, QWidget *parent = nullptr);

    InspectionRecord record() const;
    // The message shown for the current input; empty when it is valid.
    QString problem() const;

    // For tests and keyboard users: the grade chosen for an area, if any.
    bool setGrade(JudgementArea area, std::optional<Grade> grade);
    QList<JudgementArea> gradedAreasOffered() const;

    QComboBox *frameworkBox() const { return m_framework; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QDateEdit *publishedEdit() const { return m_published; }
    QTableWidget *recommendationTable() const { return m_recommendations; }

private:
    void rebuildGrades();
    void validate();
    void addRecommendation();
    void removeRecommendation();
    std::optional<QDate> dateOf(const QDateEdit *edit) const;

    InspectionRecord m_original;
    QComboBox *m_framework;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QCheckBox *m_monthOnly;
    QDateEdit *m_published;
    QLineEdit *m_theme;
    QPlainTextEdit *m_summary;
    QGroupBox *m_gradesBox;
    QFormLayout *m_grades;
    QLabel *m_noGrades;
    QList<std::pair<JudgementArea, QComboBox *>> m_gradeBoxes;
    QGroupBox *m_recommendationsBox;
    QTableWidget *m_recommendations;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
