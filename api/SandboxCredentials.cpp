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

QString demoRepositoryPasswordFor(const QString &user, const QUrl &repositoryUrl)
{
    if (!UrlPolicy::isLoopback(repositoryUrl))
        return {};
    if (user == QLatin1String("demo-publisher"))
        return QStringLiteral("demo-password");
    if (user == QLatin1String("demo-viewer"))
        return QStringLiteral("viewer-password");
    return {};
}

} // namespace SandboxCredentials
