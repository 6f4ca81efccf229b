#include "dossier/DossierJson.h"

#include "dossier/Dossier.h"
#include "dossier/ThreadDigest.h"
#include "models/SlaJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>

namespace {

QJsonValue isoOrNull(const Timestamp &t)
{
    return t.isValid() ? QJsonValue(t.toIsoString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue utcOrNull(const Timestamp &t)
{
    return t.isValid() ? QJsonValue(t.toDateTime().toUTC().toString(Qt::ISODateWithMs))
                       : QJsonValue(QJsonValue::Null);
}

QJsonValue localOrNull(const Timestamp &t)
{
    return t.isValid() ? QJsonValue(t.toDateTime().toLocalTime().toString(Qt::ISODate))
                       : QJsonValue(QJsonValue::Null);
}

QString kindWord(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::IncidentStart:
        return QStringLiteral("incidentStart");
    case TimelineEntry::Kind::Created:
        return QStringLiteral("created");
    case TimelineEntry::Kind::Message:
        return QStringLiteral("message");
    case TimelineEntry::Kind::StatusUpdate:
        return QStringLiteral("statusUpdate");
    case TimelineEntry::Kind::ObservedStatus:
        return QStringLiteral("observedStatus");
    case TimelineEntry::Kind::ObservedPriority:
        return QStringLiteral("observedPriority");
    case TimelineEntry::Kind::IncidentEnd:
        return QStringLiteral("incidentEnd");
    }
    return {};
}

QJsonObject clock(const SlaClock &c)
{
    return {
        {QStringLiteral("state"), SlaJson::stateName(c.state)},
        {QStringLiteral("targetMinutes"), c.targetSeconds / 60},
        {QStringLiteral("elapsedSeconds"), c.elapsedSeconds},
        {QStringLiteral("leftSeconds"),
            c.state == SlaClock::State::None ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(c.leftSeconds())},
        {QStringLiteral("due"), isoOrNull(c.due)},
        {QStringLiteral("stoppedAt"), isoOrNull(c.stoppedAt)},
    };
}

QJsonObject sla(const DossierCase &d)
{
    return {
        {QStringLiteral("targets"),
            QJsonObject {
                {QStringLiteral("firstResponseMinutes"), d.targets.firstResponseMinutes},
                {QStringLiteral("updateGapMinutes"), d.targets.updateGapMinutes},
                {QStringLiteral("restoreMinutes"), d.targets.restoreMinutes},
            }},
        {QStringLiteral("firstResponse"), clock(d.sla.firstResponse)},
        {QStringLiteral("updateGap"), clock(d.sla.updateGap)},
        {QStringLiteral("restore"), clock(d.sla.restore)},
        {QStringLiteral("longestGapSeconds"), d.sla.longestGapSeconds},
        {QStringLiteral("gapBreaches"), d.sla.gapBreaches},
        {QStringLiteral("turn"), SlaJson::turnName(d.sla.turn)},
        {QStringLiteral("turnSince"), isoOrNull(d.sla.turnSince)},
        {QStringLiteral("nextBreach"), isoOrNull(d.sla.nextBreach())},
    };
}

QJsonObject header(const Case &c)
{
    const auto text = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("type"), text(c.type)},
        {QStringLiteral("priority"), text(c.priority)},
        {QStringLiteral("status"), text(c.status)},
        {QStringLiteral("origin"), text(c.origin)},
        {QStringLiteral("customerReference"), text(c.customerReference)},
        {QStringLiteral("serviceId"), text(c.serviceId)},
        {QStringLiteral("serviceName"), text(c.serviceName)},
        {QStringLiteral("siteId"), text(c.siteId)},
        {QStringLiteral("siteName"), text(c.siteName)},
        {QStringLiteral("createdDate"), isoOrNull(c.createdDate)},
        {QStringLiteral("lastModifiedDate"), isoOrNull(c.lastModifiedDate)},
        {QStringLiteral("startOfIncident"), isoOrNull(c.startOfIncident)},
        {QStringLiteral("endOfIncident"), isoOrNull(c.endOfIncident)},
    };
}

