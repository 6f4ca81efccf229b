#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
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

    bool isSet(const QString &name) const
    {
        return m_parser.isSet(name) || m_parser.isSet(m_oldNames.value(name, name));
    }
    bool isSet(const char *name) const { return isSet(QLatin1String(name)); }
    QString value(const QString &name) const
    {
        return m_parser.isSet(name) ? m_parser.value(name)
                                    : m_parser.value(m_oldNames.value(name, name));
    }
    QString value(const char *name) const { return value(QLatin1String(name)); }
    // From now on `newName` also answers with what was given as `oldName` (an option renamed,
    // still taken: --client-id for --repository-client in 'status').
    void acceptOldName(const QString &oldName, const QString &newName)
    {
        m_oldNames.insert(newName, oldName);
    }
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
    QHash<QString, QString> m_oldNames; // new name -> old name
};
