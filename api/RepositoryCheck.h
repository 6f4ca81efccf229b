#pragma once

#include "models/Profile.h"

#include <QObject>

class RepositoryClient;
class QNetworkAccessManager;
class SecretStore;

// "Test" for a profile's Case Repository as typed, not yet saved: searches it for one entry with
// the password given, else the sandbox demo user's on loopback, else the one `keychain` holds.
// Reports once, in words: succeeded() with the number of entries, or failed() with what went
// wrong. Knows no widgets.
class RepositoryCheck : public QObject
{
    Q_OBJECT

public:
    explicit RepositoryCheck(QObject *parent = nullptr);
    ~RepositoryCheck() override;

    // Starts a check, cancelling one still running.
    void start(const RepositorySettings &settings, const QString &password, SecretStore *keychain);
    // Stops the running check; neither signal follows.
    void cancel();

signals:
    void succeeded(int entries);
    void failed(const QString &message);

private:
    void search(const QString &password, quint64 generation);

    QNetworkAccessManager *m_network;
    RepositoryClient *m_client = nullptr; // the running check's
    quint64 m_generation = 0;
};