QJsonObject outage(const Outage &o)
{
    return {
        {QStringLiteral("known"), o.known},
        {QStringLiteral("ongoing"), o.ongoing},
        {QStringLiteral("from"), o.known ? isoOrNull(o.from) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("to"), o.known ? isoOrNull(o.to) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("seconds"),
            o.known ? QJsonValue(o.seconds()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("minutes"),
            o.known ? QJsonValue(o.seconds() / 60) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonArray timeline(const QList<TimelineEntry> &entries)
{
    QJsonArray out;
    for (const TimelineEntry &e : entries) {
        QJsonObject entry {
            {QStringLiteral("kind"), kindWord(e.kind)}, {QStringLiteral("at"), isoOrNull(e.at)}};
        if (e.kind == TimelineEntry::Kind::Message || e.kind == TimelineEntry::Kind::StatusUpdate) {
            entry.insert(QStringLiteral("sender"), e.sender);
            entry.insert(QStringLiteral("fromProvider"), e.fromProvider);
            entry.insert(QStringLiteral("text"), e.text);
        } else if (e.kind == TimelineEntry::Kind::ObservedStatus
            || e.kind == TimelineEntry::Kind::ObservedPriority) {
            entry.insert(QStringLiteral("from"), e.from);
            entry.insert(QStringLiteral("to"), e.to);
        }
        out.append(entry);
    }
    return out;
}

QJsonArray thread(const QList<Communication> &communications, const ProviderWords &words)
{
    QJsonArray out;
    for (const Communication &m : communications) {
        out.append(QJsonObject {
            {QStringLiteral("timestamp"),
                m.timestamp.isValid() ? m.timestamp.toIsoString() : QString()},
            {QStringLiteral("utc"), utcOrNull(m.timestamp)},
            {QStringLiteral("local"), localOrNull(m.timestamp)},
            {QStringLiteral("type"), m.type},
            {QStringLiteral("sentBy"), m.sentBy},
            {QStringLiteral("fromProvider"), m.isFromProvider(words)},
            {QStringLiteral("message"), m.message},
        });
    }
    return out;
}

QJsonObject manifest(const DossierCase &d, const QString &source)
{
    return {
        {QStringLiteral("algorithm"), QStringLiteral("SHA-256")},
        {QStringLiteral("sha256"), d.threadSha256},
        {QStringLiteral("basis"), QString::fromLatin1(ThreadDigest::Basis)},
        {QStringLiteral("communications"), d.thread.size()},
        {QStringLiteral("bytes"), d.canonicalBytes},
        {QStringLiteral("source"), source},
    };
}

} // namespace

QJsonObject DossierJson::toJson(const Dossier &dossier)
{
    QJsonArray cases;
    QJsonArray summary;
    for (const DossierCase &d : dossier.cases) {
        QJsonArray remarks;
        for (const QString &remark : d.remarks)
            remarks.append(remark);
        QJsonObject one {
            {QStringLiteral("header"), header(d.c)},
            {QStringLiteral("remarks"), remarks},
            {QStringLiteral("sla"), sla(d)},
            {QStringLiteral("outage"), outage(d.outage)},
            {QStringLiteral("timeline"), timeline(d.timeline)},
            {QStringLiteral("thread"), thread(d.thread, dossier.words)},
            {QStringLiteral("manifest"), manifest(d, d.source)},
        };
        cases.append(one);
        summary.append(QJsonObject {
            {QStringLiteral("id"), d.c.id},
            {QStringLiteral("subject"), d.c.subject},
            {QStringLiteral("priority"),
                d.c.priority.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.c.priority)},
            {QStringLiteral("status"), d.c.status},
            {QStringLiteral("outageMinutes"),
                d.outage.known ? QJsonValue(d.outage.seconds() / 60)
                               : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("outageOngoing"), d.outage.ongoing},
            {QStringLiteral("sha256"), d.threadSha256},
        });
    }
    return {
        {QStringLiteral("format"), QStringLiteral("caseconsole-dossier")},
        {QStringLiteral("version"), DossierJson::Version},
        {QStringLiteral("generatedAt"), isoOrNull(dossier.generatedAt)},
        {QStringLiteral("generatedBy"), dossier.generator},
        {QStringLiteral("profile"), dossier.profile},
        {QStringLiteral("localTimeZone"), dossier.localZone},
        {QStringLiteral("slaPolicy"), dossier.policy.toJson()},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("cases"), cases},
    };
}
