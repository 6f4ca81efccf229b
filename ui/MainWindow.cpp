#include "ui/MainWindow.h"

#include "api/CasePoller.h"
#include "models/CaseListModel.h"
#include "ui/CaseThreadRenderer.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(CaseListModel *cases, CasePoller *poller, QWidget *parent)
    : QMainWindow(parent)
    , m_cases(cases)
    , m_poller(poller)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_caseView(new QTableView)
    , m_threadView(new QTextBrowser)
    , m_connectionLabel(new QLabel)
    , m_pollLabel(new QLabel)
    , m_countLabel(new QLabel)
    , m_progress(new QProgressBar)
    , m_statusTicker(new QTimer(this))
{
    setWindowTitle(tr("Case Console"));

    m_sorted->setSourceModel(m_cases);
    m_sorted->setSortRole(CaseListModel::SortRole);
    m_sorted->setDynamicSortFilter(true);

    m_caseView->setModel(m_sorted);
    m_caseView->setObjectName(QStringLiteral("caseView"));
    m_caseView->setAccessibleName(tr("Cases"));
    m_caseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseView->setSortingEnabled(true);
    m_caseView->sortByColumn(CaseListModel::LastModifiedColumn, Qt::DescendingOrder);
    m_caseView->setAlternatingRowColors(true);
    m_caseView->setWordWrap(false);
    m_caseView->verticalHeader()->hide();
    m_caseView->horizontalHeader()->setStretchLastSection(false);
    m_caseView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_caseView->setColumnWidth(CaseListModel::IdColumn, 90);
    m_caseView->setColumnWidth(CaseListModel::SubjectColumn, 160);
    m_caseView->setColumnWidth(CaseListModel::TypeColumn, 110);
    m_caseView->setColumnWidth(CaseListModel::PriorityColumn, 60);
    m_caseView->setColumnWidth(CaseListModel::StatusColumn, 110);
    m_caseView->setColumnWidth(CaseListModel::ServiceColumn, 200);
    for (int column : {CaseListModel::SiteColumn, CaseListModel::CustomerReferenceColumn,
             CaseListModel::CreatedColumn})
        m_caseView->hideColumn(column);

    m_threadView->setObjectName(QStringLiteral("threadView"));
    m_threadView->setAccessibleName(tr("Case thread"));
    m_threadView->setOpenLinks(false);
    m_threadView->setPlaceholderText(tr("Select a case to read its thread."));

    auto *splitter = new QSplitter(Qt::Horizontal);
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
        &MainWindow::showSelectedCase);
    // Keep the open thread current when a poll updates the selected case.
    connect(m_cases, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const int row = m_cases->rowOf(m_shownCaseId);
            if (row >= topLeft.row() && row <= bottomRight.row())
                showSelectedCase();
        });
    connect(m_cases, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_cases, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_cases, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_poller, &CasePoller::pollStarted, this, &MainWindow::onPollStarted);
    connect(m_poller, &CasePoller::pollSucceeded, this, &MainWindow::onPollSucceeded);
    connect(m_poller, &CasePoller::pollFailed, this, &MainWindow::onPollFailed);

    // The "next poll in" text counts down.
    m_statusTicker->setInterval(1000);
    connect(m_statusTicker, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTicker->start();

    resize(1200, 720);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
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

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    fileMenu->addAction(quit);
    viewMenu->addAction(refresh);
    viewMenu->addAction(fullRefresh);
    toolBar->addAction(refresh);
    toolBar->addAction(fullRefresh);
}

void MainWindow::setConnectionLabel(const QString &label)
{
    m_connectionName = label;
    updateStatus();
}

void MainWindow::showSelectedCase()
{
    const QModelIndex current = m_caseView->selectionModel()->currentIndex();
    const QString id = current.data(CaseListModel::CaseIdRole).toString();
    const Case *c = m_cases->caseById(id);
    m_shownCaseId = c ? id : QString();
    if (!c) {
        m_threadView->clear();
        return;
    }
    // Keep the reader's place when the thread is re-rendered after a poll.
    const int scroll = m_threadView->verticalScrollBar()->value();
    const bool sameCase = m_threadView->property("caseId").toString() == id;
    m_threadView->setHtml(CaseThreadRenderer::toHtml(*c));
    m_threadView->setProperty("caseId", id);
    if (sameCase)
        m_threadView->verticalScrollBar()->setValue(scroll);
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
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    const QDateTime last = m_poller->lastSuccess();
    QString state;
    if (!m_lastError.isEmpty())
        state = tr("Offline");
    else if (last.isValid())
        state = tr("Connected");
    else
        state = tr("Connecting…");
    m_connectionLabel->setText(
        m_connectionName.isEmpty() ? state : tr("%1: %2").arg(m_connectionName, state));

    QStringList parts;
    if (!m_lastError.isEmpty())
        parts << m_lastError;
    if (last.isValid())
        parts << tr("Updated %1").arg(locale.toString(last.time(), QLocale::ShortFormat));
    if (m_poller->isPolling()) {
        parts << tr("Refreshing…");
    } else if (const QDateTime next = m_poller->nextPoll(); next.isValid()) {
        const qint64 seconds = qMax<qint64>(0, QDateTime::currentDateTime().secsTo(next));
        parts << tr("next in %n s", nullptr, int(seconds));
    }
    m_pollLabel->setText(parts.join(QStringLiteral(" · ")));
    m_countLabel->setText(tr("%n case(s)", nullptr, m_cases->rowCount()));
}
