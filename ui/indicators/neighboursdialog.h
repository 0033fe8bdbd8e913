#pragma once

#include <QDialog>

class QListWidget;
class Store;

// Chooses an authority's statistical neighbours from the other local authorities.
class NeighboursDialog : public QDialog
{
    Q_OBJECT
public:
    NeighboursDialog(const Store &store, qint64 authorityId, QWidget *parent = nullptr);
    QList<qint64> neighbours() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};
