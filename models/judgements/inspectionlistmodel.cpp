#include "judgements/inspectionlistmodel.h"

#include "judgements/judgementstore.h"
#include "sources/sourcestore.h"

InspectionListModel::InspectionListModel(JudgementStore &judgements, const SourceStore &sources,
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

void InspectionListModel::setAuthority(qint64 authorityId)
{
    if (authorityId == m_authorityId)
        return;
    m_authorityId = authorityId;
    reload();
}

void InspectionListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    // Two statements for the whole list, not two an inspection: every grade of the
    // authority, and the sources of its inspections.
    const QList<Inspection> inspections = m_judgements.inspections(m_authorityId);
    QHash<qint64, Grade> overall;
    for (const JudgementStore::GradePoint &p : m_judgements.gradePoints(m_authorityId)) {
        if (p.area == JudgementArea::Overall)
            overall.insert(p.inspectionId, p.grade);
    }
    QList<qint64> sourceIds;
    for (const Inspection &i : inspections) {
        if (i.sourceId)
            sourceIds.append(*i.sourceId);
    }
    const QHash<qint64, SourceReference> sources = m_sources.sources(sourceIds);
    for (const Inspection &i : inspections) {
        Row row{i, std::nullopt, QString(), QString()};
        if (const auto grade = overall.constFind(i.id); grade != overall.cend())
            row.overall = *grade;
        if (i.sourceId) {
            if (const auto s = sources.constFind(*i.sourceId); s != sources.cend()) {
                row.source = s->publisher;
                if (s->issuedOn)
                    row.source +=
                        QStringLiteral(", ") + s->issuedOn->toString(QStringLiteral("d MMM yyyy"));
                row.citation = s->citation();
            }
        }
        m_rows.append(row);
    }
    endResetModel();
}

int InspectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InspectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const Row &row = m_rows.at(index.row());
    const Inspection &i = row.inspection;
    if (role == InspectionIdRole)
        return i.id;
    if (role == GradeRole)
        return row.overall ? Grades::code(*row.overall) : QString();
    if (role == SortRole && index.column() == DatesColumn)
        return i.timelineDate();
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case DatesColumn:
            return i.datesText();
        case FrameworkColumn:
            return Frameworks::shortTitle(i.framework);
        case OverallColumn:
            return row.overall
                       ? Grades::shortTitle(*row.overall)
                       : (i.isGraded() ? tr("(no overall grade recorded)") : tr("Not graded"));
        case PublishedColumn:
            return i.publishedOn ? i.publishedOn->toString(QStringLiteral("d MMM yyyy"))
                                 : QString();
        case ThemeColumn:
            return i.theme;
        case SourceColumn:
            return row.source;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == FrameworkColumn)
            return Frameworks::title(i.framework);
        if (index.column() == SourceColumn || index.column() == DatesColumn)
            return row.citation;
        if (index.column() == ThemeColumn)
            return i.summary;
    }
    if (index.column() == OverallColumn && row.overall) {
        if (role == Qt::BackgroundRole)
            return Grades::colour(*row.overall);
        if (role == Qt::ForegroundRole)
            return Grades::textColour(*row.overall);
    }
    return {};
}

QVariant InspectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DatesColumn:
        return tr("On site");
    case FrameworkColumn:
        return tr("Framework");
    case OverallColumn:
        return tr("Overall effectiveness");
    case PublishedColumn:
        return tr("Published");
    case ThemeColumn:
        return tr("Focus");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}
