#include "api/ConnectionCheck.h"

#include "api/CaseApi.h"
#include "api/ProviderConnection.h"
#include "api/SandboxCredentials.h"
#include "api/SecretStore.h"

#include <QTimer>

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        const int seconds = (m_timeoutMs + 999) / 1000;
        finish();
        emit failed(tr("The server did not answer within %n second(s). Check the endpoint "
                       "address and your network.",
            nullptr, seconds));
    });
}

ConnectionCheck::~ConnectionCheck()
{
    cancel();
}

void ConnectionCheck::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

void ConnectionCheck::start(const Profile &profile, const QString &secret, SecretStore *keychain)
{
    cancel();
    m_connection = new ProviderConnection(this);
    if (const QString problem = m_connection->configure(profile); !problem.isEmpty()) {
        finish();
        // Always asynchronous, like every other outcome; a cancel() meanwhile silences it.
        QMetaObject::invokeMethod(
            this,
            [this, problem, generation = m_generation] {
                if (generation == m_generation)
                    emit failed(problem);
            },
            Qt::QueuedConnection);
        return;
    }
    // Each request may take the whole budget; the deadline bounds the check as a whole.
    m_connection->setTimeout(m_timeoutMs);
    m_deadline->start(m_timeoutMs);

    const QString demo
        = SandboxCredentials::demoSecretFor(profile.clientId, profile.effectiveTokenUrl());
    if (!secret.isEmpty() || !keychain) {
        const QString chosen = secret.isEmpty() ? demo : secret;
        QMetaObject::invokeMethod(
            this,
            [this, chosen, generation = m_generation] {
                if (isCurrent(generation))
                    fetchAccount(chosen);
            },
            Qt::QueuedConnection);
        return;
    }
    keychain->read(profile.secretKey(), this,
        [this, demo, generation = m_generation](
            SecretStore::Status status, const QString &stored, const QString &message) {
            if (!isCurrent(generation))
                return;
            if (status == SecretStore::Status::Ok) {
                fetchAccount(stored);
            } else if (!demo.isEmpty()) {
                fetchAccount(demo);
            } else {
                finish();
                emit failed(message);
            }
        });
}

void ConnectionCheck::fetchAccount(const QString &secret)
{
    if (secret.isEmpty()) {
        finish();
        emit failed(tr("Enter the client secret to test the connection."));
        return;
    }
    m_connection->setClientSecret(secret);
    AccountReply *reply = m_connection->api()->fetchAccount();
    connect(reply, &ApiReply::finished, this, [this, reply, generation = m_generation] {
        if (!isCurrent(generation))
            return;
        const ApiError error = reply->error();
        const Account account = reply->account();
        finish(); // deletes the reply with the connection
        if (error.isError())
            emit failed(error.userMessage());
        else
            emit succeeded(account.name, int(account.services.size()));
    });
}

void ConnectionCheck::cancel()
{
    finish();
}

void ConnectionCheck::finish()
{
    ++m_generation;
    m_deadline->stop();
    if (m_connection) {
        // Deleting the connection deletes its replies, which aborts their requests.
        m_connection->deleteLater();
        m_connection = nullptr;
    }
}
