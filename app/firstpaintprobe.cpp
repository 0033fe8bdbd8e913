#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {
// The most memory the process has held, from the kernel's own count.
QByteArray peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "unknown";
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified();
    }
    return "unknown";
}
} // namespace

void FirstPaintProbe::attachIfAsked(QWidget *window)
{
    if (!qEnvironmentVariableIsSet("CSTRACKER_EXIT_AFTER_FIRST_PAINT"))
        return;
    window->installEventFilter(new FirstPaintProbe(window));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // After this paint has finished.
        QTimer::singleShot(0, this, [] {
            std::printf("first paint; peak memory %s\n", peakMemory().constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}
