#pragma once

#include "shell/authoritypanel.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class EnglandJudgementsModel;
class Store;

// The England view: every authority's latest graded inspection in one sortable table,
// filtered by region, with the selected authority and its statistical neighbours marked.
// Activating a row opens that authority. Read when first shown, and again after imports.
class EnglandPanel : public AuthorityPanel
{
    Q_OBJECT
public:
    EnglandPanel(Store &store, QWidget *parent = nullptr);

    QString title() const override { return tr("England"); }
    void setAuthority(qint64 authorityId) override;
    bool focusFilter() override;

    QTableView *table() const { return m_table; }
    QComboBox *regionBox() const { return m_region; }
    EnglandJudgementsModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadIfShown();
    void updateCount();

    Store &m_store;
    EnglandJudgementsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_region;
    QLabel *m_count;
    QTableView *m_table;
    qint64 m_authority = 0;
    bool m_stale = true;
};
