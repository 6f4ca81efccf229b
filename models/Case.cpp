#include "models/Case.h"

#include "models/ProviderWords.h"

#include <QCryptographicHash>

QString Communication::identityKey() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(timestamp.ticks()));
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(type.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(sentBy.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(message.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

bool Communication::isFromProvider(const ProviderWords &words) const
{
    return words.isFromProvider(type);
}

bool CaseHeader::isOpen(const ProviderWords &words) const
{
    return words.isOpen(status);
}

CaseSummary CaseSummary::of(const Case &c)
{
    CaseSummary s;
    static_cast<CaseHeader &>(s) = c;
    s.communicationCount = int(c.communications.size());
    if (!c.communications.isEmpty())
        s.lastCommunicationAt = c.communications.constLast().timestamp;
    return s;
}
