#include "ui/RepositoryPanel.h"

#include "api/Outbox.h"
#include "api/RepositoryClient.h"
#include "models/RepositoryEntryModel.h"
#include "ui/PlainText.h"
#include "ui/PlainTextDelegate.h"
#include "ui/RepositoryEntryDialog.h"
#include "ui/RepositoryStatusBadge.h"
#include "ui_RepositoryPanel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

namespace {

constexpr int PageSizes[] = {20, 50, 100, 200};

// A name an engineer recognises the entry by.
QString entryName(const RepositoryEntry &e)
{
    return e.businessKey.isEmpty() ? e.caseId : e.businessKey;
}

} // namespace

RepositoryPanel::RepositoryPanel(RepositoryClient *client, Outbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RepositoryPanel>())
    , m_client(client)
    , m_outbox(outbox)
    , m_model(new RepositoryEntryModel(this))
{
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    m_ui->messageLabel->hide();

    QTableView *view = m_ui->resultsView;
    view->setModel(m_model);
    view->setItemDelegate(new PlainTextDelegate(view));
    view->setItemDelegateForColumn(
        RepositoryEntryModel::StatusColumn, new RepositoryStatusBadge(view));
    view->verticalHeader()->hide();
    view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(48);
    // Widths for typical values, so that a new page does not make the columns jump.
    const QFontMetrics metrics = view->fontMetrics();
    const int padding = metrics.height() * 2;
    const auto widthFor
        = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + padding; };
    const QString sampleDate = RepositoryEntryModel::displayDate(
        QDateTime(QDate(2026, 12, 28), QTime(23, 59), Qt::LocalTime));
    using M = RepositoryEntryModel;
    const std::pair<int, QString> samples[] = {{M::StatusColumn, tr("Waiting for customer")},
        {M::CaseTypeColumn, QStringLiteral("NetworkIncident")},
        {M::ClientTypeColumn, tr("Client type")},
        {M::ClientIdColumn, QStringLiteral("00000000000")},
        {M::BusinessKeyColumn, QStringLiteral("PRT-2025-010045")},
        {M::SourceColumn, QStringLiteral("case-console")}, {M::UpdatedColumn, sampleDate},
        {M::CreatedColumn, sampleDate}};
    for (const auto &[column, sample] : samples)
        header->resizeSection(column, widthFor(sample));
    view->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    connect(header, &QHeaderView::sectionClicked, this, &RepositoryPanel::onHeaderClicked);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RepositoryPanel::onSelectionChanged);
    connect(view, &QAbstractItemView::doubleClicked, this, &RepositoryPanel::editShownEntry);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({700, 400});

    fillFilterChoices();
    const QDateTime now = QDateTime::currentDateTime();
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[^a-zA-Z]?s+")));
    for (QDateTimeEdit *edit : {m_ui->updatedFromEdit, m_ui->updatedToEdit}) {
        edit->setDisplayFormat(format);
        edit->setTimeSpec(Qt::LocalTime);
    }
    m_ui->updatedFromEdit->setDateTime(now.addDays(-7));
    m_ui->updatedToEdit->setDateTime(now);
    connect(m_ui->updatedFromAnyCheck, &QCheckBox::toggled, m_ui->updatedFromEdit,
        [this](bool any) { m_ui->updatedFromEdit->setEnabled(!any); });
    connect(m_ui->updatedToAnyCheck, &QCheckBox::toggled, m_ui->updatedToEdit,
        [this](bool any) { m_ui->updatedToEdit->setEnabled(!any); });

    // Return in any field of the form searches.
    const QList<QWidget *> fields = m_ui->filterGroup->findChildren<QWidget *>();
    for (QWidget *field : fields) {
        if (!qobject_cast<QPushButton *>(field))
            field->installEventFilter(this);
    }
    connect(m_ui->searchButton, &QPushButton::clicked, this, &RepositoryPanel::search);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &RepositoryPanel::clearFilters);

    for (int size : PageSizes)
        m_ui->pageSizeCombo->addItem(QLocale().toString(size), size);
    m_ui->pageSizeCombo->setCurrentIndex(m_ui->pageSizeCombo->findData(m_query.size));
    connect(m_ui->pageSizeCombo, &QComboBox::currentIndexChanged, this, [this] {
        RepositoryQuery q = m_query;
        q.size = m_ui->pageSizeCombo->currentData().toInt();
        q.page = 0;
        load(q);
    });
    connect(m_ui->firstPageButton, &QToolButton::clicked, this, [this] { goToPage(0); });
    connect(m_ui->previousPageButton, &QToolButton::clicked, this,
        [this] { goToPage(m_query.page - 1); });
    connect(
        m_ui->nextPageButton, &QToolButton::clicked, this, [this] { goToPage(m_query.page + 1); });
    connect(
        m_ui->lastPageButton, &QToolButton::clicked, this, [this] { goToPage(m_totalPages - 1); });

    connect(m_ui->newButton, &QPushButton::clicked, this, &RepositoryPanel::newEntry);
    connect(m_ui->editButton, &QPushButton::clicked, this, &RepositoryPanel::editShownEntry);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &RepositoryPanel::deleteShownEntry);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &RepositoryPanel::refresh);

    if (m_outbox) {
        connect(m_outbox, &Outbox::itemChanged, this, &RepositoryPanel::onOutboxItem);
        connect(m_outbox, &Outbox::itemDone, this, &RepositoryPanel::onOutboxDone);
        connect(m_outbox, &Outbox::itemRemoved, this,
            [this](const QString &key) { m_writes.remove(key); });
    }

    showDetails({});
    updateSortIndicator();
    updatePageControls();
    updateActions();
}

