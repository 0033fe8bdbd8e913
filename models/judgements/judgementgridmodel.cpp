#include "judgements/judgementgridmodel.h"

#include "sources/sourcestore.h"

JudgementGridModel::JudgementGridModel(JudgementStore &judgements, const SourceStore &sources,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_judgements(judgements)
    , m_sources(sources)
{
    connect(&m_judgements, &JudgementStore::inspectionsChanged, this, [this](qint64 authorityId) {
        if (authorityId == m_authorityId)
            reload();
    });
}

void JudgementGridModel::setAuthority(qint64 authorityId)
{
    if (authorityId == m_authorityId)
        return;
    m_authorityId = authorityId;
    reload();
}

void JudgementGridModel::reload()
{
    beginResetModel();
    m_columns.clear();
    m_cells.clear();
    m_rows.clear();
    for (const Inspection &i : m_judgements.inspections(m_authorityId)) {
        if (i.isGraded())
            m_columns.append(i);
    }
    QSet<int> used;
    for (const JudgementStore::GradePoint &p : m_judgements.gradePoints(m_authorityId)) {
        const QList<AreaRow> rows = JudgementAreas::rowsFor(p.area);
        for (AreaRow r : rows) {
            m_cells.insert({int(r), p.inspectionId}, Cell{p, rows.size() > 1});
            used.insert(int(r));
        }
    }
    for (AreaRow r : JudgementAreas::allRows()) {
        if (used.contains(int(r)))
            m_rows.append(r);
    }
    endResetModel();
}

const JudgementGridModel::Cell *JudgementGridModel::cell(int row, int column) const
{
    auto it = m_cells.constFind({int(m_rows.at(row)), m_columns.at(column).id});
    return it == m_cells.constEnd() ? nullptr : &it.value();
}

int JudgementGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JudgementGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JudgementGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    if (role == InspectionIdRole)
        return m_columns.at(index.column()).id;
    const Cell *c = cell(index.row(), index.column());
    if (!c) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("not graded");
        if (role == Qt::ForegroundRole)
            return QColor(Qt::gray);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    }
    const Grade g = c->point.grade;
    switch (role) {
    case Qt::DisplayRole:
        return c->combined ? tr("%1 (joint)").arg(Grades::shortTitle(g)) : Grades::shortTitle(g);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(JudgementAreas::rowTitle(m_rows.at(index.row())),
                                            Grades::title(g));
    case Qt::BackgroundRole:
        return Grades::colour(g);
    case Qt::ForegroundRole:
        return Grades::textColour(g);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case GradeRole:
        return Grades::code(g);
    case AreaTitleRole:
        return c->point.areaTitle;
    case Qt::ToolTipRole: {
        QString tip = tr("%1\nAs inspected: %2").arg(Grades::title(g), c->point.areaTitle);
        if (c->combined)
            tip += tr(
                "\nOne grade for children in care and care leavers together (ILACS before 2023).");
        if (c->point.sourceId) {
            if (const std::optional<SourceReference> s = m_sources.source(*c->point.sourceId))
                tip += tr("\nSource: %1").arg(s->citation());
        }
        return tip;
    }
    default:
        return {};
    }
}

QVariant JudgementGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return JudgementAreas::rowTitle(m_rows.at(section));
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const Inspection &i = m_columns.at(section);
    if (role == Qt::DisplayRole) {
        const QDate d = i.timelineDate();
        return QStringLiteral("%1\n%2").arg(Frameworks::shortTitle(i.framework),
                                            d.toString(QStringLiteral("MMM yyyy")));
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1, %2").arg(Frameworks::title(i.framework), i.datesText());
    return {};
}
