#pragma once

#include "store/database.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;
class QUndoStack;
class AuthorityListModel;
class AuthorityPanel;
class AuthorityPicker;
class Store;

// The one window: an authority picker, the panels as tabs, menus and a status bar naming
// the open database. Owns the store and the undo stack every edit goes through.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes an opened store; panels are built for it and the undo history starts afresh.
    void setStore(std::unique_ptr<Store> store);
    Store *store() const { return m_store.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    AuthorityPicker *picker() const { return m_picker; }
    QList<AuthorityPanel *> panels() const { return m_panels; }

    bool selectAuthority(const QString &name);

    // Asks for a file and opens it; on failure says why and offers another try.
    void openDatabaseDialog();
    void newDatabaseDialog();
    // File > Connect to Server: asks for a team's server and connects to it.
    void connectToServerDialog();
    // Connects to a server; the password given (empty: the keyring's, PGPASSWORD or
    // ~/.pgpass) is used for connecting only. Returns whether it opened.
    bool connectToServer(const QString &address, const QString &password);
    // Opens `path` or explains in a dialog why not. Returns whether it opened.
    bool openDatabase(const QString &path, bool fillWithDemo = false,
                      Access access = Access::ReadWrite);
    void saveDatabaseAsDialog();
    // Reads Ofsted reports (files, or folders of them), shows what was read, and saves
    // what the user chooses as one undoable step.
    void importReports(const QStringList &paths);

    // Window size, panel and splitter layout, the last authority and recent databases,
    // kept with QSettings between runs.
    void saveSession() const;
    void restoreSession();
    QStringList recentDatabases() const;

    // Keeps the whole window, frame and status bar, on the screen's available area: a
    // first window on a small screen (1280 by 720 up) and a remembered geometry from a
    // larger one alike.
    void fitToScreen();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void buildPanels();
    void showAbout();
    void rememberDatabase(const QString &path);
    void fillRecentMenu();
    QList<class QSplitter *> splitters() const;
    void bringUpToDate(AuthorityPanel *panel);
    // Someone else saved a change: the panel in view reads again, keeping its selection;
    // the others when next shown.
    void readAgainAfterChangeElsewhere();

    std::unique_ptr<Store> m_store;
    QUndoStack *m_undoStack;
    QTabWidget *m_tabs;
    QLabel *m_databaseLabel;
    QWidget *m_pickerHolder;
    AuthorityListModel *m_authorityModel = nullptr;
    AuthorityPicker *m_picker = nullptr;
    QList<AuthorityPanel *> m_panels;
    QList<QAction *> m_storeActions;
    QList<QAction *> m_editingActions; // disabled while the database is read-only
    class QMenu *m_recentMenu = nullptr;
    QAction *m_chartsAsTables = nullptr;
    qint64 m_wanted = 0;                              // the authority the picker holds
    QHash<AuthorityPanel *, qint64> m_shownAuthority; // what each panel last showed
};
