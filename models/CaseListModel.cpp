#include "models/CaseListModel.h"

#include "models/CaseLabels.h"
#include "models/CaseTypeMatrix.h"

#include <QLocale>

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &c = m_cases.at(index.row());
    const bool slaColumn = index.column() >= NextBreachColumn && index.column() <= TurnColumn;
    if (role >= SlaStateRole
        || (slaColumn
            && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole))) {
        if (QVariant sla = slaData(index.row(), index.column(), role); sla.isValid())
            return sla;
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn)
            return QStringLiteral("%1 · %2").arg(
                c.id, CaseTypeMatrix::builtIn().subjectLabel(c.subject));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == MessagesColumn || index.column() == AgeColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case CaseIdRole:
        return c.id;
    case SortRole:
        return sortData(c, index.column());
    case IsIncidentRole:
        return c.isIncident();
    case IsOpenRole:
        return isOpen(c);
    case PriorityRole:
        return c.priority;
    case StatusRole:
        return c.status;
    case TypeRole:
        return c.type;
    case ServiceIdRole:
        return c.serviceId;
    case LastModifiedRole:
        return c.lastModifiedDate.toDateTime();
    case CommunicationCountRole:
        return c.communicationCount;
    case UnreadRole:
        return c.isUnread();
    case UnreadCountRole:
        return c.unreadCommunications();
    case SearchTextRole:
        return searchKeyOf(c);
    case StatusKindRole:
        return int(verdictOn(c.status).kind);
    case WatchedRole:
        return m_watched.contains(c.id);
    default:
        return {};
    }
}

void CaseListModel::setWatched(const QString &caseId, bool watched)
{
    if (caseId.isEmpty() || m_watched.contains(caseId) == watched)
        return;
    if (watched)
        m_watched.insert(caseId);
    else
        m_watched.remove(caseId);
    if (const int row = rowOf(caseId); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {WatchedRole});
}

void CaseListModel::setWatchedCases(const QSet<QString> &caseIds)
{
    const QSet<QString> changed = (m_watched - caseIds) + (caseIds - m_watched);
    for (const QString &caseId : changed)
        setWatched(caseId, caseIds.contains(caseId));
}

void CaseListModel::setKnownNames(
    const QHash<QString, QString> &serviceNames, const QHash<QString, QString> &siteNames)
{
    if (serviceNames == m_serviceNames && siteNames == m_siteNames)
        return;
    m_serviceNames = serviceNames;
    m_siteNames = siteNames;
    if (!m_cases.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_cases.size()) - 1, ColumnCount - 1),
            {Qt::DisplayRole, SortRole});
}

QString CaseListModel::serviceLabel(const CaseSummary &c) const
{
    if (!c.serviceName.isEmpty())
        return c.serviceName;
    return m_serviceNames.value(c.serviceId, c.serviceId);
}

QString CaseListModel::siteLabel(const CaseSummary &c) const
{
    if (!c.siteName.isEmpty())
        return c.siteName;
    return m_siteNames.value(c.siteId, c.siteId);
}

QString CaseListModel::searchKeyOf(const CaseSummary &c)
{
    const QString subject = CaseTypeMatrix::builtIn().subjectLabel(c.subject);
    QString key;
    key.reserve(c.id.size() + subject.size() + c.customerReference.size() + c.serviceName.size()
        + c.siteName.size() + 4);
    key.append(c.id)
        .append(u'\n')
        .append(subject)
        .append(u'\n')
        .append(c.customerReference)
        .append(u'\n')
        .append(c.serviceName)
        .append(u'\n')
        .append(c.siteName);
    // Most keys are ASCII, whose case folding is A-Z to a-z: folded here in one pass, as
    // QString::toCaseFolded() looks up every character's Unicode properties (at 100k cases
    // that was most of building the model).
    char16_t *data = reinterpret_cast<char16_t *>(key.data());
    const qsizetype size = key.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t ch = data[i];
        if (ch >= 0x80)
            return std::move(key).toCaseFolded(); // the letters before are folded already
        if (ch >= u'A' && ch <= u'Z')
            data[i] = ch + (u'a' - u'A');
    }
    return key;
}