RepositoryPanel::~RepositoryPanel()
{
    // Pending answers must not reach a half-destroyed panel.
    delete m_searchReply.data();
    delete m_historyReply.data();
    delete m_entryReply.data();
}

void RepositoryPanel::fillFilterChoices()
{
    const RepositoryStatuses &table = RepositoryStatuses::builtIn();
    m_ui->clientTypeFilter->addItem(QString());
    for (const QString &type : table.clientTypes())
        m_ui->clientTypeFilter->addItem(type);
    m_ui->clientTypeFilter->lineEdit()->setPlaceholderText(tr("Any"));
    m_ui->clientTypeFilter->lineEdit()->setClearButtonEnabled(true);
    m_ui->statusFilter->addItem(tr("Any status"), QString());
    for (const RepositoryStatuses::Status &s : table.statuses())
        m_ui->statusFilter->addItem(s.label, s.id);
}

bool RepositoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            search();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RepositoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_searchedOnce && m_client && m_client->isConfigured())
        search();
}

void RepositoryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_shown.caseId.isEmpty())
        RepositoryStatusBadge::apply(
            m_ui->statusBadge, RepositoryStatuses::builtIn().isOpen(m_shown.status));
}

std::optional<RepositoryQuery> RepositoryPanel::formQuery()
{
    RepositoryQuery q;
    q.clientType = m_ui->clientTypeFilter->currentText().trimmed();
    q.clientId = m_ui->clientIdFilter->text().trimmed();
    q.caseType = m_ui->caseTypeFilter->text().trimmed();
    q.status = m_ui->statusFilter->currentData().toString();
    q.businessKey = m_ui->businessKeyFilter->text().trimmed();
    q.source = m_ui->sourceFilter->text().trimmed();
    if (!m_ui->updatedFromAnyCheck->isChecked()) {
        QDateTime from = m_ui->updatedFromEdit->dateTime();
        from.setTime(QTime(from.time().hour(), from.time().minute()));
        q.updatedFrom = from.toUTC();
    }
    if (!m_ui->updatedToAnyCheck->isChecked()) {
        // The whole minute shown counts, as the repository's bounds are inclusive.
        QDateTime to = m_ui->updatedToEdit->dateTime();
        to.setTime(QTime(to.time().hour(), to.time().minute(), 59));
        q.updatedTo = to.toUTC();
    }
    if (q.updatedFrom.isValid() && q.updatedTo.isValid() && q.updatedFrom > q.updatedTo) {
        setMessage(
            tr("The earliest update time is after the latest one: change one of them."), true);
        return std::nullopt;
    }
    q.size = m_query.size;
    q.sortField = m_query.sortField;
    q.sortDescending = m_query.sortDescending;
    q.page = 0;
    return q;
}

