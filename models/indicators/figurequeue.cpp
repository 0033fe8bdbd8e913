#include "indicators/figurequeue.h"

#include <QMutexLocker>

FigureQueue::FigureQueue(int capacity)
    : m_capacity(capacity > 0 ? capacity : 1)
{
}

bool FigureQueue::push(Batch batch)
{
    QMutexLocker lock(&m_mutex);
    while (!m_stopped && int(m_batches.size()) >= m_capacity)
        m_changed.wait(&m_mutex);
    if (m_stopped)
        return false;
    m_batches.push_back(std::move(batch));
    m_changed.wakeAll();
    return true;
}

void FigureQueue::finish()
{
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_changed.wakeAll();
}

bool FigureQueue::pop(Batch *batch)
{
    QMutexLocker lock(&m_mutex);
    while (!m_stopped && m_batches.empty() && !m_finished)
        m_changed.wait(&m_mutex);
    if (m_stopped || m_batches.empty())
        return false;
    *batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.wakeAll();
    return true;
}

void FigureQueue::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopped = true;
    m_batches.clear();
    m_changed.wakeAll();
}
