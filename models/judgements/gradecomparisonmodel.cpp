#include "judgements/gradecomparisonmodel.h"

#include "authorities/authoritystore.h"

#include <algorithm>

GradeComparisonModel::GradeComparisonModel(JudgementStore &judgements,
                                           const AuthorityStore &authorities, QObject *parent)
    : QAbstractTableModel(parent)
    , m_judgements(judgements)
    , m_authorities(authorities)
{
    connect(&m_judgements, &JudgementStore::inspectionsChanged, this, [this](qint64 authorityId) {
        if (m_authorityIds.contains(authorityId))
            reload();
    });
}

void GradeComparisonModel::setAuthorities(const QList<qint64> &authorityIds)
{
    m_authorityIds = authorityIds;
    reload();
}

void GradeComparisonModel::setAreaRow(AreaRow row)
{
    m_row = row;
    reload();
}

void GradeComparisonModel::reload()
{
    beginResetModel();
    m_entries.clear();
    for (qint64 id : std::as_const(m_authorityIds)) {
        const std::optional<Authority> a = m_authorities.byId(id);
        if (!a)
            continue;
        for (const JudgementStore::GradePoint &p : m_judgements.gradePoints(id)) {
            if (JudgementAreas::rowsFor(p.area).contains(m_row))
                m_entries.append({id, a->name, p});
        }
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &x, const Entry &y) { return x.point.date < y.point.date; });
    endResetModel();
}

int GradeComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int GradeComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GradeComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case AuthorityIdRole:
        return e.authorityId;
    case GradeRole:
        return Grades::code(e.point.grade);
    case DateRole:
        return e.point.date;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case AuthorityColumn:
            return e.authority;
        case DateColumn:
            return e.point.date.toString(e.point.precision == DatePrecision::Month
                                             ? QStringLiteral("MMM yyyy")
                                             : QStringLiteral("d MMM yyyy"));
        case FrameworkColumn:
            return Frameworks::shortTitle(e.point.framework);
        case GradeColumn:
            return Grades::shortTitle(e.point.grade);
        case AreaTitleColumn:
            return e.point.areaTitle;
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == GradeColumn)
            return Grades::colour(e.point.grade);
        break;
    case Qt::ForegroundRole:
        if (index.column() == GradeColumn)
            return Grades::textColour(e.point.grade);
        break;
    }
    return {};
}

QVariant GradeComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AuthorityColumn:
        return tr("Authority");
    case DateColumn:
        return tr("Inspected");
    case FrameworkColumn:
        return tr("Framework");
    case GradeColumn:
        return tr("Grade");
    case AreaTitleColumn:
        return tr("Area as inspected");
    }
    return {};
}
