#include "models/Profile.h"

#include <QCryptographicHash>

QUrl Profile::effectiveTokenUrl() const
{
    if (tokenUrl.isValid() && !tokenUrl.isEmpty())
        return tokenUrl;
    QUrl url = endpoint;
    url.setPath(QStringLiteral("/oauth2/token"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString Profile::secretKey() const
{
    return clientId + u'@' + effectiveTokenUrl().toString();
}

QString Profile::storageKey() const
{
    const QByteArray identity
        = endpoint.toString(QUrl::NormalizePathSegments).toUtf8() + '\n' + clientId.toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
}

QString RepositorySettings::passwordKey() const
{
    return user + u'@' + url.toString(QUrl::StripTrailingSlash);
}
