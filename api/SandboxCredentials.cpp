#include "api/SandboxCredentials.h"

#include "api/UrlPolicy.h"

namespace SandboxCredentials {

QString demoSecretFor(const QString &clientId, const QUrl &tokenUrl)
{
    if (!UrlPolicy::isLoopback(tokenUrl))
        return {};
    if (clientId == QLatin1String("demo-client"))
        return QStringLiteral("demo-secret");
    if (clientId == QLatin1String("readonly-client"))
        return QStringLiteral("readonly-secret");
    return {};
}

} // namespace SandboxCredentials
