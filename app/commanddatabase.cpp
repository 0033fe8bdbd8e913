#include "commanddatabase.h"

#include "authorities/authoritystore.h"
#include "demo/demodatabase.h"
#include "store/database.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

QString CommandDatabase::shownPath() const
{
    return Database::isServerAddress(path) ? QUrl(path).toString(QUrl::RemovePassword)
                                           : QDir::toNativeSeparators(path);
}

std::unique_ptr<Store> CommandDatabase::openFor(const QString &authorityName, Authority *authority,
                                                QString *error) const
{
    std::unique_ptr<Store> store = open(Need::Existing, error);
    if (!store)
        return nullptr;
    const std::optional<Authority> found = store->authorities().byName(authorityName);
    if (!found) {
        *error = QStringLiteral("There is no authority called '%1' in %2.")
                     .arg(authorityName, shownPath());
        return nullptr;
    }
    *authority = *found;
    return store;
}

std::unique_ptr<Store> CommandDatabase::open(Need need, QString *error) const
{
    // A server's database is there or not when connecting; Store::open says which.
    const bool server = Database::isServerAddress(path);
    const QString shown = shownPath();
    const bool exists = server || QFileInfo::exists(path);
    if (!exists && need == Need::Existing && !demo) {
        *error = QStringLiteral("There is no database at %1 (add --demo to create it with the "
                                "demo data).")
                     .arg(shown);
        return nullptr;
    }
    if (!exists && readOnly) {
        *error = QStringLiteral("There is no database at %1 to open read-only.").arg(shown);
        return nullptr;
    }
    OpenError problem;
    std::unique_ptr<Store> store =
        Store::open(path, &problem, readOnly ? Access::ReadOnly : Access::ReadWrite);
    if (!store) {
        *error = problem.message;
        return nullptr;
    }
    if (demo && !store->isReadOnly() && store->isEmpty()) {
        const Status filled = DemoDatabase::populate(*store);
        if (!filled.ok()) {
            *error = QStringLiteral("The demo data could not be loaded into %1: %2")
                         .arg(shown, filled.error());
            return nullptr;
        }
    }
    return store;
}
