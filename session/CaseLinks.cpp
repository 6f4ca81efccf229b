#include "session/CaseLinks.h"

#include "models/OutboxPayloads.h"

CaseLinks::CaseLinks(QObject *parent)
    : QObject(parent)
{ }

QStringList CaseLinks::rfosOf(const QString &originalId) const
{
    QStringList ids;
    for (const CaseLink &link : m_links) {
        if (link.originalId == originalId)
            ids << link.rfoId;
    }
    return ids;
}

QString CaseLinks::originalOf(const QString &rfoId) const
{
    for (const CaseLink &link : m_links) {
        if (link.rfoId == rfoId)
            return link.originalId;
    }
    return {};
}

void CaseLinks::storeOpened(const QList<CaseLink> &links)
{
    m_links = links;
}

void CaseLinks::itemDone(const OutboxItem &item)
{
    if (item.kind != OutboxItem::Kind::CreateCase || item.resultId.isEmpty())
        return;
    const QString original = CreateCasePayload::fromJson(item.payload).rfoFor;
    if (original.isEmpty() || rfosOf(original).contains(item.resultId))
        return;
    m_links.append({original, item.resultId, QDateTime::currentDateTimeUtc()});
    emit changed(original);
    emit changed(item.resultId);
}
