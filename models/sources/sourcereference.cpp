#include "sources/sourcereference.h"

#include <QStringList>

QString SourceReference::citation() const
{
    QStringList parts{documentTitle};
    if (issuedOn)
        parts << issuedOn->toString(QStringLiteral("d MMMM yyyy"));
    if (!locator.isEmpty())
        parts << locator;
    return parts.join(QStringLiteral(", "));
}
