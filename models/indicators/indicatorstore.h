#pragma once

#include "store/rowversion.h"

#include "indicators/indicator.h"
#include "indicators/indicatorvalue.h"
#include "store/result.h"

#include <QHash>
#include <QList>
#include <QObject>

class Database;

// The indicator catalogue, values, targets and statistical neighbours.
class IndicatorStore : public QObject
{
    Q_OBJECT
public:
    explicit IndicatorStore(Database &db, QObject *parent = nullptr);

    QList<Indicator> indicators() const;
    std::optional<Indicator> indicator(qint64 id) const;
    std::optional<Indicator> indicator(const QString &key) const;

    // Checks the value against its indicator's unit and the period before saving.
    Result<qint64> addValue(const IndicatorValue &value);
    // One authority's series for one indicator, in time order: reads only those rows.
    QList<IndicatorValue> values(qint64 authorityId, qint64 indicatorId) const;
    // All of one authority's series, by indicator, each in time order: one statement. For
    // the cards, so each figure's id, period, value or suppression and source only: not its
    // source line or version, which editing reads with values(authority, indicator).
    QHash<qint64, QList<IndicatorValue>> series(qint64 authorityId) const;
    int valueCount(qint64 authorityId) const;

    std::optional<IndicatorValue> value(qint64 valueId) const;
    // Changes a value (or its suppression) after the same checks as addValue.
    Status updateValue(const IndicatorValue &value);
    // Over `overVersion` (0: any): a figure a colleague saved since is left, and the refusal
    // says who changed it.
    Status removeValue(qint64 valueId, int overVersion = 0);
    // Puts back a removed value with its id (undo).
    Status restoreValue(const IndicatorValue &value);

    // The mean of the authority's statistical neighbours for each period, from the values
    // stored now; a period where every neighbour's figure is withheld has no mean.
    struct NeighbourMean
    {
        Period period;
        std::optional<double> mean;
        int reporting = 0; // neighbours with a figure
        int withheld = 0;
    };
    QList<NeighbourMean> neighbourMeans(qint64 authorityId, qint64 indicatorId) const;

    // Where an authority stands among all local authorities with a figure for a period,
    // as LAIT ranks them: 1 is the best by the indicator's polarity, ties share the better
    // rank, quartile band A (the best quarter) to D. Real authorities are ranked among
    // real ones, synthetic among synthetic. Computed, never stored; none for an indicator
    // with no better direction.
    struct Standing
    {
        Period period;
        int rank = 0;
        int of = 0; // authorities with a figure for the period
        QChar band; // 'A' to 'D'
    };
    // With `periodEnd`, only the periods ending then: ranking one year, not twenty.
    QList<Standing> standings(qint64 authorityId, qint64 indicatorId,
                              std::optional<QDate> periodEnd = std::nullopt) const;
    // Where the authority stands on each indicator in the period ending on the date given
    // for it (the cards ask for each indicator's latest): the same ranks as standings().
    // Each indicator and period is ranked once for every authority and kept until any
    // figure changes, here or in another program, so switching authority reads no ranks.
    QHash<qint64, Standing> standingsAt(qint64 authorityId,
                                        const QHash<qint64, QDate> &periodEnds) const;
    // The quartile band of rank `rank` among `of`: A for the best quarter.
    static QChar quartileBand(int rank, int of);

    struct Target
    {
        QDate periodEnd;
        QString label;
        double value = 0;
    };
    QList<Target> targets(qint64 authorityId, qint64 indicatorId) const;
    // All of one authority's targets, by indicator, each in time order.
    QHash<qint64, QList<Target>> targets(qint64 authorityId) const;
    // A figure with the document it came from, and the day that document reached the tracker.
    struct RecordedFigure
    {
        IndicatorValue value;
        QString document;
        QDate recordedOn;
        std::optional<QDate> issuedOn; // the document's own date of publication, if it gives one
    };
    // The authority's figures whose documents were recorded after `after` and on or before
    // `upTo`, by indicator and period.
    QList<RecordedFigure> recordedBetween(qint64 authorityId, const QDate &after,
                                          const QDate &upTo) const;
    // The indicators this authority has any figure for, in catalogue order.
    QList<Indicator> indicatorsWithValues(qint64 authorityId) const;

    // Which indicator a published measure name was mapped to last time.
    std::optional<qint64> mappedIndicator(const QString &measure) const;
    Status setMapping(const QString &measure, std::optional<qint64> indicatorId);
    // Tells views that many values changed at once (after an import on another connection).
    void announceBulkChange();

    Result<qint64> addTarget(qint64 authorityId, qint64 indicatorId, const QDate &periodEnd,
                             const QString &label, double value);
    // Replaces the list. Given `over` (the list as it was read), a list a colleague changed
    // since is left as it is, and the refusal says who changed it, when, and to what.
    Status setNeighbours(qint64 authorityId, const QList<qint64> &neighbourIds,
                         const std::optional<QList<qint64>> &over = std::nullopt);
    QList<qint64> neighbours(qint64 authorityId) const; // in the order chosen, closest first

signals:
    void valuesChanged(qint64 authorityId, qint64 indicatorId);
    void neighboursChanged(qint64 authorityId);
    void bulkChanged();

public:
    // The version of row `id` this store last saved (0: none): what undo and redo save over.
    int savedVersion(qint64 id) const { return m_saved.of(id); }
    // Changes whenever anything in the database does (this connection's writes, and other
    // connections' commits), and differs between connections: what was worked out from the
    // database may be kept while the stamp stays the same. Empty if it cannot be read.
    QString changeStamp() const;

    // "Changed by <who> at <when> since you opened it ... It now has the figure 72 for ..."
    static QString changedSince(const IndicatorValue &now);

private:
    // The refusal of a save over an older version of the figure: what it holds now, or
    // nothing when it is gone.
    std::optional<QString> conflictOver(qint64 id) const;
    QList<Indicator> selectIndicators(const QString &where, const QVariant &value) const;
    // Every ranked authority's standing for one indicator and period.
    QHash<qint64, Standing> rankAll(const Indicator &indicator, const QDate &periodEnd,
                                    bool synthetic) const;

    Database &m_db;
    SavedVersions m_saved;
    struct RankingKey
    {
        qint64 indicatorId;
        QDate periodEnd;
        bool synthetic;
        bool operator==(const RankingKey &o) const
        {
            return indicatorId == o.indicatorId && periodEnd == o.periodEnd &&
                   synthetic == o.synthetic;
        }
    };
    friend size_t qHash(const RankingKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.indicatorId, key.periodEnd.toJulianDay(), key.synthetic);
    }
    mutable QHash<RankingKey, QHash<qint64, Standing>> m_rankings;
    mutable QString m_rankingsStamp;
    // The catalogue, read once: only the schema's migrations add or change indicators, and
    // a database's schema is fixed while it is open.
    mutable QList<Indicator> m_catalogue; // 36 of them: looked through, not indexed
};
