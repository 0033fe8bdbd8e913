#include "judgements/grade.h"

#include <QList>

namespace Grades {

QString code(Grade grade)
{
    switch (grade) {
    case Grade::Outstanding:
        return QStringLiteral("outstanding");
    case Grade::Good:
        return QStringLiteral("good");
    case Grade::RequiresImprovement:
        return QStringLiteral("requires_improvement");
    case Grade::Inadequate:
        return QStringLiteral("inadequate");
    }
    return {};
}

std::optional<Grade> fromCode(const QString &code)
{
    for (Grade g : all()) {
        if (Grades::code(g) == code)
            return g;
    }
    return std::nullopt;
}

QString title(Grade grade)
{
    switch (grade) {
    case Grade::Outstanding:
        return QStringLiteral("Outstanding");
    case Grade::Good:
        return QStringLiteral("Good");
    case Grade::RequiresImprovement:
        return QStringLiteral("Requires improvement to be good");
    case Grade::Inadequate:
        return QStringLiteral("Inadequate");
    }
    return {};
}

QString shortTitle(Grade grade)
{
    return grade == Grade::RequiresImprovement ? QStringLiteral("Requires improvement")
                                               : title(grade);
}

std::optional<Grade> fromText(const QString &text)
{
    const QString t = text.simplified().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t.contains(QLatin1String("requires improvement")) ||
        t.contains(QLatin1String("require improvement")) || t == QLatin1String("ri"))
        return Grade::RequiresImprovement;
    if (t.contains(QLatin1String("inadequate")))
        return Grade::Inadequate;
    if (t.contains(QLatin1String("outstanding")))
        return Grade::Outstanding;
    if (t == QLatin1String("good") || t.endsWith(QLatin1String(" good")))
        return Grade::Good;
    return std::nullopt;
}

int rank(Grade grade)
{
    switch (grade) {
    case Grade::Inadequate:
        return 0;
    case Grade::RequiresImprovement:
        return 1;
    case Grade::Good:
        return 2;
    case Grade::Outstanding:
        return 3;
    }
    return 0;
}

QColor colour(Grade grade)
{
    switch (grade) {
    case Grade::Outstanding:
        return QColor(0x1b, 0x5e, 0x20);
    case Grade::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Grade::RequiresImprovement:
        return QColor(0xf5, 0xa6, 0x23);
    case Grade::Inadequate:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QColor textColour(Grade grade)
{
    return grade == Grade::RequiresImprovement ? QColor(Qt::black) : QColor(Qt::white);
}

QList<Grade> all()
{
    return {Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Inadequate};
}

} // namespace Grades
