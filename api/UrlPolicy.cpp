#include "api/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace UrlPolicy {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString refusalReason(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("UrlPolicy", "“%1” is not a valid server address.")
            .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopback(url))
        return {};
    if (scheme == QLatin1String("http"))
        return QCoreApplication::translate(
            "UrlPolicy", "Plain http is only allowed to this computer; use https for %1.")
            .arg(url.host());
    return QCoreApplication::translate("UrlPolicy", "Unsupported address scheme “%1”.")
        .arg(url.scheme());
}

} // namespace UrlPolicy
