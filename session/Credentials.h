#pragma once

#include "models/Profile.h"

#include <QObject>
#include <QString>

#include <functional>

class SecretStore;

// The system keychain as the settings dialogs and the secret prompt use it: a profile's client
// secret and its Case Repository password, by the keys the profile names (Profile::secretKey(),
// RepositorySettings::passwordKey()). Knows no widgets; the keychain itself is api/SecretStore.
// Without a keychain object (null) a read finds nothing and a write is refused.
class Credentials : public QObject
{
    Q_OBJECT

public:
    // What the keychain answered (SecretStore::Status).
    enum class Status {
        Ok,
        NotFound, // no secret stored under this key: ask the engineer
        NoKeychain, // no keychain service is running
        AccessDenied, // the keychain is locked or the engineer refused access
        OtherError,
    };
    Q_ENUM(Status)

    using ReadCallback
        = std::function<void(Status status, const QString &secret, const QString &message)>;
    using StatusCallback = std::function<void(Status status, const QString &message)>;

    explicit Credentials(SecretStore *keychain, QObject *parent = nullptr);

    SecretStore *keychain() const { return m_keychain; }

    // Each calls back once, on this thread, unless `context` was destroyed first.
    void readClientSecret(const Profile &profile, QObject *context, ReadCallback callback);
    // Whether a client secret is stored for the profile; the secret itself is dropped here.
    void checkClientSecret(const Profile &profile, QObject *context, StatusCallback callback);
    void storeClientSecret(
        const Profile &profile, const QString &secret, QObject *context, StatusCallback callback);
    void readRepositoryPassword(
        const RepositorySettings &settings, QObject *context, ReadCallback callback);
    void storeRepositoryPassword(const RepositorySettings &settings, const QString &password,
        QObject *context, StatusCallback callback);

    // Empty when the URL may carry credentials (https anywhere, plain http only to loopback),
    // otherwise a sentence saying why not.
    static QString urlRefusal(const QUrl &url);

private:
    void read(const QString &key, QObject *context, ReadCallback callback);
    void write(
        const QString &key, const QString &secret, QObject *context, StatusCallback callback);

    SecretStore *m_keychain;
};
