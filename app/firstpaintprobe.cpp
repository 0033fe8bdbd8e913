#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QScreen>
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
        auto *window = qobject_cast<QWidget *>(watched);
        QTimer::singleShot(0, this, [window] {
            // Where the window stands on its screen, frame included, for the checks that
            // it fits.
            const QRect frame = window->frameGeometry();
            const QRect screen =
                window->screen() ? window->screen()->availableGeometry() : QRect();
            std::printf("first paint; peak memory %s; window %dx%d+%d+%d; screen %dx%d+%d+%d\n",
                        peakMemory().constData(), frame.width(), frame.height(), frame.x(),
                        frame.y(), screen.width(), screen.height(), screen.x(), screen.y());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}
