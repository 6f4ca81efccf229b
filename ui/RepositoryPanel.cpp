#include "ui/RepositoryPanel.h"

#include "models/RepositoryEntryModel.h"
#include "session/OutboxStates.h"
#include "session/RepositoryBrowser.h"
#include "session/RepositoryWrite.h"
#include "ui/PlainText.h"
#include "ui/PlainTextDelegate.h"
#include "ui/PublishAllBar.h"
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
} // namespace

RepositoryPanel::RepositoryPanel(RepositoryBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RepositoryPanel>())
    , m_browser(browser)
{
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    m_ui->messageLabel->hide();
    setUpResultsView();
    setUpFilterForm();
    setUpPageControls();
    connect(m_ui->newButton, &QPushButton::clicked, this, &RepositoryPanel::newEntry);
    connect(m_ui->editButton, &QPushButton::clicked, this, &RepositoryPanel::editShownEntry);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &RepositoryPanel::deleteShownEntry);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &RepositoryPanel::refresh);
    connect(m_ui->businessKeyValue, &QLabel::linkActivated, this,
        [this] { emit caseLinkActivated(shownEntry().businessKey); });
    followBrowser();

    showDetails();
    updateSortIndicator();
    updatePageControls();
    updateActions();
}

RepositoryPanel::~RepositoryPanel()
{
    // The browser may outlive the panel: nothing of it reaches a half-destroyed panel.
    m_browser->disconnect(this);
}

void RepositoryPanel::setPublisher(RepositoryPublisher *publisher)
{
    m_ui->mainLayout->insertWidget(1, new PublishAllBar(publisher, this));
}

void RepositoryPanel::setUpResultsView()
{
    QTableView *view = m_ui->resultsView;
    view->setModel(m_browser->model());
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
    // What one looks for first beside the status: when it changed, and for which case.
    header->moveSection(header->visualIndex(M::UpdatedColumn), 1);
    header->moveSection(header->visualIndex(M::BusinessKeyColumn), 2);
    view->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    connect(header, &QHeaderView::sectionClicked, this, &RepositoryPanel::onHeaderClicked);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RepositoryPanel::onSelectionChanged);
    connect(view, &QAbstractItemView::doubleClicked, this, &RepositoryPanel::editShownEntry);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({700, 400});
}

void RepositoryPanel::setUpFilterForm()
{
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
}

void RepositoryPanel::setUpPageControls()
{
    for (int size : PageSizes)
        m_ui->pageSizeCombo->addItem(QLocale().toString(size), size);
    m_ui->pageSizeCombo->setCurrentIndex(m_ui->pageSizeCombo->findData(query().size));
    connect(m_ui->pageSizeCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_browser->setPageSize(m_ui->pageSizeCombo->currentData().toInt()); });
    connect(m_ui->firstPageButton, &QToolButton::clicked, this, [this] { goToPage(0); });
    connect(m_ui->previousPageButton, &QToolButton::clicked, this,
        [this] { goToPage(query().page - 1); });
    connect(
        m_ui->nextPageButton, &QToolButton::clicked, this, [this] { goToPage(query().page + 1); });
    connect(
        m_ui->lastPageButton, &QToolButton::clicked, this, [this] { goToPage(totalPages() - 1); });
}

void RepositoryPanel::followBrowser()
{
    RepositoryBrowser *b = m_browser;
    connect(b, &RepositoryBrowser::busyChanged, m_ui->busyBar, &QWidget::setVisible);
    connect(b, &RepositoryBrowser::noticeChanged, this, &RepositoryPanel::showMessage);
    connect(b, &RepositoryBrowser::queryChanged, this, [this] {
        updateSortIndicator();
        updatePageControls();
    });
    connect(b, &RepositoryBrowser::pageLoaded, this, &RepositoryPanel::pageLoaded);
    connect(b, &RepositoryBrowser::searchFailed, this, &RepositoryPanel::searchFailed);
    connect(b, &RepositoryBrowser::rowWanted, this, &RepositoryPanel::selectRow);
    connect(b, &RepositoryBrowser::shownChanged, this, &RepositoryPanel::showDetails);
    connect(b, &RepositoryBrowser::historyLoading, this,
        [this] { m_ui->historyView->setPlainText(tr("Loading the history…")); });
    connect(b, &RepositoryBrowser::historyFailed, this,
        [this](const QString &, const QString &message) {
            m_ui->historyView->setPlainText(tr("The history could not be loaded: %1").arg(message));
        });
    connect(b, &RepositoryBrowser::historyLoaded, this, [this](const QString &caseId) {
        renderHistory(m_browser->history());
        emit historyLoaded(caseId);
    });
    connect(b, &RepositoryBrowser::changeDone, this, &RepositoryPanel::changeDone);
    connect(b, &RepositoryBrowser::changeFailed, this, &RepositoryPanel::changeFailed);
}

