#include "ui/MainWindow.h"

#include "models/CaseDraft.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/SettingsKeys.h"
#include "session/CaseSession.h"
#include "session/OutboxStates.h"
#include "ui/CaseColumnWidths.h"
#include "ui/CaseFilterBar.h"
#include "ui/CaseListMenu.h"
#include "ui/CaseListView.h"
#include "ui/ConnectionStatusBar.h"
#include "ui/CreateCaseDialog.h"
#include "ui/DossierActions.h"
#include "ui/NoticeCentre.h"
#include "ui/OutboxLinks.h"
#include "ui/ReferenceDialog.h"
#include "ui/ReplyDialog.h"
#include "ui/RepositoryPanel.h"
#include "ui/RfoActions.h"
#include "ui/SavedViewsMenu.h"
#include "ui/ScreenshotMode.h"
#include "ui/SearchField.h"
#include "ui/ThreadPaneSwitch.h"
#include "ui/ThreadView.h"
#include "ui/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(CaseSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_caseView(new CaseListView(session->filtered()))
    , m_threadView(new ThreadView(session))
    , m_filterBar(new CaseFilterBar(session))
    , m_statusBar(new ConnectionStatusBar(session))
    , m_search(new SearchField)
{
    setWindowTitle(tr("Case Console"));
    setStatusBar(m_statusBar);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search all threads"));
    m_search->setPlaceholderText(tr("Search all threads (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    connect(m_search, &SearchField::searchRequested, m_session, &CaseSession::search);
    connect(m_session, &CaseSession::searchFinished, m_search, &SearchField::searchAnswered);
    connect(m_search, &SearchField::resultsRequested, this, [this] {
        // From the search field to its first hit, as Down from a mail client's search does.
        const QModelIndex first = m_caseView->model()->index(0, 0);
        m_caseView->setFocus(Qt::ShortcutFocusReason);
        if (first.isValid())
            m_caseView->setCurrentIndex(first);
    });
    // A first sync is listed at once and searchable once the store has indexed it.
    connect(m_session, &CaseSession::indexingProgress, this, [this](int done, int total) {
        m_search->setEnabled(done >= total && !m_welcome);
        m_search->setPlaceholderText(done >= total
                ? tr("Search all threads (Ctrl+F)")
                : tr("Search is available when indexing finishes"));
    });

    m_stack = new QStackedWidget;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createCasesPage(), tr("Cases"));
    m_tabs->tabBar()->hide(); // until there is a second tab
    m_stack->addWidget(m_tabs);
    // The P1 alarm banner above the tabs; the history's bell in the status bar.
    m_notices = new NoticeCentre(m_session, this);
    connect(m_notices, &NoticeCentre::caseRequested, this, &MainWindow::showCase);
    setCentralWidget(m_notices->withBanner(m_stack));

    createActions();
    setUpFocusOrder();
    // The context menus: the list's with the window's case actions, the thread's with Reply.
    new CaseListMenu(m_session, m_caseView, m_threadView, this);
    m_threadView->setMenuActions({findChild<QAction *>(QStringLiteral("replyAction"))});
    connect(m_session->cases(), &CaseListModel::statusesChanged, m_caseView,
        [this] { CaseColumnWidths::widenToContent(m_caseView, m_session->cases()->statuses()); });

    connect(m_caseView, &CaseListView::currentCaseChanged, m_session, &CaseSession::openCase);
    connect(m_filterBar, &CaseFilterBar::applied, m_statusBar, &ConnectionStatusBar::updateStatus);
    auto *links = new OutboxLinks(m_session, this);
    connect(m_threadView, &QTextBrowser::anchorClicked, links, &OutboxLinks::open);
    connect(links, &OutboxLinks::message, m_statusBar, &QStatusBar::showMessage);
    connect(m_session, &CaseSession::outboxItemChanged, this, &MainWindow::onOutboxItem);
    connect(m_threadView, &ThreadView::caseLinkActivated, this, &MainWindow::showCase);

    // The ages of open incidents move on.
    auto *ageTicker = new QTimer(this);
    ageTicker->setInterval(60'000);
    connect(ageTicker, &QTimer::timeout, m_session->cases(), &CaseListModel::refreshAges);
    ageTicker->start();

    resize(1280, 760);
    restoreLayout();
    m_statusBar->updateStatus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createCasesPage()
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_caseView);
    splitter->addWidget(createThreadPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // A thread stays readable however narrow the window: about 45 characters a line.
    m_threadView->setMinimumWidth(m_threadView->fontMetrics().averageCharWidth() * 45);

    // The filters above both panes: their width does not squeeze the thread.
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);
    return page;
}

void MainWindow::setUpFocusOrder()
{
    // Tab goes list -> thread (or timeline) -> filters -> search -> "Unread only" (and round
    // again).
    QList<QWidget *> chain {m_caseView, m_threadView,
        m_paneSwitch->findChild<QWidget *>(QStringLiteral("timelineEntries"))};
    for (const char *name : {"statusFilter", "typeFilter", "priorityFilter", "serviceFilter"}) {
        if (auto *filter = m_filterBar->findChild<QWidget *>(QLatin1String(name)))
            chain << filter;
    }
    chain << m_search << m_filterBar->unreadOnly();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

QWidget *MainWindow::createThreadPane()
{
    // The open case stays readable when the filters hide it (a poll changed its status, a
    // filter was chosen): the engineer may be in the middle of it. The notice says why the list
    // shows it no more.
    auto *hidden = new QLabel;
    hidden->setObjectName(QStringLiteral("hiddenCaseNotice"));
    hidden->setWordWrap(true);
    hidden->setTextFormat(Qt::PlainText);
    hidden->setFrameShape(QFrame::StyledPanel);
    hidden->setMargin(6);
    hidden->setBackgroundRole(QPalette::ToolTipBase);
    hidden->setForegroundRole(QPalette::ToolTipText);
    hidden->setAutoFillBackground(true);
    hidden->hide();
    connect(m_caseView, &CaseListView::openCaseHiddenChanged, hidden,
        [hidden](const QString &caseId, bool isHidden) {
            hidden->setText(tr("%1 is hidden by the list's filters. It stays open here until you "
                               "open another case.")
                                .arg(caseId));
            hidden->setVisible(isHidden);
        });
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(hidden);
    // "Thread | Timeline" above the open case (issue 14).
    m_paneSwitch = new ThreadPaneSwitch(m_threadView, new TimelineView(m_session));
    layout->addWidget(m_paneSwitch, 1);
    return pane;
}

QAction *MainWindow::action(const QString &text, const QString &objectName,
    const QKeySequence &shortcut, const QString &icon)
{
    auto *action = icon.isEmpty() ? new QAction(text, this)
                                  : new QAction(QIcon::fromTheme(icon), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    return action;
}

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    auto *caseMenu = menuBar()->addMenu(tr("&Case"));
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);

    QAction *refresh = action(tr("&Refresh"), QStringLiteral("refreshAction"),
        QKeySequence::Refresh, QStringLiteral("view-refresh"));
    refresh->setToolTip(tr("Fetch the cases changed since the last poll (F5)"));
    connect(refresh, &QAction::triggered, this, [this] { m_session->pollNow(false); });
    QAction *fullRefresh = action(tr("&Full Refresh"), QStringLiteral("fullRefreshAction"),
        QKeySequence(Qt::SHIFT | Qt::Key_F5));
    fullRefresh->setToolTip(tr("Fetch every case again (Shift+F5)"));
    connect(fullRefresh, &QAction::triggered, this, [this] { m_session->pollNow(true); });
    QAction *find = action(tr("&Search"), {}, QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    QAction *settingsAction = action(tr("&Connections and Settings…"),
        QStringLiteral("settingsAction"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    // QKeySequence::Preferences is empty on Linux: Ctrl+, there, and the platform's own too.
    QList<QKeySequence> preferences {QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences)) {
        if (!preferences.contains(key))
            preferences << key;
    }
    settingsAction->setShortcuts(preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    QAction *quit = action(tr("&Quit"), {}, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    createCaseActions(caseMenu); // the toolbar's first actions: new case, reply
    fileMenu->addAction(m_caseActions.constFirst()); // New Case
    fileMenu->addSeparator();
    fileMenu->addAction(settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    viewMenu->addAction(refresh);
    viewMenu->addAction(fullRefresh);
    viewMenu->addSeparator();
    viewMenu->addAction(find);
    viewMenu->addSeparator();
    viewMenu->addActions(m_threadView->navigationActions()); // find in it, hits, new messages
    caseMenu->addAction(m_paneSwitch->timelineAction()); // Ctrl+Shift+T
    viewMenu->addSeparator();
    viewMenu->addActions(m_caseView->viewActions()); // the list's columns, compact rows
    // Saved views: their own block of the View menu (Alt+0 to Alt+9).
    m_savedViews = new SavedViewsMenu(this, viewMenu, m_filterBar, m_search, m_caseView);
    m_notices->addActions(viewMenu); // the notification history, the P1 alarm
    createReadingActions(caseMenu);
    m_caseActions << refresh << fullRefresh << find;
    m_toolBar->addSeparator();
    m_toolBar->addAction(refresh);
    m_toolBar->addAction(fullRefresh);
    m_toolBar->addSeparator();
    m_caseToolItems << m_toolBar->addWidget(m_search)
                    << m_toolBar->addWidget(m_filterBar->unreadOnly());
    m_caseTabActions << find << m_paneSwitch->timelineAction();
}

void MainWindow::createCaseActions(QMenu *caseMenu)
{
    QAction *newCaseAction = action(tr("&New Case…"), QStringLiteral("newCaseAction"),
        QKeySequence::New, QStringLiteral("document-new"));
    newCaseAction->setToolTip(tr("Open an incident or a general request (Ctrl+N)"));
    connect(newCaseAction, &QAction::triggered, this, &MainWindow::newCase);
    QAction *reply = action(tr("&Reply…"), QStringLiteral("replyAction"),
        QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("mail-reply-sender"));
    reply->setToolTip(tr("Reply to the open case (Ctrl+R)"));
    connect(reply, &QAction::triggered, this, &MainWindow::replyToOpenCase);
    QAction *reference = action(tr("Add Your Re&ference…"), QStringLiteral("referenceAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(reference, &QAction::triggered, this, &MainWindow::addCustomerReference);
    QAction *watch = createWatchAction();
    caseMenu->addAction(reply);
    caseMenu->addAction(reference);
    // Request RFO (issue 14 item 4): ui/RfoActions.
    auto *rfo = new RfoActions(this, m_session);
    connect(rfo, &RfoActions::created, this, &MainWindow::selectCase);
    caseMenu->addAction(rfo->requestAction());
    caseMenu->addAction(watch);
    // The case dossier (issue 14 item 3): its own block of the Case menu.
    auto *dossier = new DossierActions(this, m_session, m_caseView);
    caseMenu->addSeparator();
    caseMenu->addActions({dossier->exportAction(), dossier->printAction()});
    // The toolbar's own copies: hidden on the Case Repository tab, where the menus keep theirs.
    for (QAction *original : {newCaseAction, reply}) {
        auto *onToolBar = new QAction(original->icon(), original->text(), this);
        onToolBar->setToolTip(original->toolTip());
        connect(onToolBar, &QAction::triggered, original, &QAction::trigger);
        connect(original, &QAction::enabledChanged, onToolBar, &QAction::setEnabled);
        m_toolBar->addAction(onToolBar);
        m_caseToolItems << onToolBar;
    }
    m_caseActions << newCaseAction << reply << reference << watch << dossier->exportAction()
                  << dossier->printAction();
    m_caseTabActions << reply << reference << watch << dossier->exportAction()
                     << dossier->printAction();
}

void MainWindow::setConnectionLabel(const QString &label)
{
    m_statusBar->setConnectionName(label);
}

void MainWindow::showConnectionProblem(const QString &message)
{
    m_threadView->setPlaceholderText(message);
    m_statusBar->setProblem(message);
}

void MainWindow::saveScreenshotAfterFirstPoll(const QString &path)
{
    new ScreenshotMode(this, m_caseView, m_session, path);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(SettingsKeys::WindowGroup);
    restoreGeometry(settings.value(SettingsKeys::Geometry).toByteArray());
    restoreState(settings.value(SettingsKeys::WindowState).toByteArray());
    m_caseView->restoreLayout(settings);
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter && !splitter->restoreState(settings.value(SettingsKeys::Splitter).toByteArray())) {
        // The list as wide as its columns up to the time of the last change (its order), as far
        // as the thread keeps its readable width; at least three fifths of the window.
        const int thread = m_threadView->minimumWidth() + splitter->handleWidth();
        const int list = qBound(width() * 3 / 5,
            m_caseView->widthThrough(CaseListModel::LastModifiedColumn), width() - thread);
        splitter->setSizes({list, width() - list});
    }
    m_filterBar->restore(settings);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(SettingsKeys::WindowGroup);
    settings.setValue(SettingsKeys::Geometry, saveGeometry());
    settings.setValue(SettingsKeys::WindowState, saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(SettingsKeys::Splitter, splitter->saveState());
    m_caseView->saveLayout(settings, m_session->openCaseId());
    m_filterBar->save(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    // Drafts being typed are saved by the dialogs as they close.
    for (QDialog *dialog : std::initializer_list<QDialog *> {m_createDialog, m_replyDialog}) {
        if (dialog && dialog->isVisible())
            dialog->close();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::setRepositoryPanel(QWidget *panel)
{
    panel->setObjectName(QStringLiteral("repositoryPanel"));
    m_tabs->addTab(panel, tr("Case Repository"));
    m_tabs->tabBar()->show();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);
    if (auto *repository = qobject_cast<RepositoryPanel *>(panel)) {
        repository->setCaseLookup(
            [this](const QString &id) { return m_session->cases()->caseById(id) != nullptr; });
        connect(repository, &RepositoryPanel::caseLinkActivated, this, &MainWindow::showCase);
    }
    auto *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    auto *showCases = new QAction(tr("&Cases"), this);
    showCases->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(showCases, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    auto *showRepository = new QAction(tr("Case Re&pository"), this);
    showRepository->setObjectName(QStringLiteral("showRepositoryAction"));
    showRepository->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(showRepository, &QAction::triggered, this,
        [this, panel] { m_tabs->setCurrentWidget(panel); });
    for (QAction *action : {showCases, showRepository}) {
        addAction(action);
        if (viewMenu)
            viewMenu->addAction(action);
    }
    if (viewMenu)
        viewMenu->insertSeparator(showCases);
}

void MainWindow::onTabChanged()
{
    // The case toolbar and the case actions belong to the Cases tab.
    const bool cases = m_tabs->currentIndex() == 0;
    for (QAction *item : std::as_const(m_caseToolItems))
        item->setVisible(cases);
    for (QAction *action : std::as_const(m_caseTabActions))
        action->setEnabled(cases && !m_welcome);
}

void MainWindow::showCase(const QString &caseId)
{
    m_tabs->setCurrentIndex(0);
    m_caseView->selectCase(caseId);
    if (m_caseView->caseAwaited() == caseId && m_session->cases()->caseById(caseId)) {
        // Known, but the filters leave it out of the list: its thread all the same.
        m_session->openCase(caseId);
        statusBar()->showMessage(
            tr("%1 is not in the list with the filters set.").arg(caseId), 8000);
    }
    m_caseView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showWelcome(QWidget *page)
{
    m_welcome = true;
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
    for (QAction *action : std::as_const(m_caseActions))
        action->setEnabled(false);
    m_search->setEnabled(false);
    m_filterBar->unreadOnly()->setEnabled(false);
    m_statusBar->showNotConnected();
}

void MainWindow::selectCase(const QString &caseId)
{
    m_caseView->selectCase(caseId);
}

void MainWindow::buildCreateDialog()
{
    m_createDialog = new CreateCaseDialog(CaseTypeMatrix::builtIn(), this);
    m_createDialog->setObjectName(QStringLiteral("createCaseDialog"));
    connect(m_createDialog, &CreateCaseDialog::draftChanged, this, [this](const CaseDraft &draft) {
        m_session->saveDraft(CaseSession::createDraftKey(),
            QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
    });
    connect(m_createDialog, &CreateCaseDialog::submitted, this, [this](const CaseDraft &draft) {
        QSettings().setValue(SettingsKeys::SentBy, draft.sentBy);
        if (const auto item = m_session->outboxItem(m_session->submitCase(draft)))
            m_createDialog->showSendState(*item);
    });
    connect(m_createDialog, &CreateCaseDialog::created, this, [this](const QString &caseId) {
        statusBar()->showMessage(tr("Case %1 created.").arg(caseId), 8000);
        selectCase(caseId);
    });
}

void MainWindow::newCase()
{
    if (!m_createDialog)
        buildCreateDialog();
    QList<CreateCaseDialog::ServiceChoice> services;
    for (const CaseSession::ServiceChoice &service : m_session->services())
        services.append({service.serviceId, service.label});
    m_createDialog->setServices(services);
    const ProviderCapabilities caps = m_session->capabilities();
    m_createDialog->setProviderSetsPriority(
        caps.isDiscovered() && !caps.has(ProviderCapabilities::Part::CreateCasePriority),
        m_session->statesPriorityInMessage());
    if (m_createDialog->pendingKey().isEmpty() && !m_createDialog->isVisible()) {
        const QByteArray saved = m_session->draft(CaseSession::createDraftKey());
        CaseDraft draft = saved.isEmpty()
            ? CaseDraft()
            : CaseDraft::fromJson(QJsonDocument::fromJson(saved).object());
        if (draft.sentBy.isEmpty())
            draft.sentBy = QSettings().value(SettingsKeys::SentBy).toString();
        m_createDialog->setDraft(draft);
        // Submitted in an earlier run and still on its way: show that, not a fresh form.
        if (const auto item = m_session->outboxItem(m_session->pendingCreateKeyFor(draft)))
            m_createDialog->showSendState(*item);
    }
    m_createDialog->show();
    m_createDialog->raise();
    m_createDialog->activateWindow();
}

void MainWindow::buildReplyDialog()
{
    m_replyDialog = new ReplyDialog(this);
    m_replyDialog->setObjectName(QStringLiteral("replyDialog"));
    connect(m_replyDialog, &ReplyDialog::draftChanged, this,
        [this](const QString &caseId, const QString &message) {
            if (message.trimmed().isEmpty())
                m_session->removeDraft(CaseSession::replyDraftKey(caseId));
            else
                m_session->saveDraft(CaseSession::replyDraftKey(caseId), message.toUtf8());
        });
    // The thread shows the reply on its way (ThreadView follows the outbox).
    connect(m_replyDialog, &ReplyDialog::submitted, this,
        [this](const QString &caseId, const QString &message, const QString &sentBy) {
            QSettings().setValue(SettingsKeys::SentBy, sentBy);
            m_session->submitReply(caseId, message, sentBy);
            statusBar()->showMessage(tr("Reply to %1 queued for sending.").arg(caseId), 5000);
        });
}

void MainWindow::replyToOpenCase()
{
    const CaseSummary *c = m_session->openCaseSummary();
    if (!c) {
        statusBar()->showMessage(tr("Select a case to reply to."), 4000);
        return;
    }
    if (!m_replyDialog)
        buildReplyDialog();
    if (m_replyDialog->isVisible() && m_replyDialog->caseId() != c->id)
        m_replyDialog->close(); // saves the other case's draft
    if (!m_replyDialog->isVisible()) {
        m_replyDialog->setCase(c->id, CaseTypeMatrix::builtIn().subjectLabel(c->subject));
        m_replyDialog->setMessage(
            QString::fromUtf8(m_session->draft(CaseSession::replyDraftKey(c->id))));
        m_replyDialog->setSentBy(QSettings().value(SettingsKeys::SentBy).toString());
    }
    const ProviderWords &words = m_session->words();
    m_replyDialog->setCaseState(OutboxStates::refusesReplies(c->status, words)
            ? ReplyDialog::CaseState::Closed
            : words.statusKind(c->status) == ProviderWords::StatusKind::Resolved
            ? ReplyDialog::CaseState::Resolved
            : ReplyDialog::CaseState::Open);
    m_replyDialog->show();
    m_replyDialog->raise();
    m_replyDialog->activateWindow();
}

void MainWindow::addCustomerReference()
{
    const CaseSummary *c = m_session->openCaseSummary();
    if (!c) {
        statusBar()->showMessage(tr("Select a case to add your reference to."), 4000);
        return;
    }
    const QString caseId = c->id;
    // Set is enabled only for a reference that can be sent, and the dialog says why not.
    ReferenceDialog dialog(caseId, c->customerReference, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reference = dialog.reference();
    // The thread's header shows it on its way (ThreadView follows the outbox).
    m_session->submitCustomerReference(caseId, reference);
}

void MainWindow::onOutboxItem(const OutboxItem &item)
{
    if (item.kind != OutboxItem::Kind::CreateCase || !m_createDialog
        || item.key != m_createDialog->pendingKey())
        return;
    m_createDialog->showSendState(item);
    if (item.state == OutboxItem::State::Failed) {
        // The refused case is back in the form and in the draft: nothing is lost.
        m_createDialog->show();
        m_createDialog->raise();
        m_session->discardUnsent(item.key);
    }
}
