#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File > Connect to Server: host, port, database, user and TLS mode of a team's
// PostgreSQL server, remembered between sessions (never the password, which goes to the
// desktop's keyring when the user asks).
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // postgresql://user@host:port/database?sslmode=..., without the password.
    QString address() const;
    QString password() const;
    bool rememberPassword() const;
    // Keeps the fields (not the password) for next time.
    void remember() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *tlsBox() const { return m_tls; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    void check();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};
