#include "models/ProviderWords.h"

#include "models/Case.h"
#include "models/CaseDraft.h"
#include "models/OutboxItem.h"
#include "models/OutboxPayloads.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A confirmed message may carry a server time this much before the client's confirmation
// (clock skew; as the outbox's lookups allow).
constexpr qint64 ClockSlackSecs = 10 * 60;
constexpr qint64 ExpectationDays = 7;
constexpr qsizetype MaxExpectations = 50;

// The default tables (docs/provider-compatibility.md lists them; keep both in step).
const QStringList &ourTypeTable()
{
    static const QStringList words {QStringLiteral("CustomerMessage"), QStringLiteral("Customer"),
        QStringLiteral("CustomerReply"), QStringLiteral("CustomerComment"),
        QStringLiteral("CustomerNote"), QStringLiteral("CustomerUpdate"),
        QStringLiteral("FromCustomer"), QStringLiteral("Client"), QStringLiteral("ClientMessage"),
        QStringLiteral("ClientReply"), QStringLiteral("Requester"),
        QStringLiteral("RequesterMessage"), QStringLiteral("EndUser")};
    return words;
}

const QStringList &statusUpdateTable()
{
    static const QStringList words {QStringLiteral("StatusUpdate"), QStringLiteral("Status"),
        QStringLiteral("StatusChange"), QStringLiteral("StatusChanged"), QStringLiteral("System"),
        QStringLiteral("SystemMessage"), QStringLiteral("SystemUpdate"), QStringLiteral("Event"),
        QStringLiteral("Automated"), QStringLiteral("Automatic"), QStringLiteral("Notification")};
    return words;
}

struct KindWords
{
    ProviderWords::StatusKind kind;
    QStringList words;
};

const QList<KindWords> &statusTable()
{
    using K = ProviderWords::StatusKind;
    static const QList<KindWords> table {
        {K::Open,
            {QStringLiteral("New"), QStringLiteral("Open"), QStringLiteral("Opened"),
                QStringLiteral("Reopened"), QStringLiteral("Submitted"), QStringLiteral("Received"),
                QStringLiteral("Created"), QStringLiteral("Logged"), QStringLiteral("Registered"),
                QStringLiteral("Unassigned")}},
        {K::InProgress,
            {QStringLiteral("InProgress"), QStringLiteral("WorkInProgress"),
                QStringLiteral("Working"), QStringLiteral("Active"), QStringLiteral("Assigned"),
                QStringLiteral("Acknowledged"), QStringLiteral("Accepted"),
                QStringLiteral("Investigating"), QStringLiteral("UnderInvestigation"),
                QStringLiteral("Processing"), QStringLiteral("Ongoing")}},
        {K::WaitingOnUs,
            {QStringLiteral("PendingCustomer"), QStringLiteral("Pending"),
                QStringLiteral("PendingClient"), QStringLiteral("PendingCustomerResponse"),
                QStringLiteral("WaitingOnCustomer"), QStringLiteral("WaitingForCustomer"),
                QStringLiteral("WaitingForCustomerResponse"), QStringLiteral("AwaitingCustomer"),
                QStringLiteral("AwaitingCustomerResponse"), QStringLiteral("AwaitingInformation"),
                QStringLiteral("AwaitingInfo"), QStringLiteral("CustomerPending"),
                QStringLiteral("NeedsInfo"), QStringLiteral("MoreInfoRequired")}},
        {K::OnHold,
            {QStringLiteral("OnHold"), QStringLiteral("Hold"), QStringLiteral("Suspended"),
                QStringLiteral("Deferred"), QStringLiteral("Paused"),
                QStringLiteral("PendingVendor"), QStringLiteral("PendingThirdParty"),
                QStringLiteral("WaitingOnThirdParty"), QStringLiteral("WaitingForVendor")}},
        {K::Resolved,
            {QStringLiteral("Resolved"), QStringLiteral("Solved"), QStringLiteral("Fixed"),
                QStringLiteral("Restored")}},
        {K::Closed,
            {QStringLiteral("Closed"), QStringLiteral("Completed"), QStringLiteral("Complete"),
                QStringLiteral("Done"), QStringLiteral("Finished"), QStringLiteral("Archived")}},
        {K::Cancelled,
            {QStringLiteral("Cancelled"), QStringLiteral("Canceled"), QStringLiteral("Withdrawn"),
                QStringLiteral("Rejected"), QStringLiteral("Duplicate"),
                QStringLiteral("Abandoned"), QStringLiteral("Void")}},
    };
    return table;
}

QSet<QString> normalisedSet(const QStringList &words)
{
    QSet<QString> set;
    for (const QString &w : words) {
        if (const QString n = ProviderWords::normalised(w); !n.isEmpty())
            set.insert(n);
    }
    return set;
}

