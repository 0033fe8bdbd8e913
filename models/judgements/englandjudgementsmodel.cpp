#include "judgements/englandjudgementsmodel.h"

#include "export/exportrole.h"

#include <QFont>
#include <QLocale>

EnglandJudgementsModel::EnglandJudgementsModel(const JudgementStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void EnglandJudgementsModel::reload()
{
    beginResetModel();
    m_rows = m_store.latestGrades();
    endResetModel();
}

void EnglandJudgementsModel::mark(qint64 authorityId, const QList<qint64> &neighbours)
{
    m_selected = authorityId;
    m_neighbours = neighbours;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EnglandJudgementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnglandJudgementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

AreaRow EnglandJudgementsModel::rowFor(int column)
{
    switch (column) {
    case OverallColumn:
        return AreaRow::Overall;
    case LeadershipColumn:
        return AreaRow::Leadership;
    case HelpColumn:
        return AreaRow::HelpAndProtection;
    case InCareColumn:
        return AreaRow::ChildrenInCare;
    default:
        return AreaRow::CareLeavers;
    }
}

QVariant EnglandJudgementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JudgementStore::LatestGrades &r = m_rows.at(index.row());
    const int neighbour = int(m_neighbours.indexOf(r.authorityId));
    const bool marked = r.authorityId == m_selected || neighbour >= 0;
    const int column = index.column();
    std::optional<Grade> grade;
    if (column >= OverallColumn && r.grades.contains(int(rowFor(column))))
        grade = r.grades.value(int(rowFor(column)));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AuthorityColumn:
            return r.authority;
        case ComparedColumn:
            if (r.authorityId == m_selected)
                return tr("selected");
            return neighbour >= 0 ? tr("neighbour %1").arg(neighbour + 1) : QString();
        case RegionColumn:
            return r.region;
        case DateColumn:
            return r.date.isValid() ? QLocale().toString(r.date, QStringLiteral("MMM yyyy"))
                                    : tr("none recorded");
        case FrameworkColumn:
            return r.inspectionId ? Frameworks::shortTitle(r.framework) : QString();
        default:
            return grade ? Grades::shortTitle(*grade) : QString();
        }
    case SortRole:
        // Nothing (no inspection, no grade, not compared) is an empty value, which the
        // view sorts last either way.
        if (column == DateColumn)
            return r.date.isValid() ? QVariant(r.date) : QVariant();
        if (column == ComparedColumn)
            return r.authorityId == m_selected ? QVariant(0)
                   : neighbour >= 0            ? QVariant(neighbour + 1)
                                               : QVariant();
        if (column >= OverallColumn)
            return grade ? QVariant(Grades::rank(*grade)) : QVariant();
        return data(index, Qt::DisplayRole);
    case ExportValueRole:
        if (column == DateColumn)
            return r.date.isValid() ? QVariant(r.date) : QVariant();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (column >= OverallColumn && grade)
            return Grades::title(*grade);
        if (column == AuthorityColumn)
            return tr("Open %1").arg(r.authority);
        return {};
    case Qt::FontRole:
        if (marked) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case AuthorityIdRole:
        return r.authorityId;
    case RegionRole:
        return r.region;
    case MarkedRole:
        return marked;
    default:
        return {};
    }
}

QVariant EnglandJudgementsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AuthorityColumn:
        return tr("Authority");
    case ComparedColumn:
        return tr("Compared");
    case RegionColumn:
        return tr("Region");
    case DateColumn:
        return tr("Inspected");
    case FrameworkColumn:
        return tr("Framework");
    default:
        return JudgementAreas::rowTitle(rowFor(section));
    }
}

int EnglandJudgementsModel::rowOf(qint64 authorityId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).authorityId == authorityId)
            return i;
    }
    return -1;
}
