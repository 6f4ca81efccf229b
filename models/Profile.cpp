#include "models/Profile.h"

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
