#include "SandboxServer.h"

#include "api/RepositoryClient.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>

SandboxServer::SandboxServer(const QStringList &extraArguments)
    : m_arguments(extraArguments)
{ }

SandboxServer::~SandboxServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool SandboxServer::start()
{
    const QString script = QStringLiteral(CASECONSOLE_SOURCE_DIR "/sandbox/server.js");
    QStringList arguments {script, QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--control"), QStringLiteral("--exit-on-stdin-eof")};
    arguments += m_arguments;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(CASECONSOLE_NODE), arguments);
    if (!m_process.waitForStarted(10'000)) {
        m_error = m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(20'000);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the sandbox server printed no start line");
            return false;
        }
        m_process.waitForReadyRead(250);
    }
    QJsonParseError parseError;
    const QJsonObject line = QJsonDocument::fromJson(m_process.readLine(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        m_error = QStringLiteral("bad start line: ") + parseError.errorString();
        return false;
    }
    m_graphql = QUrl(line.value(QLatin1String("graphql")).toString());
    m_token = QUrl(line.value(QLatin1String("token")).toString());
    m_caseRepository = QUrl(line.value(QLatin1String("caseRepository")).toString());
    return m_graphql.isValid() && m_token.isValid();
}

QJsonObject SandboxServer::control(
    const QByteArray &method, const QString &path, const QJsonObject &body) const
{
    QNetworkAccessManager network;
    QUrl url = m_graphql;
    url.setPath(QStringLiteral("/_sandbox") + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10'000);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = method == "GET" ? network.get(request)
                                           : network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status < 200 || status >= 300)
        return {{QStringLiteral("error"),
            QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(answer))}};
    return QJsonDocument::fromJson(answer).object();
}

Profile SandboxServer::demoProfile() const
{
    Profile profile;
    profile.endpoint = m_graphql;
    profile.tokenUrl = m_token;
    profile.clientId = QStringLiteral("demo-client");
    return profile;
}

std::unique_ptr<RepositoryClient> SandboxServer::repositoryClient(
    QNetworkAccessManager *network, const QString &user, const QString &password) const
{
    auto client = std::make_unique<RepositoryClient>(network);
    if (const QString problem = client->configure(m_caseRepository, user); !problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    client->setPassword(password);
    client->setTimeout(5000);
    return client;
}

QUrl SandboxServer::unreachableUrl(const QString &path)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
}
