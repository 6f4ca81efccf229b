#pragma once

#include "models/Account.h"
#include "models/Profile.h"
#include "models/ProviderCapabilities.h"

#include <QObject>

class ProviderConnection;
class QTimer;
class SecretStore;

// "Test connection" for a profile that has not been saved yet: builds its own
// ProviderConnection from the profile as typed, gets a token, learns what the provider has
// beyond its documented schema (ProviderCapabilities) and asks for the account. Reports once, in
// words: succeeded() with what it could verify (the account's name and services when the
// provider reports them) and what the provider does not report, or failed() with what went
// wrong and what to do. Knows no widgets.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // The longest a whole check (token and account) may take; 15 s unless set.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    // Starts a check, cancelling one still running. The secret is `secret` when not empty,
    // else the one `keychain` holds for the profile (when given), else the sandbox's public
    // demo secret for a demo client on loopback.
    void start(const Profile &profile, const QString &secret, SecretStore *keychain = nullptr);
    // Stops the running check; neither signal follows.
    void cancel();
    bool isRunning() const { return m_connection != nullptr; }

signals:
    // `report`: one sentence a line (report()).
    void succeeded(const QString &report);
    void failed(const QString &message);

public:
    // What a check found, in words: what it verified, then what the provider does not report.
    static QString report(const Account &account, const ProviderCapabilities &capabilities);

private:
    void fetchAccount(const QString &secret);
    void finish();
    // Whether `generation` is still the running check (a stale callback is ignored).
    bool isCurrent(quint64 generation) const { return m_connection && generation == m_generation; }

    ProviderConnection *m_connection = nullptr; // the running check's; deleted when it ends
    QTimer *m_deadline;
    int m_timeoutMs = 15'000;
    quint64 m_generation = 0;
};
