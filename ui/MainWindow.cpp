#include "ui/MainWindow.h"

#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseLabels.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/CommunicationThreadModel.h"
#include "models/RepositoryEntry.h"
#include "models/SettingsKeys.h"
#include "models/UntrustedText.h"
#include "session/CaseSession.h"
#include "ui/CaseThreadRenderer.h"
#include "ui/CreateCaseDialog.h"
#include "ui/PlainText.h"
#include "ui/PlainTextDelegate.h"
#include "ui/ReplyDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPainter>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <cstdio>

namespace {

// A small round mark in a colour: filled for "active", a ring otherwise. On a selected row it
// keeps its colour inside a light rim (the style would otherwise tint it to the highlight).
// Drawn once per colour: the delegate asks for it on every paint.
QIcon dot(const QColor &color, bool filled)
{
    static QHash<QPair<QRgb, bool>, QIcon> drawn;
    const QPair<QRgb, bool> key {color.rgba(), filled};
    if (const auto it = drawn.constFind(key); it != drawn.cend())
        return *it;
    const auto draw = [&](bool selected) {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        if (selected) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 230));
            painter.drawEllipse(QRectF(0, 0, 12, 12));
        }
        painter.setPen(QPen(color, 2));
        painter.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
        painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
        return pixmap;
    };
    QIcon icon(draw(false));
    icon.addPixmap(draw(true), QIcon::Selected);
    drawn.insert(key, icon);
    return icon;
}

QColor priorityColor(const QString &priority)
{
    switch (CaseLabels::priorityRank(priority)) {
    case 1:
        return QColor(0xd3, 0x2f, 0x2f); // red
    case 2:
        return QColor(0xf5, 0x7c, 0x00); // orange
    case 3:
        return QColor(0xf9, 0xa8, 0x25); // amber
    case 4:
        return QColor(0x19, 0x76, 0xd2); // blue
    default:
        return QColor(0x75, 0x75, 0x75); // grey
    }
}

// By what the status means, whatever the provider's word for it (ProviderWords).
QColor statusColor(ProviderWords::StatusKind kind)
{
    switch (kind) {
    case ProviderWords::StatusKind::Open:
        return QColor(0x19, 0x76, 0xd2); // blue
    case ProviderWords::StatusKind::InProgress:
        return QColor(0x38, 0x8e, 0x3c); // green
    case ProviderWords::StatusKind::WaitingOnUs:
        return QColor(0xf5, 0x7c, 0x00); // orange
    case ProviderWords::StatusKind::OnHold:
        return QColor(0x8e, 0x24, 0xaa); // purple
    default:
        return QColor(0x75, 0x75, 0x75); // grey
    }
}

// The "Open" entry of the status filter (its data; a status list otherwise).
const QStringList OpenStatusesFilter {QStringLiteral("@open")};

// Unread cases in bold; priority and status with a coloured mark (filled while the case is
// open), so a P1 or a case waiting for the customer stands out without reading the text.
class CaseRowDelegate : public PlainTextDelegate
{
public:
    CaseRowDelegate(const CaseSession *session, QObject *parent)
        : PlainTextDelegate(parent)
        , m_session(session)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        PlainTextDelegate::initStyleOption(option, index);
        if (index.data(CaseListModel::UnreadRole).toBool())
            option->font.setBold(true);
        if (index.column() == CaseListModel::IdColumn
            && m_session->isWatched(index.data(CaseListModel::CaseIdRole).toString()))
            option->text = QStringLiteral("★ ") + option->text;
        const bool open = index.data(CaseListModel::IsOpenRole).toBool();
        if (index.column() == CaseListModel::PriorityColumn) {
            option->icon
                = dot(priorityColor(index.data(CaseListModel::PriorityRole).toString()), open);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(12, 12);
        } else if (index.column() == CaseListModel::StatusColumn) {
            option->icon = dot(statusColor(ProviderWords::StatusKind(
                                   index.data(CaseListModel::StatusKindRole).toInt())),
                open);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(12, 12);
        }
    }

private:
    const CaseSession *m_session;
};

