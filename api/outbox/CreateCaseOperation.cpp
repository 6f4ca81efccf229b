#include "api/outbox/CreateCaseOperation.h"

#include "api/CaseApi.h"
#include "models/OutboxPayloads.h"

#include <QSet>

namespace {

bool sameDraft(const CaseDraft &a, const CaseDraft &b)
{
    return a.subject == b.subject && a.type == b.type && a.serviceId == b.serviceId
        && OutboxOperation::sameText(a.message, b.message)
        && a.customerReference.trimmed() == b.customerReference.trimmed();
}

bool isMatch(const Case &c, const CaseDraft &draft, const QDateTime &since)
{
    if (c.subject != draft.subject || c.type != draft.type || c.serviceId != draft.serviceId
        || c.communications.isEmpty() || c.createdDate.toDateTime() < since)
        return false;
    const QString &first = c.communications.constFirst().message;
    return OutboxOperation::sameText(first, draft.message)
        || OutboxOperation::sameText(first, draft.messageStatingPriority());
}

} // namespace

ApiReply *CreateCaseOperation::send(const OutboxItem &item, const OutboxServers &servers) const
{
    return servers.api->createCase(CreateCasePayload::fromJson(item.payload).draft);
}

QString CreateCaseOperation::resultOf(ApiReply *reply) const
{
    const auto *created = qobject_cast<CreateCaseReply *>(reply);
    return created ? created->caseId() : QString();
}

void CreateCaseOperation::lookUp(const OutboxItem &item, const OutboxLookup &lookup,
    const OutboxServers &servers, QObject *context, const OutboxLookup::Done &done) const
{
    const CaseDraft draft = CreateCasePayload::fromJson(item.payload).draft;
    const QDateTime since = lookup.since;
    CaseFilter filter;
    int minutes = 0;
    if (!draft.customerReference.trimmed().isEmpty()) {
        filter.customerReference = draft.customerReference.trimmed();
    } else {
        filter.serviceId = draft.serviceId;
        minutes = int(since.secsTo(QDateTime::currentDateTimeUtc()) / 60) + 2;
    }
    // Cases created recently (by any process) are not this one; and with identical drafts on
    // their way, there must be a match for each of them besides this one.
    QSet<QString> known;
    qsizetype onTheirWay = 0;
    for (const OutboxItem &other : lookup.others) {
        if (other.kind != item.kind)
            continue;
        if (other.state == OutboxItem::State::Done && !other.resultId.isEmpty())
            known.insert(other.resultId);
        else if (onItsWay(other)
            && sameDraft(CreateCasePayload::fromJson(other.payload).draft, draft))
            ++onTheirWay;
    }
    CasesReply *reply = servers.api->fetchUpdatedCases(minutes, filter);
    QObject::connect(reply, &ApiReply::finished, context, [=] {
        reply->deleteLater();
        if (reply->error().isError())
            return done({OutboxLookup::Outcome::Failed, {}, reply->error()});
        QStringList matches;
        for (const Case &c : reply->cases()) {
            if (!known.contains(c.id) && isMatch(c, draft, since))
                matches << c.id;
        }
        if (matches.size() > onTheirWay)
            return done({OutboxLookup::Outcome::Found, matches.constFirst(), {}});
        done({OutboxLookup::Outcome::NotThere, {}, {}});
    });
}

QString CreateCaseOperation::stateText(const OutboxItem &item) const
{
    switch (item.state) {
    case OutboxItem::State::Pending:
        return item.waitingText().toHtmlEscaped();
    case OutboxItem::State::Sending:
        return tr("Creating the case with the provider…");
    case OutboxItem::State::Uncertain:
        return tr("No answer from the provider (%1). Checking whether the case was created "
                  "before trying again, so it is not created twice.")
            .arg(item.lastError.toHtmlEscaped());
    case OutboxItem::State::Failed:
        return tr("<b>The provider did not accept the case:</b> %1")
            .arg(item.lastError.toHtmlEscaped());
    case OutboxItem::State::Done:
        return tr("Created %1.").arg(item.resultId.toHtmlEscaped());
    }
    return {};
}
