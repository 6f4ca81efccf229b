#include "session/RepositoryWrite.h"

RepositoryWrite::RepositoryWrite(OutboxItem::Kind kind, const QString &caseId, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_caseId(caseId)
{ }

void RepositoryWrite::report(const OutboxItem &item)
{
    m_item = item;
    emit progressed(item);
}

void RepositoryWrite::finish(const QString &caseId)
{
    m_caseId = caseId;
    m_finished = true;
    emit done(caseId);
    deleteLater();
}

void RepositoryWrite::fail(const QString &message)
{
    m_finished = true;
    emit failed(message);
    deleteLater();
}