// A filter combo: its first entry means "any".
QComboBox *filterCombo(const QString &accessibleName, const QString &anyText)
{
    auto *combo = new QComboBox;
    combo->setAccessibleName(accessibleName);
    combo->addItem(anyText, QStringList());
    // Narrow enough that the filter bar never forces the case list wider than the engineer wants.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(11);
    return combo;
}

} // namespace

MainWindow::MainWindow(CaseSession *session, CasePoller *poller, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_poller(poller)
    , m_caseView(new QTableView)
    , m_threadView(new QTextBrowser)
    , m_search(new QLineEdit)
    , m_unreadOnly(new QCheckBox(tr("&Unread only")))
    , m_statusFilter(filterCombo(tr("Status filter"), tr("Any status")))
    , m_typeFilter(filterCombo(tr("Type filter"), tr("Any type")))
    , m_priorityFilter(filterCombo(tr("Priority filter"), tr("Any priority")))
    , m_serviceFilter(filterCombo(tr("Service filter"), tr("Any service")))
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
    m_caseView->setItemDelegate(new CaseRowDelegate(m_session, m_caseView));
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
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnly"));

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(createFilterBar());
    listLayout->addWidget(m_caseView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(m_threadView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stack = new QStackedWidget;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("Cases"));
    m_tabs->tabBar()->hide(); // until there is a second tab
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_connectionLabel->setContentsMargins(4, 0, 12, 0);
    // The poll label carries the server's error messages.
    PlainText::apply({m_connectionLabel, m_pollLabel, m_countLabel});
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_pollLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();

    connect(m_caseView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::onCurrentRowChanged);
    connect(m_session, &CaseSession::threadChanged, this, &MainWindow::renderThread);
    connect(m_session, &CaseSession::loaded, this, [this] {
        fillServiceFilter();
        updateStatus();
    });
    connect(m_session, &CaseSession::accountChanged, this, &MainWindow::fillServiceFilter);
    connect(
        m_session->cases(), &CaseListModel::statusesChanged, this, &MainWindow::fillStatusFilter);
    connect(m_session, &CaseSession::wordsChanged, this, [this] {
        fillStatusFilter();
        renderThread();
    });
    connect(m_session, &CaseSession::publishStateChanged, this, [this](const QString &caseId) {
        if (caseId == m_session->openCaseId())
            renderThread();
    });
    connect(m_threadView, &QTextBrowser::anchorClicked, this, &MainWindow::onThreadLink);
    connect(m_session, &CaseSession::storeMessage, this, [this](const QString &message) {
        m_storeMessage = message;
        updateStatus();
    });
    connect(m_session, &CaseSession::searchFinished, this,
        [this](const QString &text, int hits, bool shortened) {
            // Shortened: said for longer, the list answers fewer words than were typed.
            if (shortened)
                statusBar()->showMessage(tr("%n case(s) match the first %1 words of “%2…”; a "
                                            "search reads no more",
                                             nullptr, hits)
                                             .arg(CaseSession::maxSearchWords())
                                             .arg(text.left(60)),
                    15000);
            else if (!text.isEmpty())
                statusBar()->showMessage(
                    tr("%n case(s) match “%1”", nullptr, hits).arg(text), 5000);
            updateStatus();
        });
    QAbstractItemModel *visible = m_session->filtered();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(visible, signal, this, &MainWindow::updateStatus);
    connect(visible, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    // A case the engineer asked for (just created, or selected when the window closed) is
    // selected as soon as it is in the list.
    const auto selectWhenSeen = [this] {
        if (!m_selectWhenSeen.isEmpty())
            QTimer::singleShot(0, this, [this] {
                if (!m_selectWhenSeen.isEmpty())
                    selectCase(m_selectWhenSeen);
            });
    };
    connect(visible, &QAbstractItemModel::rowsInserted, this, selectWhenSeen);
    connect(visible, &QAbstractItemModel::modelReset, this, selectWhenSeen);
    connect(visible, &QAbstractItemModel::layoutChanged, this, selectWhenSeen);
    connect(m_session->outbox(), &Outbox::itemChanged, this, &MainWindow::onOutboxItem);
    connect(m_session->outbox(), &Outbox::itemDone, this, &MainWindow::onOutboxItem);
    connect(m_session->outbox(), &Outbox::itemRemoved, this, [this] {
        renderThread();
        updateStatus();
    });
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
    restoreLayout();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createFilterBar()
{
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All open statuses"), OpenStatusesFilter);
    m_statusFilter->insertSeparator(m_statusFilter->count());
    // The statuses themselves as the cases bring them (fillStatusFilter()).
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    for (const CaseTypeMatrix::Type &type : CaseTypeMatrix::builtIn().types())
        m_typeFilter->addItem(type.label, QStringList {type.id});
    m_priorityFilter->setObjectName(QStringLiteral("priorityFilter"));
    m_priorityFilter->addItem(
        tr("P1 and P2"), QStringList {QStringLiteral("P1"), QStringLiteral("P2")});
    m_priorityFilter->insertSeparator(m_priorityFilter->count());
    for (int p = 1; p <= 5; ++p) {
        const QString priority = QStringLiteral("P%1").arg(p);
        m_priorityFilter->addItem(
            dot(priorityColor(priority), true), priority, QStringList {priority});
    }
    m_serviceFilter->setObjectName(QStringLiteral("serviceFilter"));
    m_serviceFilter->setMinimumContentsLength(14);

    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(4, 4, 4, 0);
    const auto add = [layout](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo);
    };
    add(tr("S&tatus:"), m_statusFilter);
    add(tr("T&ype:"), m_typeFilter);
    add(tr("&Priority:"), m_priorityFilter);
    add(tr("Ser&vice:"), m_serviceFilter);
    layout->addStretch(1);
    for (QComboBox *combo : {m_statusFilter, m_typeFilter, m_priorityFilter, m_serviceFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    return bar;
}

void MainWindow::fillServiceFilter()
{
    const QString chosen = m_serviceFilter->currentData().toStringList().value(
        0, m_serviceFilter->property("restore").toString());
    const QSignalBlocker blocker(m_serviceFilter);
    while (m_serviceFilter->count() > 1)
        m_serviceFilter->removeItem(1);
    for (const CaseSession::ServiceChoice &service : m_session->services())
        m_serviceFilter->addItem(service.label, QStringList {service.serviceId});
    const int index = chosen.isEmpty() ? 0 : m_serviceFilter->findData(QStringList {chosen});
    m_serviceFilter->setCurrentIndex(qMax(0, index));
    if (index >= 0)
        m_serviceFilter->setProperty("restore", QVariant());
    applyFilters();
}

void MainWindow::fillStatusFilter()
{
    // Every status the list holds, in the order a case moves through them, labelled; the
    // chosen one stays chosen (also while no case is in it).
    const QStringList chosen = m_statusFilter->currentData().toStringList();
    const QString restore = m_statusFilter->property("restore").toString();
    QStringList statuses = m_session->cases()->statuses();
    for (const QString &keep :
        {chosen.size() == 1 && chosen != OpenStatusesFilter ? chosen.constFirst() : QString(),
            restore}) {
        if (!keep.isEmpty() && !statuses.contains(keep))
            statuses.append(keep);
    }
    const ProviderWords &words = m_session->words();
    std::stable_sort(statuses.begin(), statuses.end(), [&](const QString &a, const QString &b) {
        const int ka = int(words.statusKind(a));
        const int kb = int(words.statusKind(b));
        if (ka != kb)
            return ka < kb;
        return QString::localeAwareCompare(CaseLabels::status(a), CaseLabels::status(b)) < 0;
    });
    const int fixed = 3; // "Any status", "Open", the separator
    const QSignalBlocker blocker(m_statusFilter);
    while (m_statusFilter->count() > fixed)
        m_statusFilter->removeItem(fixed);
    for (const QString &status : std::as_const(statuses))
        m_statusFilter->addItem(dot(statusColor(words.statusKind(status)), words.isOpen(status)),
            CaseLabels::status(status), QStringList {status});
    const QStringList wanted = restore.isEmpty() ? chosen : QStringList {restore};
    const int index = m_statusFilter->findData(wanted);
    m_statusFilter->setCurrentIndex(qMax(0, index));
    if (index >= 0)
        m_statusFilter->setProperty("restore", QVariant());
    applyFilters();
}

void MainWindow::applyFilters()
{
    CaseFilterProxyModel *proxy = m_session->filtered();
    const QStringList statuses = m_statusFilter->currentData().toStringList();
    proxy->setOpenOnly(statuses == OpenStatusesFilter);
    proxy->setStatuses(statuses == OpenStatusesFilter ? QStringList() : statuses);
    proxy->setTypes(m_typeFilter->currentData().toStringList());
    proxy->setPriorities(m_priorityFilter->currentData().toStringList());
    proxy->setServiceId(m_serviceFilter->currentData().toStringList().value(0));
    updateStatus();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(SettingsKeys::WindowGroup);
    restoreGeometry(settings.value(SettingsKeys::Geometry).toByteArray());
    restoreState(settings.value(SettingsKeys::WindowState).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter && !splitter->restoreState(settings.value(SettingsKeys::Splitter).toByteArray()))
        splitter->setSizes({width() * 3 / 5, width() * 2 / 5});
    const QByteArray header = settings.value(SettingsKeys::CaseColumns).toByteArray();
    if (!header.isEmpty())
        m_caseView->horizontalHeader()->restoreState(header);
    const auto restoreCombo = [&settings](QComboBox *combo, QLatin1StringView key) {
        const QStringList value = settings.value(key).toStringList();
        const int index = combo->findData(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    // A single status waits for a case in it (fillStatusFilter()); the "Open" entry of earlier
    // versions was a list of the sandbox's open statuses.
    const QStringList statusFilter = settings.value(SettingsKeys::StatusFilter).toStringList();
    if (statusFilter.size() > 1)
        m_statusFilter->setCurrentIndex(m_statusFilter->findData(OpenStatusesFilter));
    else if (statusFilter.size() == 1 && statusFilter != OpenStatusesFilter)
        m_statusFilter->setProperty("restore", statusFilter.constFirst());
    else
        restoreCombo(m_statusFilter, SettingsKeys::StatusFilter);
    restoreCombo(m_typeFilter, SettingsKeys::TypeFilter);
    restoreCombo(m_priorityFilter, SettingsKeys::PriorityFilter);
    // The services are known only once the store or the account answers.
    m_serviceFilter->setProperty(
        "restore", settings.value(SettingsKeys::ServiceFilter).toStringList().value(0));
    m_unreadOnly->setChecked(settings.value(SettingsKeys::UnreadOnly, false).toBool());
    m_selectWhenSeen = settings.value(SettingsKeys::SelectedCase).toString();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(SettingsKeys::WindowGroup);
    settings.setValue(SettingsKeys::Geometry, saveGeometry());
    settings.setValue(SettingsKeys::WindowState, saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(SettingsKeys::Splitter, splitter->saveState());
    settings.setValue(SettingsKeys::CaseColumns, m_caseView->horizontalHeader()->saveState());
    const QString pendingStatus = m_statusFilter->property("restore").toString();
    settings.setValue(SettingsKeys::StatusFilter,
        pendingStatus.isEmpty() ? m_statusFilter->currentData() : QStringList {pendingStatus});
    settings.setValue(SettingsKeys::TypeFilter, m_typeFilter->currentData());
    settings.setValue(SettingsKeys::PriorityFilter, m_priorityFilter->currentData());
    // A service filter or a selected case still waiting for its data is kept as it was.
    const QString pendingService = m_serviceFilter->property("restore").toString();
    settings.setValue(SettingsKeys::ServiceFilter,
        pendingService.isEmpty() ? m_serviceFilter->currentData() : QStringList {pendingService});
    settings.setValue(SettingsKeys::UnreadOnly, m_unreadOnly->isChecked());
    settings.setValue(SettingsKeys::SelectedCase,
        m_session->openCaseId().isEmpty() ? m_selectWhenSeen : m_session->openCaseId());
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

void MainWindow::showWelcome(QWidget *page)
{
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
    for (QAction *action : std::as_const(m_caseActions))
        action->setEnabled(false);
    m_search->setEnabled(false);
    m_unreadOnly->setEnabled(false);
    m_connectionLabel->setText(tr("Not connected"));
    m_statusTicker->stop();
    m_pollLabel->setText(tr("Set up a connection or try the sandbox demo."));
    m_countLabel->clear();
}

void MainWindow::selectCase(const QString &caseId)
{
    QAbstractItemModel *model = m_caseView->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(CaseListModel::CaseIdRole).toString() == caseId) {
            m_selectWhenSeen.clear();
            m_caseView->selectRow(row);
            m_caseView->scrollTo(index);
            return;
        }
    }
    m_selectWhenSeen = caseId;
}

void MainWindow::newCase()
{
    if (!m_createDialog) {
        m_createDialog = new CreateCaseDialog(CaseTypeMatrix::builtIn(), this);
        m_createDialog->setObjectName(QStringLiteral("createCaseDialog"));
        connect(
            m_createDialog, &CreateCaseDialog::draftChanged, this, [this](const CaseDraft &draft) {
                m_session->saveDraft(CaseSession::createDraftKey(),
                    QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
            });
        connect(m_createDialog, &CreateCaseDialog::submitted, this, [this](const CaseDraft &draft) {
            QSettings().setValue(SettingsKeys::SentBy, draft.sentBy);
            const QString key = m_session->submitCase(draft);
            for (const OutboxItem &item : m_session->outbox()->items()) {
                if (item.key == key)
                    m_createDialog->showSendState(item);
            }
        });
        connect(m_createDialog, &CreateCaseDialog::created, this, [this](const QString &caseId) {
            statusBar()->showMessage(tr("Case %1 created.").arg(caseId), 8000);
            selectCase(caseId);
        });
    }
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
        if (const QString key = m_session->pendingCreateKeyFor(draft); !key.isEmpty()) {
            for (const OutboxItem &item : m_session->outbox()->items()) {
                if (item.key == key)
                    m_createDialog->showSendState(item);
            }
        }
    }
    m_createDialog->show();
    m_createDialog->raise();
    m_createDialog->activateWindow();
}

void MainWindow::replyToOpenCase()
{
    const CaseSummary *c = m_session->openCaseSummary();
    if (!c) {
        statusBar()->showMessage(tr("Select a case to reply to."), 4000);
        return;
    }
    if (!m_replyDialog) {
        m_replyDialog = new ReplyDialog(this);
        m_replyDialog->setObjectName(QStringLiteral("replyDialog"));
        connect(m_replyDialog, &ReplyDialog::draftChanged, this,
            [this](const QString &caseId, const QString &message) {
                if (message.trimmed().isEmpty())
                    m_session->removeDraft(CaseSession::replyDraftKey(caseId));
                else
                    m_session->saveDraft(CaseSession::replyDraftKey(caseId), message.toUtf8());
            });
        connect(m_replyDialog, &ReplyDialog::submitted, this,
            [this](const QString &caseId, const QString &message, const QString &sentBy) {
                QSettings().setValue(SettingsKeys::SentBy, sentBy);
                m_session->submitReply(caseId, message, sentBy);
                renderThread();
                statusBar()->showMessage(tr("Reply to %1 queued for sending.").arg(caseId), 5000);
            });
    }
    if (m_replyDialog->isVisible() && m_replyDialog->caseId() != c->id)
        m_replyDialog->close(); // saves the other case's draft
    if (!m_replyDialog->isVisible()) {
        m_replyDialog->setCase(c->id, CaseTypeMatrix::builtIn().subjectLabel(c->subject));
        m_replyDialog->setMessage(
            QString::fromUtf8(m_session->draft(CaseSession::replyDraftKey(c->id))));
        m_replyDialog->setSentBy(QSettings().value(SettingsKeys::SentBy).toString());
    }
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
    // Not QInputDialog::getText(): its label would take a case id with markup for rich text.
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Your Reference"));
    dialog.setLabelText(tr("Your own reference for %1 (e.g. your ticket number):").arg(caseId));
    if (auto *label = dialog.findChild<QLabel *>())
        PlainText::apply({label});
    const QString current = c->customerReference; // a poll may replace `c` meanwhile
    dialog.setTextValue(current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reference = dialog.textValue().trimmed();
    if (reference.isEmpty() || reference == current)
        return;
    m_session->submitCustomerReference(caseId, reference);
    renderThread();
}

void MainWindow::onOutboxItem(const OutboxItem &item)
{
    if (item.kind == OutboxItem::Kind::CreateCase) {
        if (m_createDialog && item.key == m_createDialog->pendingKey()) {
            m_createDialog->showSendState(item);
            if (item.state == OutboxItem::State::Failed) {
                // The refused case is back in the form and in the draft: nothing is lost.
                m_createDialog->show();
                m_createDialog->raise();
                m_session->outbox()->discard(item.key);
            }
        }
    } else if (item.payload.value(QLatin1String("caseId")).toString() == m_session->openCaseId()) {
        renderThread();
    }
    updateStatus();
}

void MainWindow::onThreadLink(const QUrl &url)
{
    CaseThreadRenderer::Action action;
    QString key;
    if (!CaseThreadRenderer::parseActionUrl(url, &action, &key))
        return;
    if (action == CaseThreadRenderer::Action::Retry) {
        m_session->outbox()->retry(key);
        return;
    }
    // Taken back: a reply's text returns to the case's draft, after anything typed since. Only
    // once the outbox has let go of it (not while it is being sent or checked).
    for (const OutboxItem &item : m_session->outbox()->items()) {
        if (item.key != key)
            continue;
        const OutboxItem taken = item;
        if (!m_session->outbox()->discard(key)) {
            statusBar()->showMessage(
                tr("It is being sent right now; try again in a moment."), 5000);
            return;
        }
        if (taken.kind == OutboxItem::Kind::ReplyToCase) {
            const QString caseId = taken.payload.value(QLatin1String("caseId")).toString();
            const QString draftKey = CaseSession::replyDraftKey(caseId);
            QString text = QString::fromUtf8(m_session->draft(draftKey));
            if (!text.isEmpty())
                text += QStringLiteral("\n\n");
            text += taken.payload.value(QLatin1String("message")).toString();
            m_session->saveDraft(draftKey, text.toUtf8());
            statusBar()->showMessage(tr("The reply is back in your draft (Ctrl+R)."), 6000);
        }
        return;
    }
}

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
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

    auto *newCaseAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Case…"), this);
    newCaseAction->setObjectName(QStringLiteral("newCaseAction"));
    newCaseAction->setShortcut(QKeySequence::New);
    newCaseAction->setToolTip(tr("Open an incident or a general request (Ctrl+N)"));
    connect(newCaseAction, &QAction::triggered, this, &MainWindow::newCase);
    auto *reply
        = new QAction(QIcon::fromTheme(QStringLiteral("mail-reply-sender")), tr("&Reply…"), this);
    reply->setObjectName(QStringLiteral("replyAction"));
    reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reply->setToolTip(tr("Reply to the open case (Ctrl+R)"));
    connect(reply, &QAction::triggered, this, &MainWindow::replyToOpenCase);
    auto *reference = new QAction(tr("Add Your &Reference…"), this);
    reference->setObjectName(QStringLiteral("referenceAction"));
    reference->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(reference, &QAction::triggered, this, &MainWindow::addCustomerReference);
    auto *watch = new QAction(tr("&Watch"), this);
    watch->setObjectName(QStringLiteral("watchAction"));
    watch->setCheckable(true);
    watch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    watch->setToolTip(tr("Be notified of the provider's new messages on this case (Ctrl+Shift+W)"));
    connect(watch, &QAction::triggered, this,
        [this](bool on) { m_session->setWatched(m_session->openCaseId(), on); });
    const auto updateWatch = [this, watch] {
        watch->setChecked(m_session->isWatched(m_session->openCaseId()));
        m_caseView->viewport()->update();
    };
    connect(m_session, &CaseSession::watchChanged, this, updateWatch);
    connect(m_session, &CaseSession::threadChanged, this, updateWatch);
    auto *settingsAction = new QAction(tr("&Connections and Settings…"), this);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    fileMenu->addAction(newCaseAction);
    fileMenu->addSeparator();
    fileMenu->addAction(settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    viewMenu->addAction(refresh);
    viewMenu->addAction(fullRefresh);
    viewMenu->addSeparator();
    viewMenu->addAction(find);
    caseMenu->addAction(reply);
    caseMenu->addAction(reference);
    caseMenu->addAction(watch);
    caseMenu->addSeparator();
    caseMenu->addAction(nextUnread);
    caseMenu->addAction(previousUnread);
    caseMenu->addSeparator();
    caseMenu->addAction(markRead);
    caseMenu->addAction(markUnread);
    for (QAction *action : {find, nextUnread, previousUnread, markRead, markUnread})
        addAction(action);
    m_caseActions = {refresh, fullRefresh, find, nextUnread, previousUnread, markRead, markUnread,
        newCaseAction, reply, reference, watch};
    toolBar->addAction(newCaseAction);
    toolBar->addAction(reply);
    toolBar->addSeparator();
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
    QString repository;
    bool repositoryProblem = false;
    if (m_session->isPublishing()) {
        const PublishState state = m_session->publishState(c->id);
        const RepositoryStatuses &statuses = RepositoryStatuses::builtIn();
        const QString current = state.published
            ? tr("%1 (%2) · updated %3")
                  .arg(statuses.label(state.status),
                      statuses.isOpen(state.status) ? tr("open") : tr("closed"),
                      QLocale().toString(state.updated.toLocalTime(), QLocale::ShortFormat))
            : QString();
        if (!state.error.isEmpty()) {
            repositoryProblem = true;
            repository = tr("Not published: %1").arg(state.error);
        } else if (!state.pending.isEmpty()) {
            repository
                = current.isEmpty() ? state.pending : tr("%1 — %2").arg(current, state.pending);
        } else if (state.published) {
            repository = current;
        } else {
            // A closed case gets an entry only when it changes again: the first sync publishes
            // the open cases, not years of history.
            repository = !state.known ? tr("Looking up…")
                : c->isOpen(m_session->words())
                ? tr("Not published yet")
                : tr("Not published (closed before publishing began)");
        }
    }
    m_threadView->setHtml(CaseThreadRenderer::toHtml(
        *c, *m_session->thread(), m_session->outboxItemsFor(c->id), repository, repositoryProblem));
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
    // A server's words are an island of their own: a bidi override in them must not reverse
    // the times and counts after them.
    if (!m_lastError.isEmpty())
        parts << UntrustedText::isolated(m_lastError);
    if (!m_storeMessage.isEmpty())
        parts << m_storeMessage;
    if (last.isValid())
        parts << tr("Updated %1").arg(locale.toString(last.time(), QLocale::ShortFormat));
    if (m_poller->isPolling()) {
        parts << tr("Refreshing…");
    } else if (const QDateTime next = m_poller->nextPoll(); next.isValid()) {
        const qint64 seconds = qMax<qint64>(0, QDateTime::currentDateTime().secsTo(next));
        parts << tr("next in %n s", nullptr, int(seconds));
    } else if (m_poller->state() == CasePoller::State::Offline) {
        parts << tr("trying again when the network is back");
    }
    if (const int unsent = m_session->outbox()->pendingCount(); unsent > 0)
        parts << tr("%n change(s) not yet sent", nullptr, unsent);
    m_pollLabel->setText(parts.join(QStringLiteral(" · ")));
    const int shown = m_session->filtered()->rowCount();
    const int total = m_session->cases()->rowCount();
    m_countLabel->setText(shown == total ? tr("%n case(s)", nullptr, total)
                                         : tr("%1 of %n case(s)", nullptr, total).arg(shown));
}
