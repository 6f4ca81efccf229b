#pragma once

#include "TerminalOutput.h"

#include <QTextStream>

#include <cstdio>

class ApiError;
class QJsonValue;

// casectl's standard output and error, and the ways it reports: a usage error, an API error in
// one line, JSON. Human output shows server text with its control characters escaped
// (TerminalOutput); JSON is exact.
class Output
{
public:
    Output(FILE *out, FILE *err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void setEscaping(bool escaping) { m_outDevice.setEscaping(escaping); }

    // "casectl: <line>" on standard error.
    void error(const QString &line);
    // Reports a usage error; returns Exit::Usage.
    int usageError(const QString &message);
    // Prints the error in one line, followed by `then` when given; returns its exit code.
    int fail(const ApiError &error, const QString &then = {});
    // An array or an object, indented.
    void printJson(const QJsonValue &value);
    void flush();

private:
    TerminalOutput m_outDevice;
    TerminalOutput m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
};