void RepositoryPanel::setQuery(const RepositoryQuery &query)
{
    m_ui->clientTypeFilter->setEditText(query.clientType);
    m_ui->clientIdFilter->setText(query.clientId);
    m_ui->caseTypeFilter->setText(query.caseType);
    const int status = m_ui->statusFilter->findData(query.status);
    if (status < 0 && !query.status.isEmpty())
        m_ui->statusFilter->addItem(query.status, query.status);
    m_ui->statusFilter->setCurrentIndex(qMax(0, m_ui->statusFilter->findData(query.status)));
    m_ui->businessKeyFilter->setText(query.businessKey);
    m_ui->sourceFilter->setText(query.source);
    m_ui->updatedFromAnyCheck->setChecked(!query.updatedFrom.isValid());
    if (query.updatedFrom.isValid())
        m_ui->updatedFromEdit->setDateTime(query.updatedFrom.toLocalTime());
    m_ui->updatedToAnyCheck->setChecked(!query.updatedTo.isValid());
    if (query.updatedTo.isValid())
        m_ui->updatedToEdit->setDateTime(query.updatedTo.toLocalTime());
    {
        const QSignalBlocker blocker(m_ui->pageSizeCombo);
        int index = m_ui->pageSizeCombo->findData(query.size);
        if (index < 0) {
            m_ui->pageSizeCombo->addItem(QLocale().toString(query.size), query.size);
            index = m_ui->pageSizeCombo->count() - 1;
        }
        m_ui->pageSizeCombo->setCurrentIndex(index);
    }
    load(query);
}

void RepositoryPanel::search()
{
    if (const auto q = formQuery())
        load(*q);
}

void RepositoryPanel::refresh()
{
    load(m_query);
}

void RepositoryPanel::clearFilters()
{
    m_ui->clientTypeFilter->setEditText(QString());
    for (QLineEdit *edit :
        {m_ui->clientIdFilter, m_ui->caseTypeFilter, m_ui->businessKeyFilter, m_ui->sourceFilter})
        edit->clear();
    m_ui->statusFilter->setCurrentIndex(0);
    m_ui->updatedFromAnyCheck->setChecked(true);
    m_ui->updatedToAnyCheck->setChecked(true);
    search();
}

void RepositoryPanel::goToPage(int page)
{
    if (page < 0 || (m_totalPages > 0 && page >= m_totalPages))
        return;
    RepositoryQuery q = m_query;
    q.page = page;
    load(q);
}

bool RepositoryPanel::isBusy() const
{
    return !m_searchReply.isNull();
}

void RepositoryPanel::setBusy(bool busy)
{
    if (m_ui->busyBar->isHidden() != busy)
        return;
    m_ui->busyBar->setVisible(busy);
}

void RepositoryPanel::load(const RepositoryQuery &query)
{
    m_searchedOnce = true;
    // A newer question makes the older answer worthless: cancel it.
    delete m_searchReply.data();
    const quint64 generation = ++m_searchGeneration;
    if (!m_client) {
        setBusy(false);
        setMessage(tr("No Case Repository is set up for this profile."), true);
        return;
    }
    RepositoryPageReply *reply = m_client->search(query);
    m_searchReply = reply;
    setBusy(true);
    connect(reply, &ApiReply::finished, this, [this, reply, query, generation] {
        reply->deleteLater();
        if (generation != m_searchGeneration)
            return; // overtaken by a newer search
        m_searchReply.clear();
        setBusy(false);
        onPage(reply, query);
    });
}