QVariant CaseListModel::displayData(const CaseSummary &c, int column) const
{
    const auto localTime = [](const Timestamp &t) -> QVariant {
        return t.isValid() ? QVariant(CaseLabels::localDateTime(t)) : QVariant();
    };
    switch (column) {
    case IdColumn:
        return c.id;
    case SubjectColumn:
        return CaseTypeMatrix::builtIn().subjectLabel(c.subject);
    case TypeColumn:
        return CaseTypeMatrix::builtIn().typeLabel(c.type);
    case PriorityColumn:
        // A provider without priorities: a dash, not a blank that looks like a missing row.
        return c.priority.isEmpty() ? QStringLiteral("—") : c.priority;
    case StatusColumn:
        return CaseLabels::status(c.status);
    case ServiceColumn:
        return serviceLabel(c);
    case SiteColumn:
        return siteLabel(c);
    case CustomerReferenceColumn:
        return c.customerReference;
    case CreatedColumn:
        return localTime(c.createdDate);
    case LastModifiedColumn:
        return localTime(c.lastModifiedDate);
    case AgeColumn: {
        // How long an open incident has been going on.
        if (!isOpen(c) || !c.isIncident())
            return {};
        const Timestamp since = c.startOfIncident.isValid() ? c.startOfIncident : c.createdDate;
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        return CaseLabels::duration(since.toDateTime().secsTo(now));
    }
    case MessagesColumn:
        if (const int unread = c.unreadCommunications(); unread > 0)
            return tr("%1 (%2 new)").arg(c.communicationCount).arg(unread);
        return c.communicationCount;
    default:
        return {};
    }
}

QVariant CaseListModel::sortData(const CaseSummary &c, int column) const
{
    switch (column) {
    case PriorityColumn:
        return CaseLabels::priorityRank(c.priority);
    case CreatedColumn:
        return c.createdDate.ticks();
    case LastModifiedColumn:
        return c.lastModifiedDate.ticks();
    case AgeColumn:
        // Oldest open incident first when ascending; others after.
        if (!isOpen(c) || !c.isIncident())
            return std::numeric_limits<qint64>::max();
        return (c.startOfIncident.isValid() ? c.startOfIncident : c.createdDate).ticks();
    case MessagesColumn:
        return c.communicationCount;
    default:
        return displayData(c, column);
    }
}

