#include "shell/layoutsettling.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

namespace {

// Counts the layout requests delivered while it is installed.
class LayoutRequestCount : public QObject
{
public:
    LayoutRequestCount() { QCoreApplication::instance()->installEventFilter(this); }
    ~LayoutRequestCount() override { QCoreApplication::instance()->removeEventFilter(this); }
    int take()
    {
        const int n = m_count;
        m_count = 0;
        return n;
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++m_count;
        return false;
    }

private:
    int m_count = 0;
};

} // namespace

void settleLayouts()
{
    if (!QCoreApplication::instance())
        return;
    LayoutRequestCount requests;
    // Each round delivers the requests already posted; those they post wait for the next.
    // A window's widgets nest a few dozen deep at most.
    constexpr int deepest = 32;
    for (int level = 0; level < deepest; ++level) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (requests.take() == 0)
            break;
    }
}