void RepositoryPanel::onPage(RepositoryPageReply *reply, const RepositoryQuery &query)
{
    if (reply->error().isError()) {
        const QString words = reply->error().userMessage();
        // Rows of another search would pass for this one's: only the same search keeps them.
        RepositoryQuery shown = m_query;
        shown.page = query.page;
        if (!(shown == query)) {
            m_model->setEntries({});
            m_totalElements = m_totalPages = 0;
            m_pageKnown = false;
        }
        m_query = query;
        setMessage(tr("The Case Repository could not be searched: %1").arg(words), true);
        updateSortIndicator();
        updatePageControls();
        emit searchFailed(words);
        return;
    }
    const RepositoryPage page = reply->page();
    if (page.content.isEmpty() && query.page > 0 && page.totalPages > 0) {
        // The page is past the end now (its last entries were deleted): show the last one.
        RepositoryQuery last = query;
        last.page = page.totalPages - 1;
        load(last);
        return;
    }
    m_query = query;
    m_pageKnown = true;
    m_totalElements = page.totalElements;
    m_totalPages = page.totalPages;
    m_model->setEntries(page.content);
    if (m_ui->messageLabel->property("problem").toBool())
        setMessage({});
    updateSortIndicator();
    updatePageControls();

    if (!m_focusCaseId.isEmpty()) {
        const QString focus = std::exchange(m_focusCaseId, QString());
        showEntry(focus);
    } else if (!m_shown.caseId.isEmpty()) {
        // The entry shown may have changed (an edit, someone else) or gone.
        const int row = m_model->rowOf(m_shown.caseId);
        if (row >= 0 && m_model->entryAt(row) != m_shown)
            showEntry(m_shown.caseId);
        else if (row < 0 && !m_shownOnItsOwn)
            showDetails({});
    }
    emit pageLoaded();
}

void RepositoryPanel::updatePageControls()
{
    const int page = m_query.page;
    if (m_totalElements == 0) {
        m_ui->pageLabel->setText(m_pageKnown ? tr("No entries match") : QString());
    } else {
        m_ui->pageLabel->setText(tr("Page %1 of %2 · %n entries", nullptr, m_totalElements)
                                     .arg(QLocale().toString(page + 1))
                                     .arg(QLocale().toString(m_totalPages)));
    }
    m_ui->firstPageButton->setEnabled(page > 0);
    m_ui->previousPageButton->setEnabled(page > 0);
    m_ui->nextPageButton->setEnabled(page + 1 < m_totalPages);
    m_ui->lastPageButton->setEnabled(page + 1 < m_totalPages);
}

