#include "demo/referencedatabase.h"

#include "store/store.h"

#include <QDate>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <cmath>
#include <memory>

namespace {

// One prepared statement, stepped once for each row.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement &bind(int i, double v)
    {
        sqlite3_bind_double(m_stmt, i, v);
        return *this;
    }
    Statement &bind(int i, const QByteArray &text)
    {
        if (text.isNull())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    // Steps and resets; false if the row was refused.
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

QByteArray iso(const QDate &d)
{
    return d.toString(Qt::ISODate).toLatin1();
}

struct Indicator
{
    qint64 id = 0;
    QByteArray unit;
    bool snapshot = false; // measured "at" a date rather than over a year
};

struct Place
{
    qint64 id = 0;
    bool authority = false;
};

double baseFor(const QByteArray &unit, QRandomGenerator &random)
{
    if (unit == "percent")
        return 20 + random.bounded(70.0);
    if (unit == "rate_per_10000")
        return 30 + random.bounded(400.0);
    if (unit == "days")
        return 250 + random.bounded(300.0);
    return 50 + random.bounded(5000.0);
}

const char *const grades[] = {"outstanding", "good", "requires_improvement", "inadequate"};
const char *const rags[] = {"red", "amber", "green", "blue"};
const char *const areas[] = {"overall", "help_and_protection", "children_in_care", "care_leavers",
                             "leadership"};
const char *const areaTitles[] = {
    "Overall effectiveness",
    "The experiences and progress of children who need help and protection",
    "The experiences and progress of children in care",
    "The experiences and progress of care leavers",
    "The impact of leaders on social work practice with children and families"};

} // namespace

Result<ReferenceDatabase::Counts> ReferenceDatabase::generate(const QString &path, quint32 seed,
                                                              Size size)
{
    if (QFileInfo::exists(path))
        return Result<Counts>::failure(
            QStringLiteral("%1 already exists; the reference database is written only to a new "
                           "file.")
                .arg(path));
    // The store makes the file: its schema and its built-in authorities and indicators.
    {
        OpenError error;
        std::unique_ptr<Store> store = Store::open(path, &error);
        if (!store)
            return Result<Counts>::failure(error.message);
    }
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return Result<Counts>::failure(QStringLiteral("%1 cannot be opened.").arg(path));
    }
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db(raw, sqlite3_close);
    auto exec = [&db](const char *sql) {
        return sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    auto failed = [&db](const char *what) {
        return Result<Counts>::failure(
            QStringLiteral("Generating %1 failed: %2")
                .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db.get()))));
    };
    exec("PRAGMA journal_mode = OFF");
    exec("PRAGMA synchronous = OFF");
    if (!exec("BEGIN"))
        return failed("the transaction");

    QRandomGenerator random(seed);
    Counts counts;
    const QByteArray note =
        QStringLiteral("reference database generated from seed %1 for benchmarks; no figure, "
                       "grade or action in it is real")
            .arg(seed)
            .toUtf8();
    Statement noteRow(db.get(), "INSERT INTO database_note (key, value) VALUES ('synthetic', ?)");
    if (!noteRow.bind(1, note).run())
        return failed("the note");
    exec("INSERT INTO document (title, publisher, kind, reference) VALUES ('Reference database "
         "(synthetic)', 'generated', 'synthetic', 'reference-database')");
    const qint64 document = sqlite3_last_insert_rowid(db.get());
    Statement sourceRow(db.get(), "INSERT INTO source (document_id, locator) VALUES (?, ?)");
    if (!sourceRow.bind(1, document).bind(2, QByteArray("generated")).run())
        return failed("the source");
    const qint64 source = sqlite3_last_insert_rowid(db.get());
    // Every authority is marked synthetic, so the window and every pack say so.
    exec("UPDATE authority SET synthetic = 1");

    QList<Place> places;
    {
        Statement q(db.get(),
                    "SELECT id, kind FROM authority WHERE id NOT IN (SELECT authority_id FROM "
                    "authority_successor) ORDER BY id");
        while (sqlite3_step(q.handle()) == SQLITE_ROW) {
            const QByteArray kind(
                reinterpret_cast<const char *>(sqlite3_column_text(q.handle(), 1)));
            places.append({sqlite3_column_int64(q.handle(), 0), kind == "local_authority"});
        }
    }
    QList<Indicator> indicators;
    {
        Statement q(db.get(), "SELECT id, unit, measured FROM indicator ORDER BY id");
        while (sqlite3_step(q.handle()) == SQLITE_ROW) {
            indicators.append(
                {sqlite3_column_int64(q.handle(), 0),
                 QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q.handle(), 1))),
                 QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q.handle(), 2))) ==
                     "at"});
        }
    }
    counts.authorities = places.size();

    // Figures: a random walk per place and indicator, with withheld figures as published.
    Statement figure(db.get(),
                     "INSERT INTO indicator_value (authority_id, indicator_id, period_kind, "
                     "period_start, period_end, period_label, value, suppression, source_id) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const int lastYear = 2025;
    for (const Indicator &ind : std::as_const(indicators)) {
        for (const Place &place : std::as_const(places)) {
            double value = baseFor(ind.unit, random);
            for (int y = lastYear - size.years + 1; y <= lastYear; ++y) {
                value = std::max(0.0, value * (0.94 + random.bounded(0.12)));
                if (ind.unit == "percent")
                    value = std::min(value, 100.0);
                const QDate end(y, 3, 31);
                figure.bind(1, place.id).bind(2, ind.id);
                if (ind.snapshot) {
                    figure.bind(3, QByteArray("at"))
                        .null(4)
                        .bind(6, QStringLiteral("at 31 March %1").arg(y).toUtf8());
                } else {
                    figure.bind(3, QByteArray("in"))
                        .bind(4, iso(QDate(y - 1, 4, 1)))
                        .bind(6, QStringLiteral("%1-%2")
                                     .arg(y - 1)
                                     .arg(y % 100, 2, 10, QLatin1Char('0'))
                                     .toUtf8());
                }
                figure.bind(5, iso(end)).bind(9, source);
                const quint32 roll = random.bounded(100u);
                if (place.authority && roll < 3)
                    figure.null(7).bind(8, QByteArray(roll < 2 ? "c" : "x"));
                else
                    figure.bind(7, std::round(value * 10) / 10).null(8);
                if (!figure.run())
                    return failed("figures");
                ++counts.figures;
            }
        }
    }

    // Inspections: a graded inspection every three years or so, with recommendations.
    Statement inspection(db.get(),
                         "INSERT INTO inspection (authority_id, framework, start_date, end_date, "
                         "published_on, source_id) VALUES (?, ?, ?, ?, ?, ?)");
    Statement judgement(db.get(), "INSERT INTO judgement (inspection_id, area, area_title, grade, "
                                  "source_id) VALUES (?, ?, ?, ?, ?)");
    Statement recommendation(db.get(),
                             "INSERT INTO recommendation (inspection_id, number, text, source_id) "
                             "VALUES (?, ?, ?, ?)");
    QHash<qint64, QList<qint64>> recommendationsOf;
    for (const Place &place : std::as_const(places)) {
        if (!place.authority)
            continue;
        int grade = int(random.bounded(4u));
        for (int year = 2014 + int(random.bounded(3u)); year <= 2025; year += 3) {
            const QDate start(year, 1 + int(random.bounded(11u)), 1 + int(random.bounded(20u)));
            const QDate end = start.addDays(11);
            inspection.bind(1, place.id)
                .bind(2, QByteArray(year < 2018 ? "sif" : "ilacs_standard"))
                .bind(3, iso(start))
                .bind(4, iso(end))
                .bind(5, iso(end.addDays(35)))
                .bind(6, source);
            if (!inspection.run())
                return failed("inspections");
            const qint64 id = sqlite3_last_insert_rowid(db.get());
            ++counts.inspections;
            grade = std::clamp(grade + int(random.bounded(3u)) - 1, 0, 3);
            for (int a = 0; a < 5; ++a) {
                const int g = std::clamp(grade + int(random.bounded(3u)) - 1, 0, 3);
                judgement.bind(1, id)
                    .bind(2, QByteArray(areas[a]))
                    .bind(3, QByteArray(areaTitles[a]))
                    .bind(4, QByteArray(grades[g]))
                    .bind(5, source);
                if (!judgement.run())
                    return failed("judgements");
            }
            const int n = 3 + int(random.bounded(6u));
            for (int r = 1; r <= n; ++r) {
                recommendation.bind(1, id)
                    .bind(2, qint64(r))
                    .bind(
                        3,
                        QStringLiteral("Improve practice in area %1 (synthetic).").arg(r).toUtf8())
                    .bind(4, source);
                if (!recommendation.run())
                    return failed("recommendations");
                recommendationsOf[place.id].append(sqlite3_last_insert_rowid(db.get()));
                ++counts.recommendations;
            }
        }
    }

    // Plans: one two-year plan per authority, its actions answering the latest
    // recommendations, each reported on every month.
    Statement plan(db.get(), "INSERT INTO plan (authority_id, name, starts_on, ends_on, source_id) "
                             "VALUES (?, ?, '2024-01-01', '2025-12-31', ?)");
    Statement action(db.get(),
                     "INSERT INTO action (plan_id, title, lead_officer, service_area, start_date, "
                     "due_date, status) VALUES (?, ?, ?, ?, ?, ?, ?)");
    Statement link(db.get(), "INSERT OR IGNORE INTO action_recommendation (action_id, "
                             "recommendation_id) VALUES (?, ?)");
    Statement update(db.get(),
                     "INSERT INTO action_update (action_id, reported_on, author, note, rag, "
                     "percent_complete) VALUES (?, ?, ?, ?, ?, ?)");
    QList<Place> authorities;
    for (const Place &p : std::as_const(places)) {
        if (p.authority)
            authorities.append(p);
    }
    const int perAuthority = authorities.isEmpty() ? 0
                                                   : (size.actions + int(authorities.size()) - 1) /
                                                         int(authorities.size());
    for (const Place &place : std::as_const(authorities)) {
        if (!plan.bind(1, place.id)
                 .bind(2, QByteArray("Improvement plan 2024 to 2025 (synthetic)"))
                 .bind(3, source)
                 .run())
            return failed("plans");
        const qint64 planId = sqlite3_last_insert_rowid(db.get());
        const QList<qint64> recs = recommendationsOf.value(place.id);
        for (int a = 0; a < perAuthority && counts.actions < size.actions; ++a) {
            const QDate start = QDate(2024, 1, 1).addDays(qint64(random.bounded(180u)));
            const QDate due = start.addDays(90 + qint64(random.bounded(400u)));
            const bool done = random.bounded(3u) == 0;
            action.bind(1, planId)
                .bind(2, QStringLiteral("Action %1 (synthetic)").arg(a + 1).toUtf8())
                .bind(3, QStringLiteral("Head of Service %1 (synthetic)").arg(a % 7 + 1).toUtf8())
                .bind(4, QByteArray("Practice quality"))
                .bind(5, iso(start))
                .bind(6, iso(due))
                .bind(7, QByteArray(done ? "complete" : "in_progress"));
            if (!action.run())
                return failed("actions");
            const qint64 actionId = sqlite3_last_insert_rowid(db.get());
            ++counts.actions;
            if (!recs.isEmpty() && !link.bind(1, actionId)
                                        .bind(2, recs.at(int(random.bounded(quint32(recs.size())))))
                                        .run())
                return failed("links to recommendations");
            int percent = 0;
            for (int u = 0; u < size.updatesPerAction; ++u) {
                percent = std::min(100, percent + 5 + int(random.bounded(15u)));
                const bool last = done && u == size.updatesPerAction - 1;
                update.bind(1, actionId)
                    .bind(2,
                          iso(QDate(start.year(), start.month(), 1).addMonths(u + 1).addDays(-1)))
                    .bind(3, QByteArray("Head of Service (synthetic)"))
                    .bind(4, QByteArray("Monthly update (synthetic)."))
                    .bind(5, QByteArray(last ? "blue" : rags[random.bounded(3u)]))
                    .bind(6, qint64(last ? 100 : std::min(percent, 95)));
                if (!update.run())
                    return failed("updates");
                ++counts.updates;
            }
        }
    }
    if (!exec("COMMIT"))
        return failed("the commit");
    exec("ANALYZE");
    return counts;
}
