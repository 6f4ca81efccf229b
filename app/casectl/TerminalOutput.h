#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

// casectl's standard output or error: what is written reaches `file` through
// UntrustedText::forTerminal(), so no server text can send control sequences or bidi overrides
// to the terminal, whichever print path it takes. Escaping is switched off for machine output
// (--json, poll's JSON lines), which stays exact.
class TerminalOutput : public QIODevice
{
public:
    explicit TerminalOutput(FILE *file, QObject *parent = nullptr);

    void setEscaping(bool escaping) { m_escaping = escaping; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_file;
    bool m_escaping = true;
    QStringDecoder m_decoder {QStringDecoder::Utf8}; // keeps a character split between writes
};
