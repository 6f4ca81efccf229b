#include "session/Credentials.h"

#include "api/SecretStore.h"
#include "api/UrlPolicy.h"

#include <QTimer>

namespace {

Credentials::Status statusOf(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return Credentials::Status::Ok;
    case SecretStore::Status::NotFound:
        return Credentials::Status::NotFound;
    case SecretStore::Status::NoKeychain:
        return Credentials::Status::NoKeychain;
    case SecretStore::Status::AccessDenied:
        return Credentials::Status::AccessDenied;
    case SecretStore::Status::OtherError:
        break;
    }
    return Credentials::Status::OtherError;
}

} // namespace

Credentials::Credentials(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{ }

void Credentials::read(const QString &key, QObject *context, ReadCallback callback)
{
    if (!m_keychain) {
        QTimer::singleShot(0, context,
            [callback] { callback(Status::NoKeychain, {}, tr("There is no system keychain.")); });
        return;
    }
    m_keychain->read(key, context,
        [callback](SecretStore::Status status, const QString &secret, const QString &message) {
            callback(statusOf(status), secret, message);
        });
}

void Credentials::write(
    const QString &key, const QString &secret, QObject *context, StatusCallback callback)
{
    if (!m_keychain) {
        QTimer::singleShot(0, context,
            [callback] { callback(Status::NoKeychain, tr("There is no system keychain.")); });
        return;
    }
    m_keychain->write(
        key, secret, context, [callback](SecretStore::Status status, const QString &message) {
            callback(statusOf(status), message);
        });
}

void Credentials::readClientSecret(const Profile &profile, QObject *context, ReadCallback callback)
{
    read(profile.secretKey(), context, std::move(callback));
}

void Credentials::checkClientSecret(
    const Profile &profile, QObject *context, StatusCallback callback)
{
    read(profile.secretKey(), context,
        [callback](
            Status status, const QString &, const QString &message) { callback(status, message); });
}

void Credentials::storeClientSecret(
    const Profile &profile, const QString &secret, QObject *context, StatusCallback callback)
{
    write(profile.secretKey(), secret, context, std::move(callback));
}

void Credentials::readRepositoryPassword(
    const RepositorySettings &settings, QObject *context, ReadCallback callback)
{
    read(settings.passwordKey(), context, std::move(callback));
}

void Credentials::storeRepositoryPassword(const RepositorySettings &settings,
    const QString &password, QObject *context, StatusCallback callback)
{
    write(settings.passwordKey(), password, context, std::move(callback));
}

QString Credentials::urlRefusal(const QUrl &url)
{
    return UrlPolicy::refusalReason(url);
}
