#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTimer>

#include <functional>

// For a test of an edit dialog racing a colleague: once the dialog is open, `colleague`
// saves the same thing from another connection and the user presses OK; then the message
// box that follows is read into `said` and answered with its button whose text contains
// `answer` (say, "Reload"). Call it before triggering the action that opens the dialog.
inline void whenTheDialogOpensAColleagueSaves(QObject *context, std::function<void()> colleague,
                                              QString *said, const QString &answer)
{
    QTimer::singleShot(0, context, [context, colleague, said, answer]() {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        colleague();
        QTimer::singleShot(0, context, [said, answer]() {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *said = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().contains(answer))
                    b->click();
            }
        });
        dialog->accept();
    });
}
