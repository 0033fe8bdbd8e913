#pragma once

#include "actions/actionplancsv.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTableWidget;

// Shows what an action plan CSV holds before anything is written: the actions it will add,
// or every row that cannot be read with its row number, column and reason. Import stays
// off while any row is wrong, so a file goes in whole or not at all.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(const QString &fileName, const QString &planName,
                    const ActionPlanCsv::Parsed &parsed, QWidget *parent = nullptr);

    QListWidget *problemList() const { return m_problems; }
    QTableWidget *preview() const { return m_preview; }
    bool canImport() const;

private:
    QLabel *m_summary;
    QTableWidget *m_preview;
    QListWidget *m_problems;
    QPushButton *m_import;
};
