#pragma once

#include "reports/reportfile.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class Store;

// Import Ofsted reports: reads the files off the window thread behind a progress dialog
// (files done, current file, Cancel), then shows what was read file by file, with what
// differs from what the database holds, before anything is saved. Values typed by hand
// are replaced only when the user says so.
class ReportImportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportImportDialog(Store &store, QWidget *parent = nullptr);

    // Reads `paths` (PDF files; folders are searched for PDFs) with a progress dialog.
    // False when the user cancelled or there was nothing to read.
    bool readFiles(const QStringList &paths);

    // The files the user chose to save, and whether to replace values typed by hand.
    QList<ReportFile> chosen() const;
    bool replaceHandTyped() const;

    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    // "What to do" about refused reports and those to settle, when there are any.
    QLabel *whatToDo() const { return m_whatToDo; }
    QStandardItemModel *model() const { return m_model; }

    // The PDF files in `paths`, folders searched through, in name order.
    static QStringList reportFiles(const QStringList &paths);

    // A report the reader was unsure of, settled by the user: the authority it is about, the
    // days on site as typed, and whether to take grades for areas the framework did not grade
    // that day as the areas that stood in their place. Blank when it is settled; otherwise
    // what is still wrong. The report is then ticked for import.
    QString settle(int row, std::optional<qint64> authorityId, const QString &dates,
                   bool acceptGrades);
    // Opens the small dialog that asks for what the selected report needs (Settle...).
    void settleSelected();
    QPushButton *settleButton() const { return m_settle; }

private:
    void fill();
    void updateButtons();

    Store &m_store;
    QList<ReportFile> m_files;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_whatToDo;
    QCheckBox *m_replace;
    QPushButton *m_settle;
    QDialogButtonBox *m_buttons;
};
