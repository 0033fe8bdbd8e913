#pragma once

#include "shell/authoritypanel.h"

class ChangeHistoryModel;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class Store;

// Who changed what, and when, for one authority: its inspections, plans, actions, progress
// updates and figures, from the audit trail a team's server writes. Filtered by kind of
// item, exported like any table; or the changes to one item, asked for from the panel that
// shows it (Show History, Ctrl+Shift+H). A file keeps no trail, and the panel says so.
class HistoryPanel : public AuthorityPanel
{
    Q_OBJECT
public:
    HistoryPanel(Store &store, QWidget *parent = nullptr);

    QString title() const override { return tr("History"); }
    void setAuthority(qint64 authorityId) override;
    bool focusFilter() override;
    // Only the changes to one item of the authority (an action, an inspection, a figure),
    // until Show All Changes or another authority.
    void showItem(qint64 authorityId, const QString &table, qint64 rowId, const QString &name);

    // The Show History action a panel offers for its chosen item: enabled when the
    // database keeps an audit trail, otherwise disabled with a tooltip saying why.
    static QAction *itemHistoryAction(const Store &store, QWidget *panel);

    QTableView *table() const { return m_table; }
    QComboBox *kindBox() const { return m_kind; }
    QPushButton *showAllButton() const { return m_showAll; }
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
    QPushButton *m_showAll;
    QTableView *m_table;
    qint64 m_authority = 0;
    // While one item is shown: "Action “Review the front door”", and its row.
    QString m_itemName;
    QString m_itemTable;
    qint64 m_itemId = 0;
};
