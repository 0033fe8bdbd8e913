#pragma once

#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QString>
#include <QVariant>

class QAbstractItemView;
class QWidget;

// Remembers which row each list and table of a panel has current, and puts the selection
// back after the panel has read everything again (a model's reset loses it). A row is
// known by its id, which the tracker's models give in Qt::UserRole + 1 (IdRole), or else
// by what its first column says; a row that has gone leaves the view where it was.
class SelectionKeeper
{
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit SelectionKeeper(QWidget *panel);
    void restore() const;

private:
    struct Kept
    {
        QPointer<QAbstractItemView> view;
        QVariant id;
        QString text;
        int row = 0;
        int column = 0;
    };
    QList<Kept> m_kept;
};