bool CaseListModel::lessThan(int left, int right, int column) const
{
    const CaseSummary &a = m_cases.at(left);
    const CaseSummary &b = m_cases.at(right);
    const auto text = [](const QString &x, const QString &y) {
        return QString::compare(x, y, Qt::CaseInsensitive) < 0;
    };
    switch (column) {
    case IdColumn:
        return text(a.id, b.id);
    case SubjectColumn: {
        const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
        return text(matrix.subjectLabel(a.subject), matrix.subjectLabel(b.subject));
    }
    case TypeColumn:
        return text(CaseTypeMatrix::builtIn().typeLabel(a.type),
            CaseTypeMatrix::builtIn().typeLabel(b.type));
    case PriorityColumn:
        return CaseLabels::priorityRank(a.priority) < CaseLabels::priorityRank(b.priority);
    case StatusColumn:
        return text(CaseLabels::status(a.status), CaseLabels::status(b.status));
    case ServiceColumn:
        return text(serviceLabel(a), serviceLabel(b));
    case SiteColumn:
        return text(siteLabel(a), siteLabel(b));
    case CustomerReferenceColumn:
        return text(a.customerReference, b.customerReference);
    case CreatedColumn:
        return a.createdDate < b.createdDate;
    case LastModifiedColumn:
        return a.lastModifiedDate < b.lastModifiedDate;
    case AgeColumn:
        return sortData(a, column).toLongLong() < sortData(b, column).toLongLong();
    case MessagesColumn:
        return a.communicationCount < b.communicationCount;
    case NextBreachColumn:
    case TurnColumn:
        return slaLessThan(left, right, column);
    default:
        return false;
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Case");
    case SubjectColumn:
        return tr("Subject");
    case TypeColumn:
        return tr("Type");
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case ServiceColumn:
        return tr("Service");
    case SiteColumn:
        return tr("Site");
    case CustomerReferenceColumn:
        return tr("Reference");
    case CreatedColumn:
        return tr("Created");
    case LastModifiedColumn:
        return tr("Last modified");
    case AgeColumn:
        return tr("Age");
    case MessagesColumn:
        return tr("Messages");
    case NextBreachColumn:
        return tr("Next breach");
    case TurnColumn:
        return tr("Turn");
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(SortRole, "sortValue");
    names.insert(SlaStateRole, "slaState");
    names.insert(NextBreachRole, "nextBreach");
    names.insert(TurnRole, "turn");
    names.insert(TurnSinceRole, "turnSince");
    names.insert(IsIncidentRole, "isIncident");
    names.insert(IsOpenRole, "isOpen");
    names.insert(PriorityRole, "priority");
    names.insert(StatusRole, "status");
    names.insert(TypeRole, "type");
    names.insert(ServiceIdRole, "serviceId");
    names.insert(LastModifiedRole, "lastModified");
    names.insert(CommunicationCountRole, "communicationCount");
    names.insert(UnreadRole, "unread");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(SearchTextRole, "searchText");
    names.insert(StatusKindRole, "statusKind");
    names.insert(WatchedRole, "watched");
    return names;
}

bool CaseListModel::countIn(QMap<QString, int> &counts, const QString &value, int delta)
{
    int &count = counts[value];
    const bool wasThere = count > 0;
    count += delta;
    if (count > 0)
        return !wasThere;
    counts.remove(value);
    return wasThere;
}

bool CaseListModel::countStatus(const QString &status, int delta)
{
    return countIn(m_statusCounts, status, delta);
}

bool CaseListModel::countService(const QString &serviceId, int delta)
{
    return !serviceId.isEmpty() && countIn(m_serviceCounts, serviceId, delta);
}

const CaseListModel::StatusVerdict &CaseListModel::verdictOn(const QString &status) const
{
    auto it = m_verdicts.constFind(status);
    if (it == m_verdicts.constEnd())
        it = m_verdicts.insert(status, {m_words.isOpen(status), m_words.statusKind(status)});
    return *it;
}

void CaseListModel::setWords(const ProviderWords &words)
{
    const bool same = words.decidesAs(m_words);
    m_words = words;
    m_verdicts.clear();
    if (!same && !m_cases.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_cases.size()) - 1, ColumnCount - 1));
}

namespace {

// The store's summary of a case the list showed from the poll's answer: the same but for the
// SLA digest the store adds.
bool onlyDigestDiffers(const CaseSummary &incoming, const CaseSummary &existing)
{
    if (incoming.slaDigest == existing.slaDigest)
        return false;
    CaseSummary withoutDigest = incoming;
    withoutDigest.slaDigest = existing.slaDigest;
    return withoutDigest == existing;
}

} // namespace

int CaseListModel::upsert(const QList<CaseSummary> &cases)
{
    int changed = 0;
    bool statusesMoved = false;
    bool servicesMoved = false;
    QList<CaseSummary> fresh;
    QHash<QString, int> freshIndex;
    for (const CaseSummary &incoming : cases) {
        const auto it = m_rowById.constFind(incoming.id);
        if (it == m_rowById.constEnd()) {
            // One id may appear twice in a batch; keep the newest.
            const auto f = freshIndex.constFind(incoming.id);
            if (f == freshIndex.constEnd()) {
                freshIndex.insert(incoming.id, int(fresh.size()));
                fresh.append(incoming);
            } else if (!(incoming.lastModifiedDate < fresh[*f].lastModifiedDate)) {
                fresh[*f] = incoming;
            }
            continue;
        }
        const int row = *it;
        CaseSummary &existing = m_cases[row];
        if (incoming.lastModifiedDate < existing.lastModifiedDate || incoming == existing)
            continue;
        if (onlyDigestDiffers(incoming, existing)) {
            existing.slaDigest = incoming.slaDigest; // nothing shown changed (a first sync)
            continue;
        }
        if (incoming.status != existing.status) {
            statusesMoved |= countStatus(existing.status, -1);
            statusesMoved |= countStatus(incoming.status, +1);
        }
        if (incoming.serviceId != existing.serviceId) {
            servicesMoved |= countService(existing.serviceId, -1);
            servicesMoved |= countService(incoming.serviceId, +1);
        }
        existing = incoming;
        m_searchKeys[row] = searchKeyOf(existing);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        ++changed;
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_cases.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_cases.reserve(m_cases.size() + fresh.size());
        m_searchKeys.reserve(m_cases.size() + fresh.size());
        m_slaRows.reserve(m_cases.size() + fresh.size());
        for (CaseSummary &c : fresh) {
            statusesMoved |= countStatus(c.status, +1);
            servicesMoved |= countService(c.serviceId, +1);
            m_rowById.insert(c.id, int(m_cases.size()));
            m_searchKeys.append(searchKeyOf(c));
            m_slaRows.append(m_slaPending.isEmpty() ? SlaBrief() : m_slaPending.take(c.id));
            m_cases.append(std::move(c));
        }
        endInsertRows();
        changed += int(fresh.size());
    }
    if (statusesMoved)
        emit statusesChanged();
    if (servicesMoved)
        emit servicesChanged();
    return changed;
}

