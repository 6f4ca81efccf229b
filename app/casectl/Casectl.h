#pragma once

#include "TerminalOutput.h"
#include "models/ApiError.h"
#include "models/Case.h"
#include "models/OutboxItem.h"
#include "models/Profile.h"
#include "models/ProviderWords.h"
#include "models/RepositoryEntry.h"

#include <QCommandLineParser>
#include <QHash>
#include <QObject>
#include <QTextStream>

#include <memory>
#include <optional>

class ApiReply;
class RepositoryClient;
class Store;
class CasePoller;
class Outbox;
class OutboxStorage;
class ProviderConnection;
class SecretStore;
class RepositoryEntryReply;

// casectl: the provider's case API and the Case Repository from the command line, on
// caseconsole_core. Parses the arguments, runs one command asynchronously and reports its exit
// code through finished().
class Casectl : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Ok = 0, Failure = 1, Usage = 2, Authentication = 3, Server = 4, Network = 5 };

    Casectl(FILE *out, FILE *err, QObject *parent = nullptr);
    ~Casectl() override;

    // Starts the command in `arguments` (argv, including the program name). Returns an exit
    // code when it is already done (help, usage errors, matrix), or -1 when finished() will
    // deliver it.
    int start(const QStringList &arguments);

    static int exitCodeFor(const ApiError &error);

signals:
    void finished(int exitCode);

private:
    int usageError(const QString &message);
    // Prints the error in one line, followed by `then` when given; returns its exit code.
    int fail(const ApiError &error, const QString &then = {});
    void done(int code);
    void connectAndRun(std::function<void()> command);
    // Calls `onSuccess` when `reply` succeeds, ends with its error otherwise.
    void whenDone(ApiReply *reply, std::function<void()> onSuccess);
    // Sends a change as the console does, through the profile's outbox: saved before it is sent,
    // and a send whose answer was lost is looked up on the server before anything is sent again
    // (never a case twice). Calls `onDone` with the confirmed item, or ends with the error; an
    // item whose outcome stays unknown is left for the console to finish.
    void sendThroughOutbox(OutboxItem::Kind kind, const QJsonObject &payload,
        std::function<void(const OutboxItem &)> onDone);

    void runCases();
    void runCase();
    void runCreate();
    void runReply();
    void runReference();
    void runPoll();
    // "capabilities": what the provider has beyond its documented schema, learned when, how
    // (CasectlCapabilities.cpp).
    void runCapabilities();
    // Gives the API the profile's cached capabilities and caches what it learns.
    void useCapabilityCache();
    // "outbox": lists the changes not yet confirmed (every process's); with --reconcile, looks
    // up each one that was sent or is waiting and sends it only if the server does not have it.
    int runOutboxList();
    void runOutboxReconcile();
    void runStoreSecret();
    int runSaveProfile();
    int runMatrix();

    // The Case Repository commands ("status ..." and store-repository-password), in
    // CasectlRepository.cpp. Each returns an exit code when it is already done (usage errors), or
    // -1 when finished() will deliver it.
    int startRepositoryCommand();
    // The profile named by --profile, or the active one; nullopt after a usage error in `code`.
    std::optional<Profile> chosenProfile(int *code);
    // Finds the repository password (CASECTL_REPOSITORY_PASSWORD, the keychain, the sandbox's
    // demo password on loopback), then runs `command`, or ends when there is none.
    void withRepositoryPassword(std::function<void()> command);
    // Ends with the error of a failed entry reply, naming the entry a duplicate key belongs to.
    void failEntry(RepositoryEntryReply *reply);
    int runStatusCreate();
    int runStatusGet();
    int runStatusUpdate();
    int runStatusDelete();
    int runStatusSearch();
    int runStatusHistory();
    int runStoreRepositoryPassword();
    void searchAll(RepositoryQuery query, QList<RepositoryEntry> found);
    void printRepositoryEntry(const RepositoryEntry &entry);
    void printStatusTable(const QList<RepositoryEntry> &entries);

    // The profile's local store (shared with the console), opened on first use; null when it
    // cannot be opened.
    Store *store();
    // One line on stderr for each change an earlier run left "sending" (it was killed
    // mid-send), pointing at 'casectl outbox --reconcile'.
    void reportLeftBehind();
    // --lookup-delay in seconds; nullopt after a usage error (already reported).
    std::optional<int> lookupDelay();
    // With the network down, prints `cases` from the store instead, saying how old they are.
    // Returns false when the store has nothing to show.
    bool answerFromCache(const ApiError &error, const std::function<bool(Store &)> &print);

    // The provider's words (CasectlWords.cpp): the profile's override over what the console or
    // casectl learned (kept in the profile's store) over the default tables.
    const ProviderWords &words();
    // Learns from fetched cases what confirmed messages of ours look like; saves it.
    void learnWordsFrom(const QList<Case> &cases);
    // A confirmed reply or new case: its case, once fetched, shows the provider's words.
    void expectWordsFrom(const OutboxItem &confirmed);
    void keepLearned(const LearnedWords &learned);

    void printCaseTable(const QList<Case> &cases);
    // The status as the engineer reads it, "(closed)" when the provider's words say so.
    QString statusText(const Case &c);
    void printCase(const Case &c);
    void printJson(const QJsonValue &value);

    // Human output shows server text with its control characters escaped (TerminalOutput).
    TerminalOutput m_outDevice;
    TerminalOutput m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_positional;
    ProviderConnection *m_connection;
    SecretStore *m_secrets;
    RepositoryClient *m_repository;
    RepositorySettings m_repositorySettings;
    CasePoller *m_poller = nullptr;
    QHash<QString, Case> m_seen; // poll: what each case looked like last time
    std::unique_ptr<Store> m_store;
    bool m_storeTried = false;
    std::unique_ptr<OutboxStorage> m_outboxStorage;
    Outbox *m_outbox = nullptr;
    ProviderWords m_words;
    bool m_wordsLoaded = false;
};
