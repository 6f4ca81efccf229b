#pragma once

#include <QString>
#include <QUrl>

// The local sandbox server's demo clients (sandbox/README.md). They are public test
// credentials, not secrets, and are only ever used with a loopback sandbox URL.
namespace SandboxCredentials {

// The demo secret for `clientId` when `tokenUrl` is a loopback address; empty otherwise.
QString demoSecretFor(const QString &clientId, const QUrl &tokenUrl);
// The Case Repository demo users' passwords (demo-publisher, demo-viewer) when the repository
// URL is a loopback address; empty otherwise.
QString demoRepositoryPasswordFor(const QString &user, const QUrl &repositoryUrl);

} // namespace SandboxCredentials
