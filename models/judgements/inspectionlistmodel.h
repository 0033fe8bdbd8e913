#pragma once

#include "judgements/inspection.h"
#include "judgements/judgement.h"

#include <QAbstractTableModel>

class JudgementStore;
class SourceStore;

// One authority's inspections and visits in time order, with the overall grade and source.
class InspectionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DatesColumn,
        FrameworkColumn,
        OverallColumn,
        PublishedColumn,
        ThemeColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        InspectionIdRole = Qt::UserRole + 1,
        GradeRole, // the overall grade's code, or empty
        SortRole,
    };

    InspectionListModel(JudgementStore &judgements, const SourceStore &sources,
                        QObject *parent = nullptr);

    void setAuthority(qint64 authorityId);
    qint64 authority() const { return m_authorityId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Inspection &inspectionAt(int row) const { return m_rows.at(row).inspection; }

private:
    struct Row
    {
        Inspection inspection;
        std::optional<Grade> overall;
        QString source;   // publisher and date, short enough for a column
        QString citation; // the whole reference, for the tooltip
    };
    void reload();

    JudgementStore &m_judgements;
    const SourceStore &m_sources;
    qint64 m_authorityId = 0;
    QList<Row> m_rows;
};
