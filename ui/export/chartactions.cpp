#include "export/chartactions.h"

#include "help/handbook.h"
#include "help/whattodo.h"

#include "export/chartexport.h"
#include "shell/settingskeys.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>

namespace ChartActions {

void attach(QChartView *view, std::function<QChart *()> build, std::function<QString()> caption)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->setFocusPolicy(Qt::StrongFocus);
    auto *copyAction = new QAction(QObject::tr("&Copy Chart"), view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copyAction, &QAction::triggered, view, [build, caption]() {
        // Image and SVG side by side: word processors take one, drawing programs the other.
        QTemporaryDir dir;
        ChartExport::Options options;
        options.caption = caption();
        options.dpi = 150;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        if (!ChartExport::write(build(), png, options).ok() ||
            !ChartExport::write(build(), svg, options).ok())
            return;
        auto *data = new QMimeData;
        data->setImageData(QImage(png));
        QFile file(svg);
        if (file.open(QIODevice::ReadOnly))
            data->setData(QStringLiteral("image/svg+xml"), file.readAll());
        QApplication::clipboard()->setMimeData(data);
    });
    auto *saveAction = new QAction(QObject::tr("&Save Chart As..."), view);
    QObject::connect(saveAction, &QAction::triggered, view, [view, build, caption]() {
        QSettings settings;
        const QString folder =
            settings.value(SettingsKeys::exportFolder(), QDir::homePath()).toString();
        QString filter = QObject::tr("PNG image, 16 cm at 300 dpi (*.png)");
        const QString name = QFileDialog::getSaveFileName(
            view, QObject::tr("Save Chart As"), QDir(folder).filePath(QObject::tr("chart.png")),
            QObject::tr(
                "PNG image, 16 cm at 300 dpi (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
            &filter);
        if (name.isEmpty())
            return; // the file dialog has already asked before replacing a file
        ChartExport::Options options;
        options.caption = caption();
        options.overwrite = true;
        if (ChartExport::formatFor(name) == ChartExport::Format::Png) {
            // A picture has a size: ask for it, starting from the committee-paper default.
            bool ok = false;
            options.widthCm = QInputDialog::getDouble(
                view, QObject::tr("Save Chart As"), QObject::tr("Width in cm:"),
                settings.value(SettingsKeys::exportWidthCm(), 16.0).toDouble(), 2, 100, 1, &ok);
            if (!ok)
                return;
            options.dpi = QInputDialog::getInt(
                view, QObject::tr("Save Chart As"), QObject::tr("Resolution in dpi:"),
                settings.value(SettingsKeys::exportDpi(), 300).toInt(), 72, 1200, 50, &ok);
            if (!ok)
                return;
            settings.setValue(SettingsKeys::exportWidthCm(), options.widthCm);
            settings.setValue(SettingsKeys::exportDpi(), options.dpi);
        }
        const Status written = ChartExport::write(build(), name, options);
        if (!written.ok()) {
            WhatToDo::warning(view, QObject::tr("Save Chart As"), written.error(),
                              HandbookTopic::cannotWriteFile);
            return;
        }
        settings.setValue(SettingsKeys::exportFolder(), QFileInfo(name).absolutePath());
    });
    view->addAction(copyAction);
    view->addAction(saveAction);
}

} // namespace ChartActions
