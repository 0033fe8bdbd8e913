#pragma once

#include "store/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

// The numbered .sql files in resources/schema, applied in order; each step runs in the
// caller's transaction. SQLite and PostgreSQL each have their own file for a step, side by
// side (resources/schema/NNN_name.sql and resources/schema/postgresql/NNN_name.sql), so a
// version number means the same tables on both. A step written in SQL both understand
// (reference data above all) is written once, in resources/schema/portable/NNN_name.sql. The version a database is at lives in
// PRAGMA user_version on SQLite and in the table schema_version on PostgreSQL.
class SchemaMigrator
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres,
    };
    struct Migration
    {
        int version = 0;
        QString name;
        QStringList statements;
    };

    explicit SchemaMigrator(Dialect dialect = Dialect::Sqlite);

    int latestVersion() const;
    const QList<Migration> &migrations() const { return m_migrations; }

    // Applies every migration after `from` up to and including `to`.
    Status apply(QSqlDatabase &db, int from, int to) const;

    // The version recorded in the database (0 for a new one).
    int versionOf(QSqlDatabase &db) const;

    // Splits a script into statements; a CREATE TRIGGER body (SQLite) and a $$-quoted
    // function body (PostgreSQL) keep their inner semicolons.
    static QStringList splitStatements(const QString &script);

private:
    Status recordVersion(QSqlDatabase &db, int version) const;

    Dialect m_dialect;
    QList<Migration> m_migrations;
};
