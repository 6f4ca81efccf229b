#include "TerminalOutput.h"

#include "models/UntrustedText.h"

TerminalOutput::TerminalOutput(FILE *file, QObject *parent)
    : QIODevice(parent)
    , m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    if (!m_escaping) {
        if (std::fwrite(data, 1, size_t(size), m_file) != size_t(size))
            return -1;
    } else {
        const QString text = m_decoder.decode(QByteArrayView(data, size));
        const QByteArray shown = UntrustedText::forTerminal(text).toUtf8();
        if (std::fwrite(shown.constData(), 1, size_t(shown.size()), m_file) != size_t(shown.size()))
            return -1;
    }
    std::fflush(m_file);
    return size;
}
