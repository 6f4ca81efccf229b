#include "api/SecretStore.h"

#include "api/Logging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::NoKeychain;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::AccessDenied;
    default:
        return SecretStore::Status::OtherError;
    }
}

QString messageFor(SecretStore::Status status, const QString &backendMessage)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return {};
    case SecretStore::Status::NotFound:
        return SecretStore::tr("No client secret is stored in the system keychain for this "
                               "profile.");
    case SecretStore::Status::NoKeychain:
        return SecretStore::tr("No system keychain is available (on Linux: no Secret Service "
                               "such as GNOME Keyring or KWallet is running). The client secret "
                               "cannot be stored; you can enter it for this session only.");
    case SecretStore::Status::AccessDenied:
        return SecretStore::tr("The system keychain is locked or refused access. Unlock it and "
                               "try again, or enter the secret for this session only.");
    case SecretStore::Status::OtherError:
        return SecretStore::tr("The system keychain reported an error: %1").arg(backendMessage);
    }
    return backendMessage;
}

// QtKeychain's libsecret backend reports a missing session bus or Secret Service as OtherError
// with GDBus's message; classify it by the message so the engineer gets the right advice.
SecretStore::Status refine(SecretStore::Status status, const QString &backendMessage)
{
    if (status != SecretStore::Status::OtherError)
        return status;
    if (backendMessage.contains(QLatin1String("org.freedesktop.secrets"))
        || backendMessage.contains(QLatin1String("ServiceUnknown"))
        || backendMessage.contains(QLatin1String("No keychain service"))
        || backendMessage.contains(QLatin1String("not provided by any .service"))
        || backendMessage.contains(QLatin1String("Could not connect"))
        || backendMessage.contains(QLatin1String("Cannot autolaunch D-Bus")))
        return SecretStore::Status::NoKeychain;
    return status;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

namespace {

// Runs a keychain job and calls back once with its classified outcome, unless `context` died.
// The job has no parent and deletes itself when it finishes: deleting a running job (as a
// destroyed parent would) crashes when the libsecret backend answers afterwards.
template<typename Callback>
void runJob(QKeychain::Job *job, const QString &key, QObject *context, Callback callback)
{
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, guard, callback](QKeychain::Job *) {
        if (!guard)
            return;
        const SecretStore::Status status = refine(statusOf(job->error()), job->errorString());
        if (status != SecretStore::Status::Ok && status != SecretStore::Status::NotFound)
            qCWarning(lcAuth) << "keychain job failed:" << status << job->errorString();
        callback(status, messageFor(status, job->errorString()));
    });
    job->start();
}

} // namespace

void SecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    runJob(job, key, context, [job, callback](Status status, const QString &message) {
        callback(status, status == Status::Ok ? job->textData() : QString(), message);
    });
}

void SecretStore::write(
    const QString &key, const QString &secret, QObject *context, WriteCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    runJob(job, key, context, callback);
}

void SecretStore::remove(const QString &key, QObject *context, WriteCallback callback)
{
    runJob(new QKeychain::DeletePasswordJob(m_service), key, context, callback);
}
