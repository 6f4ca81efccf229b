#include "ui/CaseFilterBar.h"

#include "models/CaseFilterProxyModel.h"
#include "models/CaseLabels.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/SettingsKeys.h"
#include "session/CaseSession.h"
#include "session/SavedViews.h"
#include "ui/CaseMarks.h"
#include "ui/MultiChoiceButton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSettings>

namespace {

// The "All open statuses" choice of the status filter (its value; statuses otherwise).
const QString OpenStatuses = QStringLiteral("@open");

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

MultiChoiceButton *filterButton(
    const QString &objectName, const QString &accessibleName, const QString &anyText)
{
    auto *button = new MultiChoiceButton(anyText);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

void selectData(QComboBox *combo, const QStringList &value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

} // namespace

CaseFilterBar::CaseFilterBar(CaseSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_unreadOnly(new QCheckBox(tr("&Unread only")))
    , m_statusFilter(
          filterButton(QStringLiteral("statusFilter"), tr("Status filter"), tr("All statuses")))
    , m_typeFilter(filterCombo(QStringLiteral("typeFilter"), tr("Type filter"), tr("Any type")))
    , m_priorityFilter(
          filterCombo(QStringLiteral("priorityFilter"), tr("Priority filter"), tr("Any priority")))
    , m_serviceFilter(
          filterButton(QStringLiteral("serviceFilter"), tr("Service filter"), tr("All services")))
{
    setObjectName(QStringLiteral("filterBar"));
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnly"));
    connect(m_unreadOnly, &QCheckBox::toggled, m_session->filtered(),
        &CaseFilterProxyModel::setUnreadOnly);
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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    const auto add = [layout](const QString &text, QWidget *filter) {
        auto *label = new QLabel(text);
        label->setBuddy(filter);
        layout->addWidget(label);
        layout->addWidget(filter);
    };
    add(tr("S&tatus:"), m_statusFilter);
    add(tr("T&ype:"), m_typeFilter);
    add(tr("&Priority:"), m_priorityFilter);
    add(tr("S&ervice:"), m_serviceFilter);
    layout->addStretch(1);
    for (QComboBox *combo : {m_typeFilter, m_priorityFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseFilterBar::applyFilters);
    for (MultiChoiceButton *button : {m_statusFilter, m_serviceFilter})
        connect(button, &MultiChoiceButton::chosenChanged, this, &CaseFilterBar::applyFilters);
    fillStatusFilter();

    // The services as the account and the cases bring them (no reset of the list for that).
    connect(m_session, &CaseSession::loaded, this, &CaseFilterBar::fillServiceFilter);
    connect(m_session, &CaseSession::accountChanged, this, &CaseFilterBar::fillServiceFilter);
    connect(m_session->cases(), &CaseListModel::servicesChanged, this,
        &CaseFilterBar::fillServiceFilter);
    connect(m_session->cases(), &CaseListModel::statusesChanged, this,
        &CaseFilterBar::fillStatusFilter);
    connect(m_session, &CaseSession::wordsChanged, this, &CaseFilterBar::fillStatusFilter);
}

void CaseFilterBar::fillServiceFilter()
{
    QList<MultiChoiceButton::Choice> choices;
    for (const CaseSession::ServiceChoice &service : m_session->services())
        choices.append({service.serviceId, service.label, false});
    m_serviceFilter->setChoices(choices);
}

void CaseFilterBar::fillStatusFilter()
{
    // Every status the list holds (and those chosen), in the order a case moves through them,
    // labelled in the provider's words.
    QStringList statuses = m_session->cases()->statuses();
    for (const QString &chosen : m_statusFilter->chosen()) {
        if (chosen != OpenStatuses && !statuses.contains(chosen))
            statuses.append(chosen);
    }
    const ProviderWords &words = m_session->words();
    std::stable_sort(statuses.begin(), statuses.end(), [&](const QString &a, const QString &b) {
        const int ka = int(words.statusKind(a));
        const int kb = int(words.statusKind(b));
        if (ka != kb)
            return ka < kb;
        return QString::localeAwareCompare(CaseLabels::status(a), CaseLabels::status(b)) < 0;
    });
    QList<MultiChoiceButton::Choice> choices {{OpenStatuses, tr("All open statuses"), true}};
    for (const QString &status : std::as_const(statuses))
        choices.append({status, CaseLabels::status(status), false});
    m_statusFilter->setChoices(choices);
}

void CaseFilterBar::applyFilters()
{
    if (m_applying)
        return;
    CaseFilterProxyModel *proxy = m_session->filtered();
    const QStringList statuses = m_statusFilter->chosen();
    const bool openOnly = statuses.contains(OpenStatuses);
    proxy->setOpenOnly(openOnly);
    proxy->setStatuses(openOnly ? QStringList() : statuses);
    proxy->setTypes(m_typeFilter->currentData().toStringList());
    proxy->setPriorities(m_priorityFilter->currentData().toStringList());
    proxy->setServiceIds(m_serviceFilter->chosen());
    emit applied();
}

SavedView CaseFilterBar::filters() const
{
    SavedView view;
    const QStringList statuses = m_statusFilter->chosen();
    view.openOnly = statuses.contains(OpenStatuses);
    view.statuses = view.openOnly ? QStringList() : statuses;
    view.types = m_typeFilter->currentData().toStringList();
    view.priorities = m_priorityFilter->currentData().toStringList();
    view.serviceIds = m_serviceFilter->chosen();
    view.unreadOnly = m_unreadOnly->isChecked();
    return view;
}

void CaseFilterBar::setFilters(const SavedView &view)
{
    {
        // One filtering for the lot, not one per widget.
        const QScopedValueRollback<bool> applying(m_applying, true);
        m_statusFilter->setChosen(view.openOnly ? QStringList {OpenStatuses} : view.statuses);
        selectData(m_typeFilter, view.types);
        selectData(m_priorityFilter, view.priorities);
        m_serviceFilter->setChosen(view.serviceIds);
    }
    fillStatusFilter(); // labels and order for statuses no case is in
    applyFilters();
    m_unreadOnly->setChecked(view.unreadOnly);
}

void CaseFilterBar::restore(const QSettings &settings)
{
    SavedView view;
    const QStringList statuses = settings.value(SettingsKeys::StatusFilter).toStringList();
    view.openOnly = statuses.contains(OpenStatuses);
    view.statuses = view.openOnly ? QStringList() : statuses;
    view.types = settings.value(SettingsKeys::TypeFilter).toStringList();
    view.priorities = settings.value(SettingsKeys::PriorityFilter).toStringList();
    view.serviceIds = settings.value(SettingsKeys::ServiceFilter).toStringList();
    view.unreadOnly = settings.value(SettingsKeys::UnreadOnly, false).toBool();
    setFilters(view);
}

void CaseFilterBar::save(QSettings &settings) const
{
    settings.setValue(SettingsKeys::StatusFilter, m_statusFilter->chosen());
    settings.setValue(SettingsKeys::TypeFilter, m_typeFilter->currentData());
    settings.setValue(SettingsKeys::PriorityFilter, m_priorityFilter->currentData());
    settings.setValue(SettingsKeys::ServiceFilter, m_serviceFilter->chosen());
    settings.setValue(SettingsKeys::UnreadOnly, m_unreadOnly->isChecked());
}
