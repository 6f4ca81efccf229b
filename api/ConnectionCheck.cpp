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
    // A new connection knows no capabilities: asking for the account learns them first.
    AccountReply *reply = m_connection->api()->fetchAccount();
    connect(reply, &ApiReply::finished, this, [this, reply, generation = m_generation] {
        if (!isCurrent(generation))
            return;
        const ApiError error = reply->error();
        const Account account = reply->account();
        const ProviderCapabilities capabilities = m_connection->api()->capabilities();
        finish(); // deletes the reply with the connection
        if (error.isError())
            emit failed(error.userMessage());
        else
            emit succeeded(report(account, capabilities));
    });
}

QString ConnectionCheck::report(const Account &account, const ProviderCapabilities &caps)
{
    using Part = ProviderCapabilities::Part;
    QStringList lines;
    const bool hasName = caps.has(Part::AccountName) && !account.name.isEmpty();
    const bool hasServices = caps.has(Part::AccountServices);
    if (hasName && hasServices)
        lines << tr("Connected to the account “%1” with %n service(s).", nullptr,
            int(account.services.size()))
                     .arg(account.name);
    else if (hasName)
        lines << tr("Connected to the account “%1”.").arg(account.name);
    else if (hasServices)
        lines << tr("Connected: the provider accepted the credentials and reports %n service(s) "
                    "for the account.",
            nullptr, int(account.services.size()));
    else
        lines << tr("Connected: the provider accepted the credentials and answered for the "
                    "account.");
    if (!hasName)
        lines << tr("It does not report the account's name, so the console cannot show which "
                    "account these credentials belong to; check that with the provider.");
    QStringList absent;
    for (const Part part : caps.absentParts()) {
        if (part != Part::AccountName)
            absent << ProviderCapabilities::absentWords(part);
    }
    if (!absent.isEmpty())
        lines << tr("This provider does not report %1.").arg(absent.join(QStringLiteral("; ")));
    if (!caps.isDiscovered())
        lines << tr("What else it reports could not be learned; the console will ask again.");
    return lines.join(u'\n');
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
