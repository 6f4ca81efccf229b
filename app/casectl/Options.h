#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

// casectl's command line: the help text, every option of every command, and what was given.
// casectl's messages keep one translation context, Casectl, whichever class prints them.
class Options
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    Options();

    // False on a malformed command line (errorText() says why).
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_parser.errorText(); }
    QString helpText() const { return m_parser.helpText(); }

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    bool isSet(const char *name) const { return m_parser.isSet(QLatin1String(name)); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QString value(const char *name) const { return m_parser.value(QLatin1String(name)); }
    QStringList optionNames() const { return m_parser.optionNames(); }

    // The command's arguments: what follows its verb ("status get" is a verb of two words).
    QStringList &positional() { return m_positional; }
    const QStringList &positional() const { return m_positional; }

private:
    void describe();
    void addProviderOptions();
    void addRepositoryOptions();
    void addValue(const char *name, const QString &description, const char *valueName);
    void addFlag(const char *name, const QString &description);

    QCommandLineParser m_parser;
    QStringList m_positional;
};
