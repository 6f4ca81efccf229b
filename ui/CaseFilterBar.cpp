#include "ui/CaseFilterBar.h"

#include "models/CaseFilterProxyModel.h"
#include "models/CaseLabels.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/SettingsKeys.h"
#include "session/CaseSession.h"
#include "ui/CaseMarks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

namespace {

// The "Open" entry of the status filter (its data; a status list otherwise).
const QStringList OpenStatusesFilter {QStringLiteral("@open")};

// A filter combo: its first entry means "any".
QComboBox *filterCombo(
    const QString &objectName, const QString &accessibleName, const QString &anyText)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItem(anyText, QStringList());
    // Narrow enough that the filter bar never forces the case list wider than the engineer wants.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(11);
    return combo;
}

} // namespace

CaseFilterBar::CaseFilterBar(CaseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_unreadOnly(new QCheckBox(tr("&Unread only")))
    , m_statusFilter(
          filterCombo(QStringLiteral("statusFilter"), tr("Status filter"), tr("Any status")))
    , m_typeFilter(filterCombo(QStringLiteral("typeFilter"), tr("Type filter"), tr("Any type")))
    , m_priorityFilter(
          filterCombo(QStringLiteral("priorityFilter"), tr("Priority filter"), tr("Any priority")))
    , m_serviceFilter(
          filterCombo(QStringLiteral("serviceFilter"), tr("Service filter"), tr("Any service")))
{
    setObjectName(QStringLiteral("filterBar"));
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnly"));
    connect(m_unreadOnly, &QCheckBox::toggled, m_session->filtered(),
        &CaseFilterProxyModel::setUnreadOnly);
    m_statusFilter->addItem(tr("All open statuses"), OpenStatusesFilter);
    m_statusFilter->insertSeparator(m_statusFilter->count());
    // The statuses themselves as the cases bring them (fillStatusFilter()).
    for (const CaseTypeMatrix::Type &type : CaseTypeMatrix::builtIn().types())
        m_typeFilter->addItem(type.label, QStringList {type.id});
    m_priorityFilter->addItem(
        tr("P1 and P2"), QStringList {QStringLiteral("P1"), QStringLiteral("P2")});
    m_priorityFilter->insertSeparator(m_priorityFilter->count());
    for (int p = 1; p <= 5; ++p) {
        const QString priority = QStringLiteral("P%1").arg(p);
        m_priorityFilter->addItem(CaseMarks::dot(CaseMarks::priorityColor(priority), true),
            priority, QStringList {priority});
    }
    m_serviceFilter->setMinimumContentsLength(14);

    auto *layout = new QHBoxLayout(this);
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
    add(tr("S&ervice:"), m_serviceFilter);
    layout->addStretch(1);
    for (QComboBox *combo : {m_statusFilter, m_typeFilter, m_priorityFilter, m_serviceFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseFilterBar::applyFilters);

    connect(m_session, &CaseSession::loaded, this, &CaseFilterBar::fillServiceFilter);
    connect(m_session, &CaseSession::accountChanged, this, &CaseFilterBar::fillServiceFilter);
    connect(m_session->cases(), &CaseListModel::statusesChanged, this,
        &CaseFilterBar::fillStatusFilter);
    connect(m_session, &CaseSession::wordsChanged, this, &CaseFilterBar::fillStatusFilter);
}

void CaseFilterBar::fillServiceFilter()
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

void CaseFilterBar::fillStatusFilter()
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
        m_statusFilter->addItem(
            CaseMarks::dot(CaseMarks::statusColor(words.statusKind(status)), words.isOpen(status)),
            CaseLabels::status(status), QStringList {status});
    const QStringList wanted = restore.isEmpty() ? chosen : QStringList {restore};
    const int index = m_statusFilter->findData(wanted);
    m_statusFilter->setCurrentIndex(qMax(0, index));
    if (index >= 0)
        m_statusFilter->setProperty("restore", QVariant());
    applyFilters();
}

void CaseFilterBar::applyFilters()
{
    CaseFilterProxyModel *proxy = m_session->filtered();
    const QStringList statuses = m_statusFilter->currentData().toStringList();
    proxy->setOpenOnly(statuses == OpenStatusesFilter);
    proxy->setStatuses(statuses == OpenStatusesFilter ? QStringList() : statuses);
    proxy->setTypes(m_typeFilter->currentData().toStringList());
    proxy->setPriorities(m_priorityFilter->currentData().toStringList());
    proxy->setServiceId(m_serviceFilter->currentData().toStringList().value(0));
    emit applied();
}

void CaseFilterBar::restore(const QSettings &settings)
{
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
}

void CaseFilterBar::save(QSettings &settings) const
{
    const QString pendingStatus = m_statusFilter->property("restore").toString();
    settings.setValue(SettingsKeys::StatusFilter,
        pendingStatus.isEmpty() ? m_statusFilter->currentData() : QStringList {pendingStatus});
    settings.setValue(SettingsKeys::TypeFilter, m_typeFilter->currentData());
    settings.setValue(SettingsKeys::PriorityFilter, m_priorityFilter->currentData());
    // A service filter still waiting for its data is kept as it was.
    const QString pendingService = m_serviceFilter->property("restore").toString();
    settings.setValue(SettingsKeys::ServiceFilter,
        pendingService.isEmpty() ? m_serviceFilter->currentData() : QStringList {pendingService});
    settings.setValue(SettingsKeys::UnreadOnly, m_unreadOnly->isChecked());
}
