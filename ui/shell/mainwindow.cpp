#include "shell/mainwindow.h"

#include "help/handbook.h"
#include "help/whattodo.h"

#include "charts/chartpane.h"

#include "actions/actionplanpanel.h"
#include "england/englandpanel.h"
#include "export/boardpackdialog.h"
#include "history/historypanel.h"
#include "indicators/indicatorspanel.h"
#include "judgements/judgementspanel.h"
#include "overview/overviewpanel.h"
#include "reports/reportimportdialog.h"
#include "shell/authoritypanel.h"
#include "shell/authoritypicker.h"
#include "shell/connectdialog.h"
#include "shell/layoutsettling.h"
#include "shell/readonlyguard.h"
#include "shell/selectionkeeper.h"
#include "shell/serverpasswords.h"
#include "shell/settingskeys.h"
#include "shell/undopush.h"

#include "authorities/authoritylistmodel.h"
#include "authorities/authoritystore.h"
#include "demo/demodatabase.h"
#include "judgements/judgementstore.h"
#include "reports/importreportscommand.h"
#include "store/changewatcher.h"
#include "store/database.h"
#include "store/store.h"
#include "store/storecommand.h"

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QScreen>
#include <QShowEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_tabs(new QTabWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_pickerHolder(new QWidget(this))
{
    setWindowTitle(tr("Children's Services Improvement Tracker"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Panels"));
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { bringUpToDate(qobject_cast<AuthorityPanel *>(m_tabs->currentWidget())); });

    auto *toolbar = addToolBar(tr("Authority"));
    toolbar->setObjectName(QStringLiteral("authorityToolbar"));
    toolbar->setMovable(false);
    new QHBoxLayout(m_pickerHolder);
    m_pickerHolder->layout()->setContentsMargins(6, 4, 6, 4);
    toolbar->addWidget(m_pickerHolder);

    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);
    createMenus();
    Handbook::setTopic(this, HandbookTopic::gettingStarted);
    Handbook::installContextHelp();
    buildPanels();
    setAcceptDrops(true); // Ofsted reports dropped on the window are imported
    resize(1280, 820);
    fitToScreen();

    // An undo or redo the database refused (a colleague's save, locked, full) is shown after
    // the undo stack has finished with it, and the stack is put back where the database is,
    // so Undo (or Redo) offers the same change again.
    StoreCommand::setReporter([this](const StoreCommand::Failure &failure) {
        QMetaObject::invokeMethod(
            this,
            [this, failure]() {
                if (m_undoStack)
                    StoreCommand::stepBack(*m_undoStack, failure);
                WhatToDo::warning(this, tr("Undo and redo"), failure.message,
                                  HandbookTopic::undoRefused);
                statusBar()->showMessage(failure.message, 10000);
            },
            Qt::QueuedConnection);
    });
}

