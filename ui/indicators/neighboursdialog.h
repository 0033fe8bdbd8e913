#pragma once

#include <QDialog>

class QListWidget;
class Store;

// Chooses an authority's statistical neighbours from the other local authorities. Those
// kept stay in their order (closest first); those added follow.
class NeighboursDialog : public QDialog
{
    Q_OBJECT
public:
    NeighboursDialog(const Store &store, qint64 authorityId, QWidget *parent = nullptr);
    QList<qint64> neighbours() const;
    // The list as it was when the dialog opened: what the save is made over.
    QList<qint64> shown() const { return m_shown; }
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
    QList<qint64> m_shown;
};
