#include "csv/csvwriter.h"

#include <QIODevice>
#include <QRegularExpression>

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

QString CsvWriter::quote(const QString &field)
{
    const bool needs = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                       field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needs)
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString CsvWriter::guarded(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.at(0);
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                       first == QLatin1Char('-') || first == QLatin1Char('@') ||
                       first == QLatin1Char('\t') || first == QLatin1Char('\r') ||
                       first == QLatin1Char('\'');
    if (!risky)
        return field;
    if (first == QLatin1Char('-') || first == QLatin1Char('+')) {
        static const QRegularExpression number(
            QStringLiteral("^[+-](\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?%?$"));
        if (number.match(field).hasMatch())
            return field;
    }
    return QLatin1Char('\'') + field;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QByteArray out;
    if (!m_started) {
        out = QByteArray("\xEF\xBB\xBF");
        m_started = true;
    }
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(quote(guarded(f)));
    out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    return m_device->write(out) == out.size();
}
