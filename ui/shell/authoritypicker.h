#pragma once

#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class AuthorityListModel;

// Chooses the authority every panel shows. Type any part of a name, ONS code or old DfE
// number; arrow keys and Enter pick it.
class AuthorityPicker : public QWidget
{
    Q_OBJECT
public:
    explicit AuthorityPicker(AuthorityListModel &model, QWidget *parent = nullptr);

    qint64 currentAuthority() const;
    bool setCurrentAuthority(qint64 authorityId);
    void focusSearch();

signals:
    void authorityChanged(qint64 authorityId);

private:
    void onActivated(int row);
    AuthorityListModel &m_model;
    QComboBox *m_combo;
    qint64 m_current = 0;
};
