#pragma once

#include "indicators/figurewriter.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <vector>

// Carries figures from the thread reading a file to the thread writing them, in batches, so
// that on two cores the file is read and checked while the database writes. Holds a few
// batches at most: a reader that gets ahead waits, and memory stays flat however big the
// file. Either side can end it: the reader when the file is done, the writer when a write
// failed or the user cancelled (the reader then stops reading).
class FigureQueue
{
public:
    struct Batch
    {
        std::vector<FigureWriter::Figure> figures;
        qint64 bytesRead = 0; // of the file, when the batch was handed over
    };

    explicit FigureQueue(int capacity = 4);

    // Reader: waits while the queue is full. False once the writer has stopped it.
    bool push(Batch batch);
    // Reader: nothing more will come.
    void finish();

    // Writer: waits for the next batch. False when the reader has finished and every batch
    // was taken, or after stop().
    bool pop(Batch *batch);
    // Writer: take no more; a reader waiting or pushing is told to stop.
    void stop();

private:
    const int m_capacity;
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};