const QSet<QString> &defaultOurSet()
{
    static const QSet<QString> set = normalisedSet(ourTypeTable());
    return set;
}

const QSet<QString> &defaultStatusUpdateSet()
{
    static const QSet<QString> set = normalisedSet(statusUpdateTable());
    return set;
}

const QHash<QString, ProviderWords::StatusKind> &defaultKinds()
{
    static const QHash<QString, ProviderWords::StatusKind> kinds = [] {
        QHash<QString, ProviderWords::StatusKind> k;
        for (const KindWords &row : statusTable()) {
            for (const QString &w : row.words)
                k.insert(ProviderWords::normalised(w), row.kind);
        }
        return k;
    }();
    return kinds;
}

bool isClosedKind(ProviderWords::StatusKind kind)
{
    using K = ProviderWords::StatusKind;
    return kind == K::Resolved || kind == K::Closed || kind == K::Cancelled;
}

} // namespace

// LearnedWords

bool LearnedWords::expect(const OutboxItem &confirmed, const QDateTime &now)
{
    Expectation e;
    e.confirmedAt = now.toUTC();
    switch (confirmed.kind) {
    case OutboxItem::Kind::ReplyToCase: {
        const ReplyPayload reply = ReplyPayload::fromJson(confirmed.payload);
        e.caseId = reply.caseId;
        e.message = reply.message;
        e.sentBy = reply.sentBy;
        break;
    }
    case OutboxItem::Kind::CreateCase: {
        const CaseDraft draft = CreateCasePayload::fromJson(confirmed.payload).draft;
        e.caseId = confirmed.resultId;
        e.message = draft.message;
        e.sentBy = draft.sentBy;
        break;
    }
    default:
        return false;
    }
    e.message = e.message.trimmed();
    e.sentBy = e.sentBy.trimmed();
    if (e.caseId.isEmpty() || e.message.isEmpty())
        return false;
    dropStale(now);
    expected.append(e);
    while (expected.size() > MaxExpectations)
        expected.removeFirst();
    return true;
}

bool LearnedWords::learnFrom(const Case &c)
{
    bool changed = false;
    for (qsizetype i = 0; i < expected.size();) {
        const Expectation &e = expected.at(i);
        if (e.caseId != c.id) {
            ++i;
            continue;
        }
        const Communication *match = nullptr;
        for (const Communication &m : c.communications) {
            if (m.message.trimmed() == e.message
                && m.timestamp.toDateTime() >= e.confirmedAt.addSecs(-ClockSlackSecs)
                && (!match || !(m.timestamp < match->timestamp)))
                match = &m;
        }
        if (!match) {
            ++i; // not in this copy of the case yet
            continue;
        }
        const QString type = match->type.trimmed();
        const bool known = std::any_of(ourTypes.cbegin(), ourTypes.cend(), [&](const QString &w) {
            return ProviderWords::normalised(w) == ProviderWords::normalised(type);
        });
        if (!type.isEmpty() && !known)
            ourTypes.append(type);
        // Only a sender we sent can tell whether it comes back.
        if (!e.sentBy.isEmpty())
            echoesSender = match->sentBy.trimmed() == e.sentBy;
        expected.removeAt(i);
        changed = true;
    }
    return changed;
}

void LearnedWords::dropStale(const QDateTime &now)
{
    const QDateTime oldest = now.toUTC().addDays(-ExpectationDays);
    expected.removeIf([&](const Expectation &e) { return e.confirmedAt < oldest; });
}

QByteArray LearnedWords::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("ourTypes"), QJsonArray::fromStringList(ourTypes));
    if (echoesSender)
        json.insert(QStringLiteral("echoesSender"), *echoesSender);
    QJsonArray list;
    for (const Expectation &e : expected)
        list.append(QJsonObject {{QStringLiteral("caseId"), e.caseId},
            {QStringLiteral("message"), e.message}, {QStringLiteral("sentBy"), e.sentBy},
            {QStringLiteral("confirmedAt"), e.confirmedAt.toString(Qt::ISODateWithMs)}});
    json.insert(QStringLiteral("expected"), list);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

LearnedWords LearnedWords::fromJson(const QByteArray &json)
{
    LearnedWords w;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &v : o.value(QLatin1String("ourTypes")).toArray()) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            w.ourTypes.append(v.toString().trimmed());
    }
    if (const QJsonValue echo = o.value(QLatin1String("echoesSender")); echo.isBool())
        w.echoesSender = echo.toBool();
    for (const QJsonValue &v : o.value(QLatin1String("expected")).toArray()) {
        const QJsonObject e = v.toObject();
        Expectation x {e.value(QLatin1String("caseId")).toString(),
            e.value(QLatin1String("message")).toString(),
            e.value(QLatin1String("sentBy")).toString(),
            QDateTime::fromString(
                e.value(QLatin1String("confirmedAt")).toString(), Qt::ISODateWithMs)
                .toUTC()};
        if (!x.caseId.isEmpty() && !x.message.isEmpty() && x.confirmedAt.isValid())
            w.expected.append(x);
    }
    return w;
}

