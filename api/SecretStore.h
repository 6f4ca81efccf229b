#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Client secrets in the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) through QtKeychain, and nowhere else. Keys name the credential, never
// contain it (Profile::secretKey(): "<clientId>@<token URL>").
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, // no secret stored under this key: ask the engineer
        NoKeychain, // no keychain service is running (e.g. no Secret Service on D-Bus)
        AccessDenied, // the keychain is locked or the engineer refused access
        OtherError,
    };
    Q_ENUM(Status)

    using ReadCallback
        = std::function<void(Status status, const QString &secret, const QString &message)>;
    using WriteCallback = std::function<void(Status status, const QString &message)>;

    explicit SecretStore(
        QString service = QStringLiteral("CaseConsole"), QObject *parent = nullptr);

    // Each calls back once, on this thread, unless `context` was destroyed first.
    void read(const QString &key, QObject *context, ReadCallback callback);
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback callback);
    void remove(const QString &key, QObject *context, WriteCallback callback);

private:
    QString m_service;
};