RepositoryQuery RepositoryPanel::query() const
{
    return m_browser->query();
}

void RepositoryPanel::setCaseLookup(std::function<bool(const QString &)> isKnownCase)
{
    m_isKnownCase = std::move(isKnownCase);
    showDetails();
}

RepositoryEntryModel *RepositoryPanel::model() const
{
    return m_browser->model();
}

int RepositoryPanel::totalElements() const
{
    return m_browser->totalElements();
}

int RepositoryPanel::totalPages() const
{
    return m_browser->totalPages();
}

RepositoryEntry RepositoryPanel::shownEntry() const
{
    return m_browser->shownEntry();
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
    if (!m_browser->hasSearched() && m_browser->canSearch())
        search();
}

void RepositoryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    const RepositoryEntry shown = shownEntry();
    if (event->type() == QEvent::PaletteChange && !shown.caseId.isEmpty())
        RepositoryStatusBadge::apply(
            m_ui->statusBadge, RepositoryStatuses::builtIn().isOpen(shown.status));
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
    const RepositoryQuery shown = query();
    q.size = shown.size;
    q.sortField = shown.sortField;
    q.sortDescending = shown.sortDescending;
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
    m_browser->load(query);
}

void RepositoryPanel::search()
{
    if (const auto q = formQuery())
        m_browser->load(*q);
}

void RepositoryPanel::refresh()
{
    m_browser->refresh();
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
    m_browser->goToPage(page);
}

bool RepositoryPanel::isBusy() const
{
    return m_browser->isBusy();
}

void RepositoryPanel::updatePageControls()
{
    const int page = query().page;
    const int total = totalElements();
    const int pages = totalPages();
    if (total == 0) {
        m_ui->pageLabel->setText(m_browser->isPageKnown() ? tr("No entries match") : QString());
    } else {
        m_ui->pageLabel->setText(tr("Page %1 of %2 · %n entries", nullptr, total)
                                     .arg(QLocale().toString(page + 1))
                                     .arg(QLocale().toString(pages)));
    }
    m_ui->firstPageButton->setEnabled(page > 0);
    m_ui->previousPageButton->setEnabled(page > 0);
    m_ui->nextPageButton->setEnabled(page + 1 < pages);
    m_ui->lastPageButton->setEnabled(page + 1 < pages);
}

