#pragma once

#include "commands/Command.h"

#include <QString>

#include <map>
#include <memory>

// Every verb casectl knows, and the command that does it.
class CommandRegistry
{
public:
    CommandRegistry();
    ~CommandRegistry();

    // Null for an unknown verb.
    Command *find(const QString &verb) const;
    QStringList verbs() const;

private:
    void add(std::unique_ptr<Command> command);

    std::map<QString, std::unique_ptr<Command>> m_commands;
};
