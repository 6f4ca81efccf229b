#include "api/RepositoryCheck.h"

#include "api/RepositoryClient.h"
#include "api/SandboxCredentials.h"
#include "api/SecretStore.h"

#include <QNetworkAccessManager>

RepositoryCheck::RepositoryCheck(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

RepositoryCheck::~RepositoryCheck()
{
    cancel();
}

void RepositoryCheck::cancel()
{
    ++m_generation;
    delete m_client; // cancels its request
    m_client = nullptr;
}

void RepositoryCheck::start(
    const RepositorySettings &settings, const QString &password, SecretStore *keychain)
{
    cancel();
    const quint64 generation = m_generation;
    m_client = new RepositoryClient(m_network, this);
    if (const QString problem = m_client->configure(settings.url, settings.user);
        !problem.isEmpty()) {
        // Always asynchronous, like every other outcome; a cancel() meanwhile silences it.
        QMetaObject::invokeMethod(
            this,
            [this, problem, generation] {
                if (generation == m_generation)
                    emit failed(problem);
            },
            Qt::QueuedConnection);
        return;
    }
    QString chosen = password;
    if (chosen.isEmpty())
        chosen = SandboxCredentials::demoRepositoryPasswordFor(settings.user, settings.url);
    if (!chosen.isEmpty() || !keychain) {
        search(chosen, generation);
        return;
    }
    keychain->read(settings.passwordKey(), this,
        [this, generation](
            SecretStore::Status status, const QString &stored, const QString &message) {
            if (generation != m_generation)
                return;
            if (status == SecretStore::Status::Ok)
                search(stored, generation);
            else
                emit failed(message);
        });
}

void RepositoryCheck::search(const QString &password, quint64 generation)
{
    m_client->setPassword(password);
    m_client->setTimeout(15'000);
    RepositoryQuery query;
    query.size = 1;
    RepositoryPageReply *reply = m_client->search(query);
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        if (reply->error().isError())
            emit failed(reply->error().userMessage());
        else
            emit succeeded(int(reply->page().totalElements));
    });
}
