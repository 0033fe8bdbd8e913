#pragma once

#include "indicators/period.h"
#include "indicators/suppressioncode.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class Database;

// Writes a file's worth of figures into indicator_value, inside the caller's transaction,
// keeping one figure per authority, indicator and period (a later one replaces it).
//
// On SQLite it steps one prepared statement of the library itself for every figure: for a
// figure of a few numbers, Qt's binding of each value costs more than SQLite's writing.
// Elsewhere it sends statements of many rows through Qt.
class FigureWriter
{
public:
    // A period as its columns hold it, worked out once for all the figures in it.
    struct PeriodText
    {
        QByteArray kind;  // "at" or "in"
        QByteArray start; // ISO date, empty for a snapshot
        QByteArray end;   // ISO date
        QByteArray label;
    };
    static PeriodText periodText(const Period &period, const QString &label);

    struct Figure
    {
        qint64 authorityId = 0;
        qint64 indicatorId = 0;
        const PeriodText *period = nullptr; // outlives the writer's finish()
        std::optional<double> value;
        std::optional<SuppressionCode> suppression;
        qint64 sourceId = 0; // 0: none
        qint64 line = 0;     // the file's line, 0: none
    };

    explicit FigureWriter(Database &db);
    ~FigureWriter();
    FigureWriter(const FigureWriter &) = delete;
    FigureWriter &operator=(const FigureWriter &) = delete;

    // False once a write has failed; error() says why and which line.
    bool add(const Figure &figure);
    // Writes what is still held. False if that fails.
    bool finish();
    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

    class Backend;

private:
    std::unique_ptr<Backend> m_backend;
    QString m_error;
    qint64 m_errorLine = 0;
};