void RepositoryPanel::updateSortIndicator()
{
    QHeaderView *header = m_ui->resultsView->horizontalHeader();
    const RepositoryQuery shown = query();
    const int column = RepositoryEntryModel::columnForSortField(shown.sortField);
    header->setSortIndicator(
        column, shown.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void RepositoryPanel::onHeaderClicked(int column)
{
    const QString field = RepositoryEntryModel::sortField(column);
    if (field.isEmpty()) {
        // The repository cannot sort by it: keep the order shown.
        updateSortIndicator();
        setMessage(tr("The Case Repository cannot sort by %1.")
                       .arg(model()->headerData(column, Qt::Horizontal).toString().toLower()));
        return;
    }
    m_browser->sortBy(field,
        model()->headerData(column, Qt::Horizontal, Qt::InitialSortOrderRole).toInt()
            == Qt::DescendingOrder);
}

void RepositoryPanel::onSelectionChanged()
{
    const QModelIndexList rows = m_ui->resultsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        m_browser->deselect();
    else
        m_browser->select(model()->entryAt(rows.first().row()));
}

void RepositoryPanel::showEntry(const QString &caseId)
{
    m_browser->showEntry(caseId);
}

// The browser shows the entry of `row` (-1: an entry that is not a row).
void RepositoryPanel::selectRow(int row)
{
    if (row < 0) {
        m_ui->resultsView->clearSelection();
        return;
    }
    QItemSelectionModel *selection = m_ui->resultsView->selectionModel();
    const QModelIndex index = model()->index(row, 0);
    if (selection->currentIndex().row() != row || !selection->isRowSelected(row)) {
        selection->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_ui->resultsView->scrollTo(index);
}

void RepositoryPanel::showDetails()
{
    const RepositoryEntry e = shownEntry();
    const bool any = !e.caseId.isEmpty();
    const bool onItsOwn = any && m_browser->isShownOnItsOwn();
    m_ui->detailPlaceholder->setText(onItsOwn
            ? tr("This entry is not among the results shown (the filters or the page leave it "
                 "out).")
            : tr("Select an entry to see its details and history."));
    m_ui->detailPlaceholder->setVisible(!any || onItsOwn);
    for (int row = 0; row < m_ui->detailForm->rowCount(); ++row)
        m_ui->detailForm->setRowVisible(row, any);
    m_ui->historyLabel->setVisible(any);
    m_ui->historyView->setVisible(any);
    updateActions();
    if (!any) {
        m_ui->historyView->clear();
        return;
    }
    const RepositoryStatuses &table = RepositoryStatuses::builtIn();
    RepositoryStatusBadge::apply(m_ui->statusBadge, table.isOpen(e.status));
    const QString label = table.label(e.status);
    m_ui->statusValue->setText(label == e.status ? e.status : tr("%1 (%2)").arg(label, e.status));
    m_ui->caseIdValue->setText(e.caseId);
    m_ui->caseTypeValue->setText(e.caseType);
    m_ui->clientValue->setText(e.clientId.isEmpty() ? tr("%1, no client ID").arg(e.clientType)
                                                    : tr("%1 %2").arg(e.clientType, e.clientId));
    // A provider case's id as its business key: a link to the case on the Cases tab.
    const bool link = !e.businessKey.isEmpty() && m_isKnownCase && m_isKnownCase(e.businessKey);
    m_ui->businessKeyValue->setTextFormat(link ? Qt::RichText : Qt::PlainText);
    m_ui->businessKeyValue->setTextInteractionFlags(link
            ? Qt::TextBrowserInteraction
            : Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_ui->businessKeyValue->setToolTip(
        link ? tr("Open the case %1").arg(e.businessKey) : QString());
    m_ui->businessKeyValue->setText(link
            ? QStringLiteral("<a href=\"case\">%1</a>").arg(e.businessKey.toHtmlEscaped())
            : e.businessKey.isEmpty() ? tr("none")
                                      : e.businessKey);
    m_ui->sourceValue->setText(e.source);
    m_ui->createdValue->setText(RepositoryEntryModel::displayDate(e.creationDate));
    m_ui->updatedValue->setText(RepositoryEntryModel::displayDate(e.updateDate));
    m_ui->descriptionValue->setText(
        e.statusDescription.isEmpty() ? tr("none") : e.statusDescription);
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
    const bool writable = m_browser->canWrite();
    const bool shown = !shownEntry().caseId.isEmpty();
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
    m_browser->setNotice(text, problem);
}

void RepositoryPanel::showMessage(const QString &text, bool problem)
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
    if (!m_browser->canWrite())
        return;
    auto *dialog = new RepositoryEntryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepositoryEntryDialog::submitted, this,
        [this, dialog](const RepositoryEntry &entry) { follow(m_browser->create(entry), dialog); });
    dialog->open();
}

void RepositoryPanel::editShownEntry()
{
    if (!m_browser->canWrite() || shownEntry().caseId.isEmpty())
        return;
    auto *dialog = new RepositoryEntryDialog(shownEntry(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepositoryEntryDialog::submitted, this, [this, dialog] {
        follow(m_browser->update(dialog->original(), dialog->changes()), dialog);
    });
    dialog->open();
}

void RepositoryPanel::deleteShownEntry()
{
    const RepositoryEntry entry = shownEntry();
    if (!m_browser->canWrite() || entry.caseId.isEmpty())
        return;
    const QString status = RepositoryStatuses::builtIn().label(entry.status);
    const QString question = entry.clientId.isEmpty()
        ? tr("Delete the case status %1 (%2, no client ID, %3)?")
              .arg(entry.displayName(), entry.clientType, status)
        : tr("Delete the case status %1 of client %2 %3 (%4)?")
              .arg(entry.displayName(), entry.clientType, entry.clientId, status);
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
        m_browser->remove(entry);
    });
    box->open();
}

void RepositoryPanel::follow(RepositoryWrite *write, RepositoryEntryDialog *dialog)
{
    if (!write || !dialog)
        return;
    // Cancelled after a refusal: the refused entry goes, and so does its red line here.
    connect(write, &RepositoryWrite::progressed, dialog, [dialog](const OutboxItem &item) {
        if (item.state == OutboxItem::State::Failed)
            dialog->setProperty("refusal", OutboxStates::lineText(item));
    });
    if (!dialog->property("followed").toBool()) {
        dialog->setProperty("followed", true);
        connect(dialog, &QDialog::rejected, this, [this, dialog] {
            const QString refusal = dialog->property("refusal").toString();
            if (!refusal.isEmpty() && m_browser->notice() == refusal)
                setMessage({});
        });
    }
    dialog->showSendState(write->item());
    connect(write, &RepositoryWrite::progressed, dialog, &RepositoryEntryDialog::showSendState);
}
