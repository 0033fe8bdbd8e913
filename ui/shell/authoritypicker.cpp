#include "shell/authoritypicker.h"

#include "authorities/authoritylistmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>

namespace {

// Matches on the search text (name, code, number) but puts only the name in the field.
class AuthorityCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(Qt::DisplayRole).toString();
    }
};

} // namespace

AuthorityPicker::AuthorityPicker(AuthorityListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Authority:"), this);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addStretch(1);

    m_combo->setModel(&m_model);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(28);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setAccessibleName(tr("Authority"));
    m_combo->setToolTip(
        tr("Type part of a name, an ONS code (E06000016) or an old DfE number (856)"));
    m_combo->lineEdit()->setPlaceholderText(tr("Type to search authorities"));
    m_combo->lineEdit()->setAccessibleName(tr("Search authorities by name or code"));

    // Matches anywhere in the name, code or number, not only at the start.
    auto *completer = new AuthorityCompleter(&m_model, m_combo);
    completer->setCompletionRole(AuthorityListModel::SearchTextRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCompleter(completer);
    m_combo->setCurrentIndex(-1);

    connect(m_combo, &QComboBox::activated, this, &AuthorityPicker::onActivated);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const qint64 id = index.data(AuthorityListModel::IdRole).toLongLong();
                setCurrentAuthority(id);
            });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this]() {
        const qint64 keep = m_current;
        m_current = 0;
        if (!setCurrentAuthority(keep))
            emit authorityChanged(0);
    });
}

qint64 AuthorityPicker::currentAuthority() const
{
    return m_current;
}

bool AuthorityPicker::setCurrentAuthority(qint64 authorityId)
{
    const int row = m_model.rowOf(authorityId);
    if (row < 0)
        return false;
    m_combo->setCurrentIndex(row);
    if (m_current != authorityId) {
        m_current = authorityId;
        emit authorityChanged(authorityId);
    }
    return true;
}

void AuthorityPicker::onActivated(int row)
{
    if (const std::optional<Authority> a = m_model.authorityAt(row))
        setCurrentAuthority(a->id);
}

void AuthorityPicker::focusSearch()
{
    m_combo->setFocus(Qt::ShortcutFocusReason);
    m_combo->lineEdit()->selectAll();
}
