#include "actions/evidencemodel.h"

#include "actions/actionplanstore.h"

#include <QDir>
#include <QFont>

EvidenceModel::EvidenceModel(ActionPlanStore &actions, QObject *parent)
    : QAbstractTableModel(parent)
    , m_actions(actions)
{
    connect(&m_actions, &ActionPlanStore::actionsChanged, this, [this](qint64) { reload(); });
}

void EvidenceModel::setAction(qint64 actionId)
{
    m_actionId = actionId;
    reload();
}

void EvidenceModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_actionId) {
        const QList<ActionUpdate> updates = m_actions.updates(m_actionId);
        for (const Evidence &e : m_actions.evidence(m_actionId)) {
            Row row;
            row.evidence = e;
            row.state = Evidences::check(e);
            for (const ActionUpdate &u : updates) {
                if (e.updateId && u.id == *e.updateId)
                    row.backs = tr("update of %1")
                                    .arg(u.reportedOn.toString(QStringLiteral("d MMMM yyyy")));
            }
            m_rows.append(row);
        }
    }
    endResetModel();
}

QString EvidenceModel::stateText(Evidences::FileState state)
{
    switch (state) {
    case Evidences::FileState::WebAddress:
        return tr("Web address");
    case Evidences::FileState::Same:
        return tr("File as attached");
    case Evidences::FileState::Missing:
        return tr("Moved or deleted");
    case Evidences::FileState::Changed:
        return tr("Changed since attached");
    case Evidences::FileState::Unreadable:
        return tr("Cannot be read");
    }
    return {};
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Evidence &e = r.evidence;
    const bool wrong = r.state == Evidences::FileState::Missing ||
                       r.state == Evidences::FileState::Changed ||
                       r.state == Evidences::FileState::Unreadable;
    if (role == Qt::ToolTipRole)
        return wrong ? Evidences::problem(e)
                     : (e.sha256.isEmpty() ? e.location : tr("SHA-256 %1").arg(e.sha256));
    if (role == Qt::FontRole && wrong && index.column() == StandsColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return e.title;
    case KindColumn:
        return Evidences::kindTitle(e.kind);
    case DatedColumn:
        return e.datedOn ? e.datedOn->toString(QStringLiteral("d MMM yyyy")) : QString();
    case BacksColumn:
        return r.backs.isEmpty() ? tr("the action") : r.backs;
    case WhereColumn:
        return QDir::toNativeSeparators(e.location);
    case StandsColumn:
        return stateText(r.state);
    }
    return {};
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Evidence");
    case KindColumn:
        return tr("Kind");
    case DatedColumn:
        return tr("Dated");
    case BacksColumn:
        return tr("Backs");
    case WhereColumn:
        return tr("Where");
    case StandsColumn:
        return tr("Stands");
    }
    return {};
}