// ProviderWords

ProviderWords::ProviderWords(const WordOverrides &overrides, const LearnedWords &learned)
    : m_overrides(overrides)
    , m_learned(learned)
{
    m_ours = normalisedSet(overrides.ourTypes);
    if (m_ours.isEmpty())
        m_ours = normalisedSet(learned.ourTypes);
    m_closed = normalisedSet(overrides.closedStatuses);
}

QString ProviderWords::normalised(const QString &word)
{
    // Asked for the same few words (types, statuses) for every communication of every case (the
    // SLA clocks of 100k cases at start): remembered per thread instead of folded each time.
    thread_local QHash<QString, QString> known;
    if (const auto it = known.constFind(word); it != known.cend())
        return *it;
    if (known.size() > 4096)
        known.clear();
    return *known.insert(word, fold(word));
}

QString ProviderWords::fold(const QString &word)
{
    QString n;
    n.reserve(word.size());
    for (const QChar ch : word) {
        if (ch.isSpace() || ch == u'_' || ch == u'-')
            continue;
        n.append(ch);
    }
    return n.toCaseFolded();
}

QStringList ProviderWords::defaultOurTypes()
{
    return ourTypeTable();
}

QStringList ProviderWords::defaultStatusUpdateTypes()
{
    return statusUpdateTable();
}

QStringList ProviderWords::defaultClosedStatuses()
{
    QStringList closed;
    for (const KindWords &row : statusTable()) {
        if (isClosedKind(row.kind))
            closed += row.words;
    }
    return closed;
}

ProviderWords::StatusKind ProviderWords::defaultKind(const QString &status)
{
    return defaultKinds().value(normalised(status), StatusKind::Unknown);
}

QString ProviderWords::sandboxStatus(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Open:
        return QStringLiteral("New");
    case StatusKind::InProgress:
        return QStringLiteral("InProgress");
    case StatusKind::WaitingOnUs:
        return QStringLiteral("PendingCustomer");
    case StatusKind::OnHold:
        return QStringLiteral("OnHold");
    case StatusKind::Resolved:
        return QStringLiteral("Resolved");
    case StatusKind::Closed:
        return QStringLiteral("Closed");
    case StatusKind::Cancelled:
        return QStringLiteral("Cancelled");
    case StatusKind::Unknown:
        break;
    }
    return {};
}

bool ProviderWords::isOurs(const QString &type) const
{
    const QString n = normalised(type);
    return m_ours.isEmpty() ? defaultOurSet().contains(n) : m_ours.contains(n);
}

bool ProviderWords::isStatusUpdate(const QString &type) const
{
    return !isOurs(type) && defaultStatusUpdateSet().contains(normalised(type));
}

bool ProviderWords::isClosed(const QString &status) const
{
    if (!m_closed.isEmpty())
        return m_closed.contains(normalised(status));
    return isClosedKind(defaultKind(status));
}

ProviderWords::StatusKind ProviderWords::statusKind(const QString &status) const
{
    const StatusKind kind = defaultKind(status);
    if (m_closed.isEmpty())
        return kind;
    // The override decides what is closed: a closed status the table calls open (or does not
    // know) is shown as closed, an open one the table calls closed as open.
    const bool closed = isClosed(status);
    if (closed && !isClosedKind(kind))
        return StatusKind::Closed;
    if (!closed && isClosedKind(kind))
        return StatusKind::Unknown;
    return kind;
}

QStringList ProviderWords::ourTypes() const
{
    switch (ourTypesSource()) {
    case Source::Override:
        return m_overrides.ourTypes;
    case Source::Learned:
        return m_learned.ourTypes;
    case Source::Default:
        break;
    }
    return defaultOurTypes();
}

ProviderWords::Source ProviderWords::ourTypesSource() const
{
    if (!normalisedSet(m_overrides.ourTypes).isEmpty())
        return Source::Override;
    if (!normalisedSet(m_learned.ourTypes).isEmpty())
        return Source::Learned;
    return Source::Default;
}

QStringList ProviderWords::closedStatuses() const
{
    return m_closed.isEmpty() ? defaultClosedStatuses() : m_overrides.closedStatuses;
}

ProviderWords::Source ProviderWords::closedStatusesSource() const
{
    return m_closed.isEmpty() ? Source::Default : Source::Override;
}
