#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class CommandContext;
class Options;

// One verb of casectl ("cases", "status get", ...). CommandRunner checks its options and
// arguments, sets up what it needs, then runs it.
// casectl's messages keep one translation context, Casectl, whichever class prints them.
class Command
{
public:
    // What a command needs before it runs; CommandRunner sets it up in this order.
    enum class Needs {
        Nothing, // a local answer
        Profile, // the provider's profile (or --endpoint and --client-id), without its secret
        Provider, // ... with its client secret found, and the cached capabilities in use
        Repository, // the Case Repository and its user (the command finds the password)
    };

    Command(QString verb, QStringList options, Needs needs, std::optional<int> arguments)
        : m_verb(std::move(verb))
        , m_options(std::move(options))
        , m_needs(needs)
        , m_arguments(arguments)
    { }
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    QString verb() const { return m_verb; }
    // The options it takes besides the global ones.
    QStringList options() const { return m_options; }
    virtual Needs needs(const Options &) const { return m_needs; }
    // How many arguments follow the verb, checked before anything is set up; nullopt when the
    // command checks them itself.
    std::optional<int> arguments() const { return m_arguments; }
    // Whether opening the profile's store warns of changes an earlier run left "sending".
    virtual bool warnsOfLeftBehind() const { return true; }

    // Runs the command: returns its exit code, or Exit::Later when it ends through
    // CommandContext::done().
    virtual int run(CommandContext &context) = 0;

private:
    QString m_verb;
    QStringList m_options;
    Needs m_needs;
    std::optional<int> m_arguments;
};
