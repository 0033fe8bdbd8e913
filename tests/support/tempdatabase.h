#pragma once

#include "store/store.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh database file in its own temporary folder, for one test function.
class TempDatabase
{
public:
    TempDatabase() { QStandardPaths::setTestModeEnabled(true); }

    QString path(const QString &name = QStringLiteral("test.sqlite")) const
    {
        return m_dir.filePath(name);
    }

    std::unique_ptr<Store> open(const QString &name = QStringLiteral("test.sqlite")) const
    {
        OpenError error;
        std::unique_ptr<Store> store = Store::open(path(name), &error);
        if (!store)
            qWarning("could not open the test database: %s", qPrintable(error.message));
        return store;
    }

private:
    QTemporaryDir m_dir;
};
