#include "ui/MainWindow.h"

#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/CommunicationThreadModel.h"
#include "ui/CaseSession.h"
#include "ui/CaseThreadRenderer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>

#include <cstdio>

namespace {

// Unread cases in bold.
class CaseRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(CaseListModel::UnreadRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

MainWindow::MainWindow(CaseSession *session, CasePoller *poller, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_poller(poller)
    , m_caseView(new QTableView)
    , m_threadView(new QTextBrowser)
    , m_search(new QLineEdit)
    , m_unreadOnly(new QCheckBox(tr("&Unread only")))
    , m_connectionLabel(new QLabel)
    , m_pollLabel(new QLabel)
    , m_countLabel(new QLabel)
    , m_progress(new QProgressBar)
    , m_statusTicker(new QTimer(this))
    , m_searchDelay(new QTimer(this))
{
    setWindowTitle(tr("Case Console"));

    m_caseView->setModel(m_session->filtered());
    m_caseView->setObjectName(QStringLiteral("caseView"));
    m_caseView->setAccessibleName(tr("Cases"));
    m_caseView->setItemDelegate(new CaseRowDelegate(m_caseView));
    m_caseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseView->setSortingEnabled(true);
    m_caseView->sortByColumn(CaseListModel::LastModifiedColumn, Qt::DescendingOrder);
    m_caseView->setAlternatingRowColors(true);
    m_caseView->setWordWrap(false);
    m_caseView->verticalHeader()->hide();
    m_caseView->verticalHeader()->setDefaultSectionSize(m_caseView->fontMetrics().height() + 8);
    m_caseView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_caseView->horizontalHeader()->setHighlightSections(false);
    const struct
    {
        int column;
        int width;
    } widths[] = {{CaseListModel::IdColumn, 90}, {CaseListModel::SubjectColumn, 150},
        {CaseListModel::TypeColumn, 110}, {CaseListModel::PriorityColumn, 60},
        {CaseListModel::StatusColumn, 120}, {CaseListModel::ServiceColumn, 230},
        {CaseListModel::AgeColumn, 80}, {CaseListModel::MessagesColumn, 90}};
    for (const auto &w : widths)
        m_caseView->setColumnWidth(w.column, w.width);
    for (int column : {CaseListModel::SiteColumn, CaseListModel::CustomerReferenceColumn,
             CaseListModel::CreatedColumn})
        m_caseView->hideColumn(column);

    m_threadView->setObjectName(QStringLiteral("threadView"));
    m_threadView->setAccessibleName(tr("Case thread"));
    m_threadView->setOpenLinks(false);
    m_threadView->setPlaceholderText(tr("Select a case to read its thread."));

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search all threads"));
    m_search->setPlaceholderText(tr("Search all threads (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_session->search(m_search->text()); });
    connect(m_unreadOnly, &QCheckBox::toggled, m_session->filtered(),
        &CaseFilterProxyModel::setUnreadOnly);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_caseView);
    splitter->addWidget(m_threadView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_connectionLabel->setContentsMargins(4, 0, 12, 0);
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_pollLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();

    connect(m_caseView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::onCurrentRowChanged);
    connect(m_session, &CaseSession::threadChanged, this, &MainWindow::renderThread);
    connect(m_session, &CaseSession::loaded, this, &MainWindow::updateStatus);
    connect(m_session, &CaseSession::storeMessage, this, [this](const QString &message) {
        m_storeMessage = message;
        updateStatus();
    });
    connect(m_session, &CaseSession::searchFinished, this, [this](const QString &text, int hits) {
        if (!text.isEmpty())
            statusBar()->showMessage(tr("%n case(s) match “%1”", nullptr, hits).arg(text), 5000);
        updateStatus();
    });
    QAbstractItemModel *visible = m_session->filtered();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(visible, signal, this, &MainWindow::updateStatus);
    connect(visible, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_session->outbox(), &Outbox::itemChanged, this, &MainWindow::updateStatus);
    connect(m_session->outbox(), &Outbox::itemRemoved, this, &MainWindow::updateStatus);
    connect(m_poller, &CasePoller::pollStarted, this, &MainWindow::onPollStarted);
    connect(m_poller, &CasePoller::pollSucceeded, this, &MainWindow::onPollSucceeded);
    connect(m_poller, &CasePoller::pollFailed, this, &MainWindow::onPollFailed);

    // The "next poll in" text counts down; ages of open incidents move on.
    m_statusTicker->setInterval(1000);
    connect(m_statusTicker, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTicker->start();
    auto *ageTicker = new QTimer(this);
    ageTicker->setInterval(60'000);
    connect(ageTicker, &QTimer::timeout, m_session->cases(), &CaseListModel::refreshAges);
    ageTicker->start();

    resize(1280, 760);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *caseMenu = menuBar()->addMenu(tr("&Case"));
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);

    auto *refresh
        = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Fetch the cases changed since the last poll (F5)"));
    connect(refresh, &QAction::triggered, this, [this] { m_poller->pollNow(false); });

    auto *fullRefresh = new QAction(tr("&Full Refresh"), this);
    fullRefresh->setObjectName(QStringLiteral("fullRefreshAction"));
    fullRefresh->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    fullRefresh->setToolTip(tr("Fetch every case again (Shift+F5)"));
    connect(fullRefresh, &QAction::triggered, this, [this] { m_poller->pollNow(true); });

    auto *find = new QAction(tr("&Search"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    auto *nextUnread = new QAction(tr("&Next Unread"), this);
    nextUnread->setShortcut(QKeySequence(Qt::Key_Period));
    connect(nextUnread, &QAction::triggered, this, [this] { selectNextUnread(1); });
    auto *previousUnread = new QAction(tr("&Previous Unread"), this);
    previousUnread->setShortcut(QKeySequence(Qt::Key_Comma));
    connect(previousUnread, &QAction::triggered, this, [this] { selectNextUnread(-1); });

    auto *markUnread = new QAction(tr("Mark as &Unread"), this);
    markUnread->setObjectName(QStringLiteral("markUnreadAction"));
    markUnread->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(markUnread, &QAction::triggered, this, [this] {
        if (!m_session->openCaseId().isEmpty())
            m_session->setRead(m_session->openCaseId(), false);
    });
    auto *markRead = new QAction(tr("Mark as &Read"), this);
    markRead->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(markRead, &QAction::triggered, this, [this] {
        if (!m_session->openCaseId().isEmpty())
            m_session->setRead(m_session->openCaseId(), true);
    });

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    fileMenu->addAction(quit);
    viewMenu->addAction(refresh);
    viewMenu->addAction(fullRefresh);
    viewMenu->addSeparator();
    viewMenu->addAction(find);
    caseMenu->addAction(nextUnread);
    caseMenu->addAction(previousUnread);
    caseMenu->addSeparator();
    caseMenu->addAction(markRead);
    caseMenu->addAction(markUnread);
    for (QAction *action : {find, nextUnread, previousUnread, markRead, markUnread})
        addAction(action);
    toolBar->addAction(refresh);
    toolBar->addAction(fullRefresh);
    toolBar->addSeparator();
    toolBar->addWidget(m_search);
    toolBar->addWidget(m_unreadOnly);
}

void MainWindow::setConnectionLabel(const QString &label)
{
    m_connectionName = label;
    updateStatus();
}

void MainWindow::showConnectionProblem(const QString &message)
{
    m_lastError = message;
    m_threadView->setPlaceholderText(message);
    updateStatus();
}

void MainWindow::saveScreenshotAfterFirstPoll(const QString &path)
{
    const auto grabAndQuit = [this, path](bool ok) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const bool saved = grab().save(path);
        const QString message = saved
            ? tr("Screenshot saved to %1").arg(QFileInfo(path).absoluteFilePath())
            : tr("Could not save %1").arg(path);
        std::fprintf(stderr, "%s\n", qPrintable(message));
        QApplication::exit(saved && ok ? 0 : 1);
    };
    const auto take = [this, grabAndQuit](bool ok) {
        // The poll's cases reach the list through the store a moment later: wait for them
        // (up to 5 s), open the case with the longest thread, let it render, then grab.
        auto *waiting = new QTimer(this);
        waiting->setInterval(100);
        connect(waiting, &QTimer::timeout, this, [this, waiting, grabAndQuit, ok] {
            QAbstractItemModel *model = m_caseView->model();
            const int tries = waiting->property("tries").toInt() + 1;
            waiting->setProperty("tries", tries);
            if (model->rowCount() == 0 && tries < 50)
                return;
            waiting->deleteLater();
            int best = -1;
            for (int row = 0; row < model->rowCount(); ++row) {
                if (best < 0
                    || model->index(row, 0).data(CaseListModel::CommunicationCountRole).toInt()
                        > model->index(best, 0).data(CaseListModel::CommunicationCountRole).toInt())
                    best = row;
            }
            if (best >= 0) {
                m_caseView->selectRow(best);
                m_caseView->scrollTo(model->index(best, 0));
            }
            QTimer::singleShot(800, this, [grabAndQuit, ok] { grabAndQuit(ok); });
        });
        waiting->start();
    };
    connect(
        m_poller, &CasePoller::pollSucceeded, this, [take] { take(true); },
        Qt::SingleShotConnection);
    connect(
        m_poller, &CasePoller::pollFailed, this, [take] { take(false); }, Qt::SingleShotConnection);
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_caseView->selectionModel()->currentIndex();
    m_session->openCase(current.data(CaseListModel::CaseIdRole).toString());
}

void MainWindow::renderThread()
{
    const CaseSummary *c = m_session->openCaseSummary();
    if (!c) {
        m_threadView->clear();
        m_threadView->setProperty("caseId", QString());
        return;
    }
    // Keep the reader's place when the same thread is rendered again after a poll.
    const bool sameCase = m_threadView->property("caseId").toString() == c->id;
    const int scroll = m_threadView->verticalScrollBar()->value();
    m_threadView->setHtml(CaseThreadRenderer::toHtml(*c, *m_session->thread()));
    m_threadView->setProperty("caseId", c->id);
    if (sameCase)
        m_threadView->verticalScrollBar()->setValue(scroll);
}

void MainWindow::selectNextUnread(int step)
{
    QAbstractItemModel *model = m_caseView->model();
    const int rows = model->rowCount();
    if (rows == 0)
        return;
    const int start = m_caseView->currentIndex().isValid() ? m_caseView->currentIndex().row() : -1;
    for (int i = 1; i <= rows; ++i) {
        const int row = ((start + step * i) % rows + rows) % rows;
        if (model->index(row, 0).data(CaseListModel::UnreadRole).toBool()) {
            m_caseView->selectRow(row);
            m_caseView->scrollTo(model->index(row, 0));
            return;
        }
    }
    statusBar()->showMessage(tr("No unread cases."), 3000);
}

void MainWindow::onPollStarted(bool full)
{
    m_progress->show();
    m_progress->setToolTip(full ? tr("Fetching every case…") : tr("Fetching changed cases…"));
    updateStatus();
}

void MainWindow::onPollSucceeded()
{
    m_progress->hide();
    m_lastError.clear();
    updateStatus();
}

void MainWindow::onPollFailed(const ApiError &error, const QDateTime &)
{
    m_progress->hide();
    m_lastError = error.userMessage();
    m_offline = error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    const QDateTime last = m_poller->lastSuccess();
    QString state;
    if (!m_lastError.isEmpty())
        state = m_offline ? tr("Offline") : tr("Not connected");
    else if (last.isValid())
        state = tr("Connected");
    else
        state = tr("Connecting…");
    m_connectionLabel->setText(
        m_connectionName.isEmpty() ? state : tr("%1: %2").arg(m_connectionName, state));

    QStringList parts;
    if (!m_lastError.isEmpty())
        parts << m_lastError;
    if (!m_storeMessage.isEmpty())
        parts << m_storeMessage;
    if (last.isValid())
        parts << tr("Updated %1").arg(locale.toString(last.time(), QLocale::ShortFormat));
    if (m_poller->isPolling()) {
        parts << tr("Refreshing…");
    } else if (const QDateTime next = m_poller->nextPoll(); next.isValid()) {
        const qint64 seconds = qMax<qint64>(0, QDateTime::currentDateTime().secsTo(next));
        parts << tr("next in %n s", nullptr, int(seconds));
    }
    if (const int unsent = m_session->outbox()->pendingCount(); unsent > 0)
        parts << tr("%n change(s) not yet sent", nullptr, unsent);
    m_pollLabel->setText(parts.join(QStringLiteral(" · ")));
    const int shown = m_session->filtered()->rowCount();
    const int total = m_session->cases()->rowCount();
    m_countLabel->setText(shown == total ? tr("%n case(s)", nullptr, total)
                                         : tr("%1 of %n case(s)", nullptr, total).arg(shown));
}