bool CaseListModel::remove(const QString &caseId)
{
    const int row = rowOf(caseId);
    if (row < 0)
        return false;
    const bool statusGone = countStatus(m_cases.at(row).status, -1);
    const bool serviceGone = countService(m_cases.at(row).serviceId, -1);
    beginRemoveRows({}, row, row);
    m_cases.removeAt(row);
    m_searchKeys.removeAt(row);
    m_slaRows.removeAt(row);
    m_rowById.remove(caseId);
    for (int r = row; r < m_cases.size(); ++r)
        m_rowById[m_cases.at(r).id] = r;
    endRemoveRows();
    if (statusGone)
        emit statusesChanged();
    if (serviceGone)
        emit servicesChanged();
    return true;
}

void CaseListModel::reset(const QList<CaseSummary> &cases)
{
    const QStringList before = statuses();
    const QStringList servicesBefore = serviceIds();
    beginResetModel();
    m_serviceCounts.clear();
    m_cases.clear();
    m_searchKeys.clear();
    // The reports known so far stay with their cases (by id), as those reported before.
    const QHash<QString, int> rowsBefore = std::exchange(m_rowById, {});
    const QList<SlaBrief> reportsBefore = std::exchange(m_slaRows, {});
    m_statusCounts.clear();
    m_cases.reserve(cases.size());
    m_searchKeys.reserve(cases.size());
    m_slaRows.reserve(cases.size());
    m_rowById.reserve(cases.size());
    for (const CaseSummary &c : cases) {
        // One hash lookup per case: a new id adds an entry (a duplicate is skipped).
        const qsizetype known = m_rowById.size();
        int &row = m_rowById[c.id];
        if (m_rowById.size() == known)
            continue;
        row = int(m_cases.size());
        m_searchKeys.append(searchKeyOf(c));
        if (!m_slaPending.isEmpty() && m_slaPending.contains(c.id))
            m_slaRows.append(m_slaPending.take(c.id));
        else if (const auto old = rowsBefore.constFind(c.id); old != rowsBefore.cend())
            m_slaRows.append(reportsBefore.at(*old));
        else
            m_slaRows.append(SlaBrief());
        m_cases.append(c);
        ++m_statusCounts[c.status];
        if (!c.serviceId.isEmpty())
            ++m_serviceCounts[c.serviceId];
    }
    endResetModel();
    if (statuses() != before)
        emit statusesChanged();
    if (serviceIds() != servicesBefore)
        emit servicesChanged();
}

const CaseSummary *CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

const CaseSummary *CaseListModel::caseById(const QString &caseId) const
{
    return caseAt(rowOf(caseId));
}

int CaseListModel::rowOf(const QString &caseId) const
{
    return m_rowById.value(caseId, -1);
}

void CaseListModel::setNow(const QDateTime &now)
{
    m_now = now;
    refreshAges();
}

void CaseListModel::refreshAges()
{
    if (!m_cases.isEmpty())
        emit dataChanged(index(0, AgeColumn), index(int(m_cases.size()) - 1, AgeColumn),
            {Qt::DisplayRole, SortRole});
}
