#pragma once

#include <QTabWidget>
#include <QWidget>

// Charts on a page that is not shown are drawn when it is. These bring pages forward as a
// user clicking their tabs would, for tests that look at what is drawn on them.
namespace ShowPages {

// Every tab widget around `widget` turned to the page that holds it.
inline void showPageOf(QWidget *widget)
{
    for (QWidget *w = widget; w && w->parentWidget(); w = w->parentWidget()) {
        for (QWidget *up = w->parentWidget(); up; up = up->parentWidget()) {
            auto *tabs = qobject_cast<QTabWidget *>(up);
            if (tabs && tabs->indexOf(w) >= 0) {
                tabs->setCurrentWidget(w);
                break;
            }
        }
    }
}

// Every page of every tab widget under `root` shown once, nested ones too; each tab widget
// then back on the page it was on.
inline void showEveryPage(QWidget *root)
{
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        const int was = tabs->currentIndex();
        showPageOf(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            tabs->setCurrentIndex(i);
        tabs->setCurrentIndex(was);
    }
}

} // namespace ShowPages
