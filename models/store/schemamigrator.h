#pragma once

#include "store/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

// The numbered .sql files in resources/schema, applied in order. The version a database
// is at lives in PRAGMA user_version; each step runs in the caller's transaction.
class SchemaMigrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QStringList statements;
    };

    SchemaMigrator();

    int latestVersion() const;
    const QList<Migration> &migrations() const { return m_migrations; }

    // Applies every migration after `from` up to and including `to`.
    Status apply(QSqlDatabase &db, int from, int to) const;

    // Splits a script into statements; a CREATE TRIGGER body keeps its inner semicolons.
    static QStringList splitStatements(const QString &script);

private:
    QList<Migration> m_migrations;
};
