#pragma once

#include <QWidget>

// A panel of the main window that shows one authority: the overview, judgements, action
// plan and indicators each plug in through this, so the window knows none of their insides.
class AuthorityPanel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // 0 when nothing is selected.
    virtual void setAuthority(qint64 authorityId) = 0;
    // Gives keyboard focus to the panel's filter or search field, if it has one.
    virtual bool focusFilter() { return false; }

signals:
    // The panel asks the window to open another authority (a row of the England view).
    void authorityRequested(qint64 authorityId);
    // The panel asks the window to show the history of one of its items (an action, an
    // inspection, a figure: `table` and `rowId` as the audit trail names them).
    void itemHistoryRequested(qint64 authorityId, const QString &table, qint64 rowId,
                              const QString &name);
};
