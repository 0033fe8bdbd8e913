#pragma once

#include "shell/authoritypanel.h"

class ChangeHistoryModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class Store;

// Who changed what, and when, for one authority: its inspections, plans, actions, progress
// updates and figures, from the audit trail a team's server writes. Filtered by kind of
// item, exported like any table. A file keeps no trail, and the panel says so.
class HistoryPanel : public AuthorityPanel
{
    Q_OBJECT
public:
    HistoryPanel(Store &store, QWidget *parent = nullptr);

    QString title() const override { return tr("History"); }
    void setAuthority(qint64 authorityId) override;
    bool focusFilter() override;

    QTableView *table() const { return m_table; }
    QComboBox *kindBox() const { return m_kind; }
    ChangeHistoryModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void updateNote();

    Store &m_store;
    ChangeHistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_note;
    QComboBox *m_kind;
    QPushButton *m_export;
    QTableView *m_table;
    qint64 m_authority = 0;
};