void RepositoryPanel::updateSortIndicator()
{
    QHeaderView *header = m_ui->resultsView->horizontalHeader();
    const int column = RepositoryEntryModel::columnForSortField(m_query.sortField);
    header->setSortIndicator(
        column, m_query.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void RepositoryPanel::onHeaderClicked(int column)
{
    const QString field = RepositoryEntryModel::sortField(column);
    if (field.isEmpty()) {
        // The repository cannot sort by it: keep the order shown.
        updateSortIndicator();
        setMessage(tr("The Case Repository cannot sort by %1.")
                       .arg(m_model->headerData(column, Qt::Horizontal).toString().toLower()));
        return;
    }
    RepositoryQuery q = m_query;
    if (q.sortField == field) {
        q.sortDescending = !q.sortDescending;
    } else {
        q.sortField = field;
        q.sortDescending
            = m_model->headerData(column, Qt::Horizontal, Qt::InitialSortOrderRole).toInt()
            == Qt::DescendingOrder;
    }
    q.page = 0;
    // The indicator follows the request at once; the rows follow the answer.
    m_query.sortField = q.sortField;
    m_query.sortDescending = q.sortDescending;
    updateSortIndicator();
    load(q);
}

void RepositoryPanel::onSelectionChanged()
{
    const QModelIndexList rows = m_ui->resultsView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        // An entry shown on its own is not a row: it stays.
        if (!m_shownOnItsOwn)
            showDetails({});
        return;
    }
    // A row chosen now wins over an entry still being fetched to be shown on its own.
    delete m_entryReply.data();
    const RepositoryEntry entry = m_model->entryAt(rows.first().row());
    if (entry == m_shown && !m_shownOnItsOwn)
        return;
    const bool reload = entry.caseId != m_shown.caseId || entry.updateDate != m_shown.updateDate;
    showDetails(entry);
    if (reload)
        loadHistory(entry.caseId);
}

void RepositoryPanel::showEntry(const QString &caseId)
{
    const int row = m_model->rowOf(caseId);
    if (row >= 0) {
        const RepositoryEntry entry = m_model->entryAt(row);
        QItemSelectionModel *selection = m_ui->resultsView->selectionModel();
        const QModelIndex index = m_model->index(row, 0);
        if (selection->currentIndex().row() != row || !selection->isRowSelected(row)) {
            selection->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        m_ui->resultsView->scrollTo(index);
        if (m_shown != entry) {
            showDetails(entry);
            loadHistory(caseId);
        } else if (m_shown.caseId == caseId) {
            loadHistory(caseId);
        }
        return;
    }
    // Not on this page (another page, or the filters leave it out): shown on its own.
    m_shownOnItsOwn = true;
    m_ui->resultsView->clearSelection();
    delete m_entryReply.data();
    if (!m_client)
        return;
    RepositoryEntryReply *reply = m_client->get(caseId);
    m_entryReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError()) {
            setMessage(reply->error().userMessage(), true);
            return;
        }
        showDetails(reply->entry(), true);
        m_ui->detailPlaceholder->setText(
            tr("This entry is not among the results shown (the filters or the page leave it "
               "out)."));
        m_ui->detailPlaceholder->show();
        loadHistory(reply->entry().caseId);
    });
}

void RepositoryPanel::showDetails(const RepositoryEntry &e, bool onItsOwn)
{
    m_shown = e;
    m_shownOnItsOwn = onItsOwn;
    const bool any = !e.caseId.isEmpty();
    m_ui->detailPlaceholder->setText(tr("Select an entry to see its details and history."));
    m_ui->detailPlaceholder->setVisible(!any);
    for (int row = 0; row < m_ui->detailForm->rowCount(); ++row)
        m_ui->detailForm->setRowVisible(row, any);
    m_ui->historyLabel->setVisible(any);
    m_ui->historyView->setVisible(any);
    updateActions();
    if (!any) {
        delete m_historyReply.data();
        ++m_historyGeneration;
        m_ui->historyView->clear();
        return;
    }
    const RepositoryStatuses &table = RepositoryStatuses::builtIn();
    RepositoryStatusBadge::apply(m_ui->statusBadge, table.isOpen(e.status));
    const QString label = table.label(e.status);
    m_ui->statusValue->setText(label == e.status ? e.status : tr("%1 (%2)").arg(label, e.status));
    m_ui->caseIdValue->setText(e.caseId);
    m_ui->caseTypeValue->setText(e.caseType);
    // The client ID is optional in the repository.
    m_ui->clientValue->setText(e.clientId.isEmpty() ? tr("%1, no client ID").arg(e.clientType)
                                                    : tr("%1 %2").arg(e.clientType, e.clientId));
    m_ui->businessKeyValue->setText(e.businessKey.isEmpty() ? tr("none") : e.businessKey);
    m_ui->sourceValue->setText(e.source);
    m_ui->createdValue->setText(RepositoryEntryModel::displayDate(e.creationDate));
    m_ui->updatedValue->setText(RepositoryEntryModel::displayDate(e.updateDate));
    m_ui->descriptionValue->setText(
        e.statusDescription.isEmpty() ? tr("none") : e.statusDescription);
}