MainWindow::~MainWindow()
{
    StoreCommand::setReporter({});
    // Panels and models refer to the store: they go before it.
    qDeleteAll(m_panels);
    m_panels.clear();
    delete m_picker;
    delete m_authorityModel;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database..."), this, &MainWindow::newDatabaseDialog);
    newDb->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Database..."), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *connectServer =
        file->addAction(tr("&Connect to Server..."), this, &MainWindow::connectToServerDialog);
    connectServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *saveAs =
        file->addAction(tr("Save Database &As..."), this, &MainWindow::saveDatabaseAsDialog);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import Ofsted Reports..."), this, [this]() {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import Ofsted Reports"), QString(), tr("Ofsted reports (*.pdf *.PDF)"));
        if (!files.isEmpty())
            this->importReports(files);
    });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_editingActions << importAction;
    importAction->setStatusTip(tr("Read inspection reports and visit letters (PDF) into the "
                                  "database; you can also drop files or folders on the window"));
    m_editingActions << file->addAction(
        tr("Import Ofsted Reports from &Folder..."), this, [this]() {
            const QString folder =
                QFileDialog::getExistingDirectory(this, tr("Import Ofsted Reports from Folder"));
            if (!folder.isEmpty())
                this->importReports({folder});
        });
    file->addSeparator();
    QAction *pack = file->addAction(tr("&Board Pack..."), this, [this]() {
        if (!m_store || !m_picker || !m_picker->currentAuthority())
            return;
        BoardPackDialog dialog(*m_store, m_picker->currentAuthority(), this);
        dialog.exec();
    });
    pack->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, [this]() {
        // The current panel's filter if it has one, else the authority search.
        auto *panel = qobject_cast<AuthorityPanel *>(m_tabs->currentWidget());
        if ((!panel || !panel->focusFilter()) && m_picker)
            m_picker->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *findAuthority = edit->addAction(tr("Find &Authority"), this, [this]() {
        if (m_picker)
            m_picker->focusSearch();
    });
    findAuthority->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int i = 0; i < 9; ++i) {
        QAction *go = view->addAction(QString(), this, [this, i]() {
            if (i < m_tabs->count()) {
                m_tabs->setCurrentIndex(i);
                m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
            }
        });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setVisible(false);
        m_storeActions.append(go);
    }
    view->addSeparator();
    // Every chart's figures as a table, for the keyboard and screen readers.
    m_chartsAsTables = view->addAction(tr("Charts as &Tables"), this, [this](bool tables) {
        for (ChartPane *pane : findChildren<ChartPane *>())
            pane->showTable(tables);
    });
    m_chartsAsTables->setCheckable(true);
    m_chartsAsTables->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_chartsAsTables->setObjectName(QStringLiteral("chartsAsTables"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // From the menu, the contents; F1 itself opens the chapter of the panel or dialog it is
    // pressed in (Handbook::installContextHelp), so the shortcut here is shown, not used.
    QAction *handbook = help->addAction(tr("&Handbook"), this, [this]() {
        Handbook::show(this, QString::fromLatin1(HandbookTopic::contents));
    });
    handbook->setShortcut(QKeySequence::HelpContents);
    handbook->setObjectName(QStringLiteral("handbook"));
    handbook->setStatusTip(tr("The handbook: how to use the tracker, chapter by chapter"));
    help->addSeparator();
    help->addAction(tr("&About Children's Services Improvement Tracker"), this,
                    &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::bringUpToDate(AuthorityPanel *panel)
{
    if (!panel || m_shownAuthority.value(panel, -1) == m_wanted)
        return;
    m_shownAuthority.insert(panel, m_wanted);
    panel->setAuthority(m_wanted);
    // The new text and rows resize labels and columns: laid out now, before the update
    // request already waiting is served, the panel is painted once.
    settleLayouts();
}

void MainWindow::buildPanels()
{
    const qint64 previous = m_picker ? m_picker->currentAuthority() : 0;
    m_tabs->clear();
    qDeleteAll(m_panels);
    m_panels.clear();
    delete m_picker;
    m_picker = nullptr;
    delete m_authorityModel;
    m_authorityModel = nullptr;
    for (QAction *a : std::as_const(m_storeActions))
        a->setVisible(false);

    if (!m_store) {
        m_databaseLabel->setText(tr("No database open"));
        auto *empty = new QLabel(tr("No database is open. Use File > Open Database (Ctrl+O) or "
                                    "File > New Database (Ctrl+N)."),
                                 m_tabs);
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        m_tabs->addTab(empty, tr("No database"));
        return;
    }

    m_authorityModel = new AuthorityListModel(m_store->authorities(), this);
    m_picker = new AuthorityPicker(*m_authorityModel, m_pickerHolder);
    m_pickerHolder->layout()->addWidget(m_picker);

    m_panels << new OverviewPanel(*m_store, m_tabs)
             << new JudgementsPanel(*m_store, *m_undoStack, *m_authorityModel, m_tabs)
             << new ActionPlanPanel(*m_store, *m_undoStack, m_tabs)
             << new IndicatorsPanel(*m_store, *m_undoStack, m_tabs)
             << new EnglandPanel(*m_store, m_tabs) << new HistoryPanel(*m_store, m_tabs);
    for (int i = 0; i < m_panels.size(); ++i) {
        AuthorityPanel *panel = m_panels.at(i);
        m_tabs->addTab(panel, panel->title());
        if (i < m_storeActions.size()) {
            m_storeActions.at(i)->setText(tr("Show %1").arg(panel->title()));
            m_storeActions.at(i)->setVisible(true);
        }
        // Only the panel in view is brought up to date at once; the others when they are
        // shown, so a switch costs one panel's queries and charts, not five.
        connect(m_picker, &AuthorityPicker::authorityChanged, panel, [this, panel](qint64 id) {
            m_wanted = id;
            if (m_tabs->currentWidget() == panel)
                bringUpToDate(panel);
        });
        connect(panel, &AuthorityPanel::authorityRequested, this, [this](qint64 id) {
            m_picker->setCurrentAuthority(id);
            m_tabs->setCurrentIndex(0); // the overview of the authority opened
        });
    }
    // Show History on an action, an inspection or a figure: the History tab, on that item.
    auto *history = qobject_cast<HistoryPanel *>(m_panels.last());
    for (AuthorityPanel *panel : std::as_const(m_panels)) {
        connect(panel, &AuthorityPanel::itemHistoryRequested, history,
                [this, history](qint64 authorityId, const QString &table, qint64 rowId,
                                const QString &name) {
                    history->showItem(authorityId, table, rowId, name);
                    m_tabs->setCurrentWidget(history);
                });
    }
    m_shownAuthority.clear();
    for (ChartPane *pane : findChildren<ChartPane *>())
        pane->showTable(m_chartsAsTables->isChecked());
    m_databaseLabel->setText((m_store->isReadOnly() ? tr("Database: %1 (schema %2), read-only")
                                                    : tr("Database: %1 (schema %2)"))
                                 .arg(m_store->displayName())
                                 .arg(m_store->schemaVersion()));
    // A read-only copy is read and exported; nothing in the window offers to change it.
    QString readOnly;
    if (m_store->isReadOnly()) {
        readOnly = !m_store->readOnlyReason().isEmpty()
                       ? m_store->readOnlyReason()
                       : tr("This database is open read-only, so it cannot be changed here. To "
                            "edit, open a copy you can write to (File > Save Database As).");
    }
    for (QAction *a : std::as_const(m_editingActions)) {
        a->setEnabled(readOnly.isEmpty());
        a->setToolTip(readOnly);
    }
    QString title = m_store->isReadOnly()
                        ? tr("Children's Services Improvement Tracker (read-only)")
                        : tr("Children's Services Improvement Tracker");
    // On a team's server, which one.
    if (m_store->isOnServer())
        title += tr(" \u2014 %1").arg(m_store->displayName());
    // A generated database says so wherever the window is seen.
    if (!m_store->syntheticNote().isEmpty())
        title += tr(" \u2014 SYNTHETIC DATA: %1").arg(m_store->syntheticNote());
    setWindowTitle(title);
    if (!readOnly.isEmpty()) {
        for (AuthorityPanel *panel : std::as_const(m_panels))
            ReadOnlyGuard::apply(panel, readOnly);
    }
    setWindowFilePath(m_store->path());
    if (!m_picker->setCurrentAuthority(previous) && m_authorityModel->rowCount() > 0) {
        // Start on the first real local authority with an inspection recorded; failing
        // that, the first real one; failing that, any local authority.
        enum Pass
        {
            Inspected,
            Real,
            Any
        };
        for (Pass pass : {Inspected, Real, Any}) {
            for (int row = 0; row < m_authorityModel->rowCount(); ++row) {
                const std::optional<Authority> a = m_authorityModel->authorityAt(row);
                if (a && !a->isAggregate() && (pass == Any || !a->synthetic) &&
                    (pass != Inspected || !m_store->judgements().inspections(a->id).isEmpty())) {
                    m_picker->setCurrentAuthority(a->id);
                    return;
                }
            }
        }
    }
}

void MainWindow::importReports(const QStringList &paths)
{
    if (!m_store)
        return;
    ReportImportDialog dialog(*m_store, this);
    if (!dialog.readFiles(paths)) {
        if (ReportImportDialog::reportFiles(paths).isEmpty())
            QMessageBox::information(this, tr("Import Ofsted Reports"),
                                     tr("There are no PDF files there to read."));
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<ReportFile> files = dialog.chosen();
    auto *command = new ImportReportsCommand(*m_store, files, dialog.replaceHandTyped());
    const QList<qint64> ids = command->inspectionIds();
    if (!UndoPush::orReport(*m_undoStack, command, this, tr("Import Ofsted Reports")))
        return;
    statusBar()->showMessage(
        tr("Imported %1. Undo (Ctrl+Z) takes the import back.")
            .arg(files.size() == 1 ? tr("1 report") : tr("%1 reports").arg(files.size())),
        8000);
    // Show the first authority the import was about.
    if (!files.isEmpty() && files.first().authority)
        m_picker->setCurrentAuthority(files.first().authority->id);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool reports =
        m_store && !m_store->isReadOnly() && !urls.isEmpty() &&
        std::all_of(urls.begin(), urls.end(), [](const QUrl &url) {
            const QFileInfo info(url.toLocalFile());
            return url.isLocalFile() &&
                   (info.isDir() ||
                    info.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0);
        });
    if (reports)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    // Return to the drag source at once; the import has a progress dialog of its own.
    QMetaObject::invokeMethod(
        this, [this, paths]() { importReports(paths); }, Qt::QueuedConnection);
}

void MainWindow::setStore(std::unique_ptr<Store> store)
{
    m_undoStack->clear();
    // Panels refer to the old store; they are rebuilt before it goes.
    std::unique_ptr<Store> old = std::move(m_store);
    m_store = std::move(store);
    buildPanels();
    old.reset();
    if (m_store) {
        connect(&m_store->watcher(), &ChangeWatcher::changedElsewhere, this,
                &MainWindow::readAgainAfterChangeElsewhere);
        // A server that stops mid-session: said until it is back, then said again briefly.
        connect(&m_store->watcher(), &ChangeWatcher::connectionLost, this, [this]() {
            statusBar()->showMessage(
                tr("The connection to %1 was lost; edits cannot be saved until it is back. "
                   "Connecting again...")
                    .arg(m_store->displayName()));
        });
        connect(&m_store->watcher(), &ChangeWatcher::connectionRestored, this, [this]() {
            statusBar()->showMessage(tr("Connected to %1 again.").arg(m_store->displayName()),
                                     8000);
        });
        // A save sent as the connection went: whether it landed, once the server could say.
        connect(&m_store->watcher(), &ChangeWatcher::unansweredSettled, this,
                [this](const QStringList &messages) {
                    QMessageBox box(QMessageBox::Information,
                                    tr("Saved as the connection was lost"),
                                    messages.join(QLatin1Char('\n')), QMessageBox::Ok, this);
                    WhatToDo::addButton(box, HandbookTopic::connectionLost);
                    box.exec();
                });
    }
}

void MainWindow::readAgainAfterChangeElsewhere()
{
    auto *panel = qobject_cast<AuthorityPanel *>(m_tabs->currentWidget());
    const SelectionKeeper kept(panel);
    m_shownAuthority.clear();
    bringUpToDate(panel);
    kept.restore();
    statusBar()->showMessage(tr("Shown again with changes saved elsewhere."), 5000);
}

bool MainWindow::selectAuthority(const QString &name)
{
    if (!m_store || !m_picker)
        return false;
    const std::optional<Authority> a = m_store->authorities().byName(name);
    return a && m_picker->setCurrentAuthority(a->id);
}

bool MainWindow::openDatabase(const QString &path, bool fillWithDemo, Access access)
{
    OpenError error;
    // A server's password may be in the keyring; it is used for connecting only.
    std::unique_ptr<Store> store =
        Store::open(ServerPasswords::withKeptPassword(path), &error, access);
    if (!store) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"),
                        tr("The database could not be opened."), QMessageBox::NoButton, this);
        box.setInformativeText(error.message);
        WhatToDo::addButton(box, WhatToDo::topicFor(error.problem));
        QPushButton *another = box.addButton(tr("Open Another..."), QMessageBox::AcceptRole);
        QPushButton *create = box.addButton(tr("New Database..."), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == another)
            openDatabaseDialog();
        else if (box.clickedButton() == create)
            newDatabaseDialog();
        return false;
    }
    if (fillWithDemo && !store->isReadOnly() && store->isEmpty()) {
        const Status filled = DemoDatabase::populate(*store);
        store->watcher().catchUp(); // the demo's own connection, not someone else
        if (!filled.ok()) {
            QMessageBox::warning(
                this, tr("Demo data"),
                tr("The demo data could not be loaded; the database is empty.\n\n%1")
                    .arg(filled.error()));
        }
    }
    const QString backup = store->migrationBackup();
    setStore(std::move(store));
    rememberDatabase(path);
    // A server by name and database: its address may hold a password.
    const QString opened =
        m_store->isOnServer() ? m_store->displayName() : QDir::toNativeSeparators(path);
    if (m_store->isReadOnly())
        statusBar()->showMessage(
            tr("Opened %1 read-only: read and export, no changes").arg(opened));
    else if (backup.isEmpty())
        statusBar()->showMessage(tr("Opened %1").arg(opened), 5000);
    else
        statusBar()->showMessage(tr("Opened %1 and updated it for this version; a copy from "
                                    "before is at %2")
                                     .arg(opened, QDir::toNativeSeparators(backup)));
    return true;
}

void MainWindow::connectToServerDialog()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    if (!connectToServer(dialog.address(), dialog.password()))
        return;
    if (dialog.rememberPassword() && !dialog.password().isEmpty()) {
        QString problem;
        if (!ServerPasswords::write(dialog.address(), dialog.password(), &problem)) {
            statusBar()->showMessage(
                tr("The password could not be kept in the keyring (%1); it will be asked "
                   "for next time.")
                    .arg(problem),
                8000);
        }
    }
}

bool MainWindow::connectToServer(const QString &address, const QString &password)
{
    QUrl url(address);
    if (!password.isEmpty())
        url.setPassword(password);
    // Kept in Open Recent without the password (rememberDatabase takes it out).
    return openDatabase(password.isEmpty() ? address : url.toString());
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), dir, tr("Tracker databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::newDatabaseDialog()
{
    const QString dir = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"),
                                                      QDir(dir).filePath(tr("tracker.sqlite")),
                                                      tr("Tracker databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // A new database never replaces a file: the user picks an unused name.
        QMessageBox::warning(
            this, tr("New Database"),
            tr("%1 already exists. Choose a new file name, or use File > Open Database "
               "to open it.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QMessageBox::StandardButton demo =
        QMessageBox::question(this, tr("New Database"),
                              tr("Fill the new database with the demo data (real Leicester and "
                                 "Leicestershire figures from "
                                 "public documents, and synthetic example authorities)?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    openDatabase(path, demo == QMessageBox::Yes);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Children's Services Improvement Tracker"),
        tr("<h3>Children's Services Improvement Tracker %1</h3>"
           "<p>Ofsted judgements, action plans and key indicators for English local authorities' "
           "children's services, for directors and board members.</p>"
           "<p>Released under the MIT licence.</p>"
           "<p>Contains public sector information from Ofsted and the Department for Education, "
           "licensed under the Open Government Licence v3.0.</p>")
            .arg(QStringLiteral(CSTRACKER_VERSION)));
}

void MainWindow::saveDatabaseAsDialog()
{
    if (!m_store)
        return;
    // From a server, a file of its database; the folder offered is the user's own then.
    const QString folder = m_store->isOnServer() ? QDir::homePath()
                                                 : QFileInfo(m_store->path()).absolutePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Database As"), folder,
                                                      tr("Tracker databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    const Status saved = m_store->saveCopy(path);
    if (!saved.ok()) {
        WhatToDo::warning(this, tr("Save Database As"), saved.error(),
                          HandbookTopic::cannotWriteFile);
        return;
    }
    openDatabase(path);
}

void MainWindow::rememberDatabase(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(SettingsKeys::recentDatabases()).toStringList();
    // A server is remembered by its address, never with a password in it.
    const QString absolute = Database::isServerAddress(path)
                                 ? QUrl(path).toString(QUrl::RemovePassword)
                                 : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > SettingsKeys::maxRecent)
        recent.removeLast();
    settings.setValue(SettingsKeys::recentDatabases(), recent);
    settings.setValue(SettingsKeys::lastDatabase(), absolute);
}

QStringList MainWindow::recentDatabases() const
{
    return QSettings().value(SettingsKeys::recentDatabases()).toStringList();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
            [this, path]() { openDatabase(path); });
        a->setEnabled(Database::isServerAddress(path) || QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

QList<QSplitter *> MainWindow::splitters() const
{
    return findChildren<QSplitter *>();
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::windowGeometry(), saveGeometry());
    settings.setValue(SettingsKeys::windowState(), saveState());
    settings.setValue(SettingsKeys::currentPanel(), m_tabs->currentIndex());
    const QList<QSplitter *> all = splitters();
    for (int i = 0; i < all.size(); ++i)
        settings.setValue(SettingsKeys::splitter(QString::number(i)), all.at(i)->saveState());
    if (m_store && m_picker) {
        if (const std::optional<Authority> a =
                m_store->authorities().byId(m_picker->currentAuthority()))
            settings.setValue(SettingsKeys::lastAuthority(), a->name);
    }
}

void MainWindow::fitToScreen()
{
    const QScreen *on = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!on || isMaximized() || isFullScreen())
        return;
    const QRect available = on->availableGeometry();
    // The frame the window manager adds, once it is known; before the first show, room for
    // a title bar and borders of the usual sizes (a tall client-side title bar included).
    QMargins frame(frameGeometry().left() - geometry().left(),
                   frameGeometry().top() - geometry().top(),
                   frameGeometry().right() - geometry().right(),
                   frameGeometry().bottom() - geometry().bottom());
    if (!isVisible() && frame.isNull())
        frame = QMargins(4, 48, 4, 4);
    const QSize room(available.width() - frame.left() - frame.right(),
                     available.height() - frame.top() - frame.bottom());
    const QSize size(std::min(width(), room.width()), std::min(height(), room.height()));
    if (size != this->size())
        resize(size);
    // Then on the screen: its right and bottom edges inside, or, for a window that cannot be
    // made as small as the screen (its panels' least size), its top left corner.
    const int right = available.right() + 1 - width() - frame.left() - frame.right();
    const int bottom = available.bottom() + 1 - height() - frame.top() - frame.bottom();
    const QPoint at(std::max(available.left(), std::min(pos().x(), right)),
                    std::max(available.top(), std::min(pos().y(), bottom)));
    if (at != pos())
        move(at);
}

void MainWindow::restoreSession()
{
    QSettings settings;
    restoreGeometry(settings.value(SettingsKeys::windowGeometry()).toByteArray());
    fitToScreen(); // remembered on a larger screen than this one
    restoreState(settings.value(SettingsKeys::windowState()).toByteArray());
    const QList<QSplitter *> all = splitters();
    for (int i = 0; i < all.size(); ++i)
        all.at(i)->restoreState(
            settings.value(SettingsKeys::splitter(QString::number(i))).toByteArray());
    const QString authority = settings.value(SettingsKeys::lastAuthority()).toString();
    if (!authority.isEmpty())
        selectAuthority(authority);
    const int panel = settings.value(SettingsKeys::currentPanel(), 0).toInt();
    if (panel >= 0 && panel < m_tabs->count())
        m_tabs->setCurrentIndex(panel);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}
