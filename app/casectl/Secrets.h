#pragma once

#include <QCoreApplication>

#include <functional>

class CommandContext;

// The secrets casectl needs before it talks to a server, found where the engineer keeps them:
// the environment, then the system keychain (session/Credentials, as the console reads it).
class Secrets
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    // Finds the provider's client secret (CASECTL_CLIENT_SECRET, the keychain), then runs
    // `command`, or ends the run when there is none.
    static void withClientSecret(CommandContext &context, std::function<void()> command);
    // Finds the repository password (CASECTL_REPOSITORY_PASSWORD, the keychain, the sandbox's
    // demo password on loopback), then runs `command`, or ends the run when there is none.
    static void withRepositoryPassword(CommandContext &context, std::function<void()> command);
    // The first line of standard input, trimmed (store-secret, store-repository-password).
    static QString readLine();
};
