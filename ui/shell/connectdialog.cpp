#include "shell/connectdialog.h"

#include "help/handbook.h"

#include "shell/settingskeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Keep the password in this computer's keyring"), this))
    , m_problem(new QLabel(this))
{
    Handbook::setTopic(this, HandbookTopic::connecting);
    setWindowTitle(tr("Connect to Server"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    // libpq's TLS modes, in words.
    m_tls->addItem(tr("Use TLS when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_tls->addItem(tr("Require TLS and check the server's certificate"),
                   QStringLiteral("verify-full"));
    m_tls->addItem(tr("Never use TLS"), QStringLiteral("disable"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from the keyring or ~/.pgpass when left empty"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    QSettings settings;
    m_host->setText(settings.value(SettingsKeys::serverHost()).toString());
    m_port->setValue(settings.value(SettingsKeys::serverPort(), 5432).toInt());
    m_database->setText(settings.value(SettingsKeys::serverDatabase()).toString());
    m_user->setText(
        settings.value(SettingsKeys::serverUser(), qEnvironmentVariable("USER")).toString());
    m_tls->setCurrentIndex(std::max(
        0, m_tls->findData(settings.value(SettingsKeys::serverTls(), QStringLiteral("prefer")))));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    auto *layout = new QVBoxLayout(this);
    // Never smaller than its fields need, whatever the wrapped line below them says.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::check);
    check();
}

void ConnectDialog::check()
{
    QString problem;
    if (m_host->text().trimmed().isEmpty())
        problem = tr("Name the server (its host name or address).");
    else if (m_database->text().trimmed().isEmpty())
        problem = tr("Name the database on the server.");
    else if (m_user->text().trimmed().isEmpty())
        problem = tr("Give the user name to connect as.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

QString ConnectDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_tls->currentData().toString());
    url.setQuery(query);
    return url.toString();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::remember() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::serverHost(), m_host->text().trimmed());
    settings.setValue(SettingsKeys::serverPort(), m_port->value());
    settings.setValue(SettingsKeys::serverDatabase(), m_database->text().trimmed());
    settings.setValue(SettingsKeys::serverUser(), m_user->text().trimmed());
    settings.setValue(SettingsKeys::serverTls(), m_tls->currentData().toString());
}
