#include "Output.h"

#include "ExitCode.h"
#include "models/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

Output::Output(FILE *out, FILE *err)
    : m_outDevice(out)
    , m_errDevice(err)
    , m_out(&m_outDevice)
    , m_err(&m_errDevice)
{ }

void Output::error(const QString &line)
{
    m_err << "casectl: " << line << Qt::endl;
}

int Output::usageError(const QString &message)
{
    error(message);
    return Exit::Usage;
}

int Output::fail(const ApiError &error, const QString &then)
{
    QString line = error.userMessage();
    QStringList details;
    if (!error.code().isEmpty())
        details << error.code();
    if (error.httpStatus() > 0 && error.httpStatus() != 200)
        details << QStringLiteral("HTTP %1").arg(error.httpStatus());
    if (!error.serverMessage().isEmpty() && error.kind() != ApiError::Kind::InvalidRequest
        && !line.contains(error.serverMessage()))
        details << error.serverMessage();
    if (!details.isEmpty())
        line += QStringLiteral(" (%1)").arg(details.join(QStringLiteral("; ")));
    if (!then.isEmpty())
        line += u' ' + then;
    this->error(line.simplified());
    return Exit::codeFor(error);
}

void Output::printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented);
}

void Output::flush()
{
    m_out.flush();
    m_err.flush();
}
