#pragma once

#include "indicators/dfeimport.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class Store;

// Imports a published DfE statistics file. A file the catalogue knows needs no mapping: the
// dialog shows which columns and filter values fill which indicators. For another file the
// user maps its measures to indicators once (the mapping is remembered) and chooses the
// filter values to keep. Then the file is checked, and imported. Reading and writing run on a
// worker thread with its own connection, behind a progress dialog with Cancel, so a large file
// never freezes the window; the import writes every row or none.
class DfeImportDialog : public QDialog
{
    Q_OBJECT
public:
    DfeImportDialog(Store &store, const QString &fileName, QWidget *parent = nullptr);

    // The header could not be read: the dialog has nothing to offer and says why.
    QString headerProblem() const { return m_headerProblem; }
    // Runs the check (preview) or the import; `showProgress` false for scripts and tests.
    DfeImport::Summary check(bool showProgress = true);
    DfeImport::Summary import(bool showProgress = true);
    // Maps a measure (column or name) to an indicator key, as the user would in the table.
    bool mapMeasure(const QString &measure, const QString &indicatorKey);
    QTableWidget *mappingTable() const { return m_mapping; }
    // The file is one the catalogue knows: its rules apply and no mapping is asked for.
    bool recognised() const { return !m_catalogue.isEmpty(); }
    QListWidget *problemList() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *introLabel() const { return m_intro; }
    // "What to do" when rows are refused or nothing matched, when that is so.
    QLabel *whatToDoLabel() const { return m_whatToDo; }
    QPushButton *importButton() const { return m_importButton; }

private:
    DfeImport::Summary runWorker(bool write, bool showProgress);
    void fillMapping(const QStringList &measures);
    QHash<QString, qint64> mapping() const;
    QHash<QString, QString> filters() const;
    void showSummary(const DfeImport::Summary &s, bool written);
    void showCatalogue();
    static QString leftOut(const DfeImport::Summary &s);

    Store &m_store;
    QString m_fileName;
    QString m_headerProblem;
    DfeImport::Header m_header;
    QList<MeasureRule> m_catalogue;
    QStringList m_renamed; // measures this release names anew, said in the introduction
    QHash<QString, QString> m_filters;
    QLabel *m_intro;
    QTableWidget *m_mapping;
    QTableWidget *m_filterTable;
    QLabel *m_summary;
    QLabel *m_whatToDo;
    QListWidget *m_problems;
    QPushButton *m_checkButton;
    QPushButton *m_importButton;
};
