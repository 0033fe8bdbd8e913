#pragma once

#include <QString>

// Every QSettings key the program uses, in one place.
namespace SettingsKeys {
inline QString windowGeometry()
{
    return QStringLiteral("window/geometry");
}
inline QString windowState()
{
    return QStringLiteral("window/state");
}
inline QString currentPanel()
{
    return QStringLiteral("window/panel");
}
inline QString splitter(const QString &name)
{
    return QStringLiteral("splitters/") + name;
}
inline QString lastAuthority()
{
    return QStringLiteral("session/authority");
}
inline QString lastDatabase()
{
    return QStringLiteral("session/database");
}
inline QString recentDatabases()
{
    return QStringLiteral("files/recent");
}
// The last server connected to (never its password).
inline QString serverHost()
{
    return QStringLiteral("server/host");
}
inline QString serverPort()
{
    return QStringLiteral("server/port");
}
inline QString serverDatabase()
{
    return QStringLiteral("server/database");
}
inline QString serverUser()
{
    return QStringLiteral("server/user");
}
inline QString serverTls()
{
    return QStringLiteral("server/tls");
}
inline QString exportFolder()
{
    return QStringLiteral("files/exportFolder");
}
inline QString exportWidthCm()
{
    return QStringLiteral("export/widthCm");
}
inline QString exportDpi()
{
    return QStringLiteral("export/dpi");
}
constexpr int maxRecent = 8;
} // namespace SettingsKeys