void RepositoryPanel::loadHistory(const QString &caseId)
{
    delete m_historyReply.data();
    const quint64 generation = ++m_historyGeneration;
    m_ui->historyView->setPlainText(tr("Loading the history…"));
    if (!m_client)
        return;
    RepositoryHistoryReply *reply = m_client->history(caseId);
    m_historyReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, caseId, generation] {
        reply->deleteLater();
        if (generation != m_historyGeneration || caseId != m_shown.caseId)
            return;
        if (reply->error().isError()) {
            m_ui->historyView->setPlainText(
                tr("The history could not be loaded: %1").arg(reply->error().userMessage()));
            return;
        }
        renderHistory(reply->changes());
        emit historyLoaded(caseId);
    });
}

void RepositoryPanel::renderHistory(const QList<RepositoryEntryChange> &changes)
{
    if (changes.isEmpty()) {
        m_ui->historyView->setPlainText(tr("No history recorded."));
        return;
    }
    const QString dash = tr("—");
    QString html;
    // Newest first: what changed last is what one looks for.
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const RepositoryEntryChange &c = *it;
        const QString action = c.action == QLatin1String("CREATED") ? tr("Created")
            : c.action == QLatin1String("UPDATED")                  ? tr("Updated")
                                                                    : c.action;
        html += QStringLiteral("<p style='margin-top:0; margin-bottom:8px'><b>%1</b> · %2 · %3")
                    .arg(RepositoryEntryModel::displayDate(c.time).toHtmlEscaped(),
                        action.toHtmlEscaped(), c.user.toHtmlEscaped());
        if (!c.source.isEmpty())
            html += QStringLiteral(" · %1").arg(c.source.toHtmlEscaped());
        for (const RepositoryEntryChange::Field &f : c.changes) {
            html += QStringLiteral("<br>&nbsp;&nbsp;%1: %2 → %3")
                        .arg(RepositoryEntryModel::fieldLabel(f.name).toHtmlEscaped(),
                            (f.from.isEmpty() ? dash : f.from).toHtmlEscaped(),
                            (f.to.isEmpty() ? dash : f.to).toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
    }
    m_ui->historyView->setHtml(html);
}

void RepositoryPanel::updateActions()
{
    const bool writable = m_outbox != nullptr;
    const bool shown = !m_shown.caseId.isEmpty();
    m_ui->newButton->setEnabled(writable);
    m_ui->editButton->setEnabled(writable && shown);
    m_ui->deleteButton->setEnabled(writable && shown);
}

QString RepositoryPanel::message() const
{
    return m_ui->messageLabel->property("plainText").toString();
}

void RepositoryPanel::setMessage(const QString &text, bool problem)
{
    m_ui->messageLabel->setProperty("problem", problem && !text.isEmpty());
    m_ui->messageLabel->setProperty("plainText", text);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    // A problem in a red that reads on the palette's window, light or dark.
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    m_ui->messageLabel->setStyleSheet(problem
            ? QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                  .arg(dark ? QStringLiteral("#ef9a9a") : QStringLiteral("#b71c1c"))
            : QString());
}

void RepositoryPanel::newEntry()
{
    if (!m_outbox)
        return;
    auto *dialog = new RepositoryEntryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepositoryEntryDialog::submitted, this,
        [this, dialog](const RepositoryEntry &entry) {
            submit(OutboxItem::Kind::CreateRepositoryEntry, entry.createBody(), {}, dialog);
        });
    dialog->open();
}

void RepositoryPanel::editShownEntry()
{
    if (!m_outbox || m_shown.caseId.isEmpty())
        return;
    auto *dialog = new RepositoryEntryDialog(m_shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepositoryEntryDialog::submitted, this, [this, dialog] {
        const RepositoryEntry original = dialog->original();
        submit(OutboxItem::Kind::UpdateRepositoryEntry,
            {{QStringLiteral("caseId"), original.caseId},
                {QStringLiteral("changes"), dialog->changes()},
                {QStringLiteral("label"), entryName(original)}},
            original.caseId, dialog);
    });
    dialog->open();
}

