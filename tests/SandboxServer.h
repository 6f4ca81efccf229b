#pragma once

#include "models/Profile.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

class RepositoryClient;
class QNetworkAccessManager;

// Starts the real sandbox server (node sandbox/server.js) on a free loopback port for one
// test, reads its start line, and stops it when destroyed.
class SandboxServer
{
public:
    explicit SandboxServer(const QStringList &extraArguments = {});
    ~SandboxServer();

    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    // False if the server did not come up; errorString() says why.
    bool start();
    QString errorString() const { return m_error; }

    QUrl graphqlUrl() const { return m_graphql; }
    QUrl tokenUrl() const { return m_token; }
    QUrl caseRepositoryUrl() const { return m_caseRepository; }

    // Calls a /_sandbox control endpoint (the server runs with --control) and waits for the
    // answer; returns the JSON body, or an object with "error" on failure.
    QJsonObject control(
        const QByteArray &method, const QString &path, const QJsonObject &body = {}) const;

    // A profile for this server's demo client ("demo-client"); its secret is demoSecret().
    Profile demoProfile() const;
    static QString demoSecret() { return QStringLiteral("demo-secret"); }
    // A client of this server's Case Repository as `user` (a demo user; sandbox/README.md).
    std::unique_ptr<RepositoryClient> repositoryClient(QNetworkAccessManager *network,
        const QString &user = QStringLiteral("demo-publisher"),
        const QString &password = QStringLiteral("demo-password")) const;

    // A loopback URL where nothing listens (a port just bound and released), for tests of
    // "cannot connect".
    static QUrl unreachableUrl(const QString &path);

private:
    QProcess m_process;
    QStringList m_arguments;
    QUrl m_graphql;
    QUrl m_token;
    QUrl m_caseRepository;
    QString m_error;
};
