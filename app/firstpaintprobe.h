#pragma once

#include <QObject>

// For the start-up benchmark: when CSTRACKER_EXIT_AFTER_FIRST_PAINT is set, the program
// prints its peak memory once the main window has painted for the first time, and exits.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    // Watches `window` if the environment asks for it; does nothing otherwise.
    static void attachIfAsked(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    bool m_done = false;
};
