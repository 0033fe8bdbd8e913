#pragma once

#include "shell/authoritypanel.h"

class QDateEdit;
class GradeLabel;
class QGridLayout;
class QLabel;
class QTableView;
class QVBoxLayout;
class InspectionListModel;
class OpenRecommendationModel;
class Store;

// The first thing a director sees for an authority: its latest inspection and grades, what
// has happened since, the recommendations still open, its history and where it all came from.
class OverviewPanel : public AuthorityPanel
{
    Q_OBJECT
public:
    explicit OverviewPanel(Store &store, QWidget *parent = nullptr);

    QString title() const override { return tr("Overview"); }
    void setAuthority(qint64 authorityId) override;

    // For tests and screen readers: the grades shown, as "area: grade" lines.
    QStringList shownGrades() const;
    // The date the "Since" box reports changes after, and what it says.
    QDateEdit *sinceEdit() const { return m_sinceDate; }
    QString changesText() const;

private:
    void refresh();
    void fillLatest();
    void fillSources();
    void fillChanges();

    Store &m_store;
    qint64 m_authorityId = 0;
    QLabel *m_heading;
    QLabel *m_details;
    QLabel *m_syntheticNote;
    QLabel *m_latestTitle;
    QGridLayout *m_gradeGrid;
    // The grid's rows, kept from one authority to the next: those beyond the latest
    // inspection's grades are hidden.
    QList<QLabel *> m_areaLabels;
    QList<GradeLabel *> m_gradeLabels;
    QLabel *m_since;
    QLabel *m_sources;
    QDateEdit *m_sinceDate;
    QLabel *m_changes;
    bool m_sinceChosen = false; // the user set the date; it stays as they set it
    QLabel *m_openTitle;
    InspectionListModel *m_inspections;
    OpenRecommendationModel *m_open;
    QTableView *m_openView;
    QTableView *m_historyView;
    QStringList m_shownGrades;
};
