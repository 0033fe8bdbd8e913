#include "demo/seeddataloader.h"

#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "judgements/judgementstore.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
std::optional<QDate> date(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? std::optional(d) : std::nullopt;
}
} // namespace

SeedDataLoader::SeedDataLoader(Store &store)
    : m_store(store)
{
}

Status SeedDataLoader::load(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("Cannot read %1.").arg(resourcePath));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Status::failure(
            QStringLiteral("%1: %2").arg(resourcePath, parseError.errorString()));

    QHash<QString, qint64> authorities;
    for (const QJsonValue &v : root.value(QLatin1String("authorities")).toArray()) {
        const QJsonObject o = v.toObject();
        Authority a;
        a.name = o.value(QLatin1String("name")).toString();
        a.onsCode = o.value(QLatin1String("ons_code")).toString();
        if (o.contains(QLatin1String("la_number")))
            a.laNumber = o.value(QLatin1String("la_number")).toInt();
        a.kind = Authority::kindFromCode(o.value(QLatin1String("kind")).toString())
                     .value_or(AuthorityKind::LocalAuthority);
        const QString region = o.value(QLatin1String("region")).toString();
        if (!region.isEmpty())
            a.regionId = authorities.value(region);
        // The built-in list already holds every real authority and aggregate.
        if (const std::optional<Authority> known = m_store.authorities().byCode(a.onsCode)) {
            authorities.insert(a.name, known->id);
            continue;
        }
        const Result<qint64> id = m_store.authorities().add(a);
        if (!id.ok())
            return Status::failure(QStringLiteral("Authority %1: %2").arg(a.name, id.error()));
        authorities.insert(a.name, id.value());
    }

    QHash<QString, qint64> documents;
    for (const QJsonValue &v : root.value(QLatin1String("documents")).toArray()) {
        const QJsonObject o = v.toObject();
        Document d;
        d.title = o.value(QLatin1String("title")).toString();
        d.publisher = o.value(QLatin1String("publisher")).toString();
        d.kind = o.value(QLatin1String("kind")).toString();
        d.issuedOn = date(o.value(QLatin1String("issued_on")));
        d.reference = o.value(QLatin1String("reference")).toString();
        const Result<qint64> id = m_store.sources().addDocument(d);
        if (!id.ok())
            return Status::failure(QStringLiteral("Document %1: %2").arg(d.title, id.error()));
        documents.insert(o.value(QLatin1String("key")).toString(), id.value());
    }

    auto addSource = [&](const QString &doc, const QString &locator,
                         const QString &excerpt) -> std::optional<qint64> {
        if (!documents.contains(doc))
            return std::nullopt;
        const Result<qint64> id =
            m_store.sources().addSource(documents.value(doc), locator, excerpt);
        return id.ok() ? std::optional(id.value()) : std::nullopt;
    };

    for (const QJsonValue &v : root.value(QLatin1String("inspections")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject src = o.value(QLatin1String("source")).toObject();
        const QString doc = src.value(QLatin1String("document")).toString();
        InspectionRecord r;
        Inspection &i = r.inspection;
        i.authorityId = authorities.value(o.value(QLatin1String("authority")).toString());
        i.framework = Frameworks::fromCode(o.value(QLatin1String("framework")).toString())
                          .value_or(Framework::Sif);
        i.startDate = date(o.value(QLatin1String("start")));
        i.endDate = date(o.value(QLatin1String("end")));
        i.publishedOn = date(o.value(QLatin1String("published")));
        i.precision = DatePrecisions::fromCode(o.value(QLatin1String("precision")).toString());
        i.theme = o.value(QLatin1String("theme")).toString();
        i.summary = o.value(QLatin1String("summary")).toString();
        i.sourceId = addSource(doc, src.value(QLatin1String("locator")).toString(),
                               src.value(QLatin1String("excerpt")).toString());

        std::optional<qint64> sharedJudgementSource;
        if (o.contains(QLatin1String("judgement_locator"))) {
            sharedJudgementSource =
                addSource(doc, o.value(QLatin1String("judgement_locator")).toString(),
                          o.value(QLatin1String("judgement_excerpt")).toString());
        }
        for (const QJsonValue &jv : o.value(QLatin1String("judgements")).toArray()) {
            const QJsonObject jo = jv.toObject();
            Judgement j;
            const std::optional<JudgementArea> area =
                JudgementAreas::fromCode(jo.value(QLatin1String("area")).toString());
            const std::optional<Grade> grade =
                Grades::fromCode(jo.value(QLatin1String("grade")).toString());
            if (!area || !grade)
                return Status::failure(
                    QStringLiteral("%1: a judgement has an unknown area or grade.")
                        .arg(resourcePath));
            j.area = *area;
            j.grade = *grade;
            j.areaTitle = jo.value(QLatin1String("title")).toString();
            j.sourceId = jo.contains(QLatin1String("locator"))
                             ? addSource(jo.value(QLatin1String("document")).toString(doc),
                                         jo.value(QLatin1String("locator")).toString(),
                                         jo.value(QLatin1String("excerpt")).toString())
                             : sharedJudgementSource;
            r.judgements.append(j);
        }
        for (const QJsonValue &rv : o.value(QLatin1String("recommendations")).toArray()) {
            const QJsonObject ro = rv.toObject();
            Recommendation rec;
            rec.number = ro.value(QLatin1String("number")).toInt();
            rec.kind = Recommendation::kindFromCode(ro.value(QLatin1String("kind")).toString());
            // A label says whose words these are when they are not the inspectors' own (a
            // council's summary of a report); the source keeps the document's words alone.
            const QString words = ro.value(QLatin1String("text")).toString();
            const QString label = ro.value(QLatin1String("label")).toString();
            rec.text = label.isEmpty() ? words : QStringLiteral("%1: %2").arg(label, words);
            rec.sourceId = addSource(doc, ro.value(QLatin1String("locator")).toString(), words);
            r.recommendations.append(rec);
        }
        const Result<qint64> id = m_store.judgements().addInspection(r);
        if (!id.ok()) {
            return Status::failure(QStringLiteral("Inspection of %1 (%2): %3")
                                       .arg(o.value(QLatin1String("authority")).toString(),
                                            i.datesText(), id.error()));
        }
    }

    for (const QJsonValue &v : root.value(QLatin1String("values")).toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<Indicator> indicator =
            m_store.indicators().indicator(o.value(QLatin1String("indicator")).toString());
        if (!indicator)
            return Status::failure(QStringLiteral("Unknown indicator %1.")
                                       .arg(o.value(QLatin1String("indicator")).toString()));
        IndicatorValue value;
        value.authorityId = authorities.value(o.value(QLatin1String("authority")).toString());
        value.indicatorId = indicator->id;
        const QString label = o.value(QLatin1String("label")).toString();
        const QDate end = date(o.value(QLatin1String("end"))).value_or(QDate());
        value.period =
            o.value(QLatin1String("kind")).toString() == QLatin1String("in")
                ? Period::in(date(o.value(QLatin1String("start"))).value_or(QDate()), end, label)
                : Period::at(end, label);
        value.value = o.value(QLatin1String("value")).toDouble();
        value.sourceId = addSource(o.value(QLatin1String("document")).toString(),
                                   o.value(QLatin1String("locator")).toString(),
                                   o.value(QLatin1String("excerpt")).toString());
        const Result<qint64> id = m_store.indicators().addValue(value);
        if (!id.ok())
            return Status::failure(
                QStringLiteral("%1, %2: %3").arg(indicator->name, label, id.error()));
    }
    return {};
}