void RepositoryPanel::deleteShownEntry()
{
    if (!m_outbox || m_shown.caseId.isEmpty())
        return;
    const RepositoryEntry entry = m_shown;
    const QString status = RepositoryStatuses::builtIn().label(entry.status);
    const QString question = entry.clientId.isEmpty()
        ? tr("Delete the case status %1 (%2, no client ID, %3)?")
              .arg(entryName(entry), entry.clientType, status)
        : tr("Delete the case status %1 of client %2 %3 (%4)?")
              .arg(entryName(entry), entry.clientType, entry.clientId, status);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete Case Status"), question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(
        tr("This removes the entry and its whole history from the Case Repository. It cannot "
           "be undone."));
    PlainText::apply(box);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, entry] {
        if (box->clickedButton() != remove)
            return;
        submit(OutboxItem::Kind::DeleteRepositoryEntry,
            {{QStringLiteral("caseId"), entry.caseId}, {QStringLiteral("label"), entryName(entry)}},
            entry.caseId, nullptr);
    });
    box->open();
}

void RepositoryPanel::submit(OutboxItem::Kind kind, const QJsonObject &payload,
    const QString &caseId, RepositoryEntryDialog *dialog)
{
    const QString key = m_outbox->submit(kind, payload);
    m_writes.insert(key, Write {kind, caseId, dialog});
    // submit() has already announced the item, before its key was known here.
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.key == key)
            onOutboxItem(item);
    }
}

void RepositoryPanel::onOutboxItem(const OutboxItem &item)
{
    const auto it = m_writes.find(item.key);
    if (it == m_writes.end())
        return;
    const Write write = *it;
    if (write.dialog)
        write.dialog->showSendState(item);
    const QString title = item.title();
    switch (item.state) {
    case OutboxItem::State::Pending:
        setMessage(item.attempts == 0
                ? tr("%1: waiting to be sent…").arg(title)
                : tr("%1: not sent yet (%2); it will be sent again automatically.")
                      .arg(title, item.lastError));
        break;
    case OutboxItem::State::Sending:
        setMessage(tr("%1: sending…").arg(title));
        break;
    case OutboxItem::State::Uncertain:
        setMessage(
            tr("%1: no answer yet (%2); checking whether it arrived.").arg(title, item.lastError));
        break;
    case OutboxItem::State::Failed:
        // The form (or, for a deletion, the panel) still holds the change: the outbox need
        // not keep the refused item.
        m_writes.erase(it);
        setMessage(tr("%1 was refused: %2").arg(title, item.lastError), true);
        m_outbox->discard(item.key);
        emit changeFailed(write.kind, item.lastError);
        break;
    case OutboxItem::State::Done:
        break;
    }
}

void RepositoryPanel::onOutboxDone(const OutboxItem &item)
{
    const auto it = m_writes.find(item.key);
    if (it == m_writes.end())
        return;
    const Write write = *it;
    m_writes.erase(it);
    if (write.dialog)
        write.dialog->showSendState(item);
    const QString caseId = item.resultId.isEmpty() ? write.caseId : item.resultId;
    switch (write.kind) {
    case OutboxItem::Kind::DeleteRepositoryEntry:
        setMessage(tr("Deleted %1.").arg(item.payload.value(QLatin1String("label")).toString()));
        m_model->removeEntry(write.caseId);
        if (m_shown.caseId == write.caseId)
            showDetails({});
        break;
    case OutboxItem::Kind::CreateRepositoryEntry:
        setMessage(tr("Created the case status %1.").arg(caseId));
        m_focusCaseId = caseId;
        break;
    default:
        setMessage(tr("Saved the changes to %1.")
                       .arg(item.payload.value(QLatin1String("label")).toString()));
        m_focusCaseId = caseId;
        break;
    }
    refresh();
    emit changeDone(write.kind, caseId);
}
