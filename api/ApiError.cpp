#include "api/ApiError.h"

#include <QCoreApplication>

ApiError::ApiError(Kind kind, QString serverMessage, int httpStatus, QString code)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_code(std::move(code))
    , m_serverMessage(std::move(serverMessage))
{ }

ApiError ApiError::fromGraphQLCode(
    const QString &code, const QString &serverMessage, int httpStatus)
{
    Kind kind = Kind::Validation;
    if (code == QLatin1String("AUTH_NOT_AUTHENTICATED"))
        kind = Kind::Authentication;
    else if (code == QLatin1String("AUTH_NOT_AUTHORIZED"))
        kind = Kind::Authorization;
    else if (code == QLatin1String("INTERNAL_SERVER_ERROR") || httpStatus >= 500)
        kind = Kind::Server;
    return ApiError(kind, serverMessage, httpStatus, code);
}

bool ApiError::isRetryable() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
        return true;
    case Kind::Http:
        return m_httpStatus == 408 || m_httpStatus == 429 || m_httpStatus >= 500;
    case Kind::MalformedReply:
        // A truncated answer is usually a dropped connection.
        return true;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ApiError", text); };
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InvalidRequest:
        return m_serverMessage;
    case Kind::Network:
        return tr("Cannot reach the server. Check your network or VPN connection; the console "
                  "will try again.");
    case Kind::Timeout:
        return tr("The server did not answer in time. The console will try again; if this "
                  "persists, the provider may be having trouble.");
    case Kind::Authentication:
        return tr("The server did not accept the credentials. Check the client id and secret "
                  "in the profile settings.");
    case Kind::Authorization:
        return tr("These credentials are not allowed to do this. Ask the provider for a client "
                  "with the needed scope (for example customerapi/support.read-write).");
    case Kind::Server:
        return tr("The server had a problem handling the request. The console will try again.");
    case Kind::MalformedReply:
        return tr("The server sent an answer the console cannot read. It will try again; if "
                  "this persists, report it to the provider.");
    case Kind::Http:
        if (m_httpStatus == 429)
            return tr("The server asks the console to slow down; it will try again shortly.");
        if (m_httpStatus == 404)
            return tr("The server address was not found. Check the endpoint URL in the profile "
                      "settings.");
        return QCoreApplication::translate("ApiError", "The server answered with HTTP status %1.")
            .arg(m_httpStatus);
    case Kind::Validation:
        if (m_code == QLatin1String("HC0011"))
            return tr("The provider refused the request (HC0011). For an incident, both the "
                      "start and the end of the incident must be given.");
        if (m_serverMessage.isEmpty())
            return tr("The server refused the request.");
        return QCoreApplication::translate("ApiError", "The server refused the request: %1")
            .arg(m_serverMessage);
    }
    return m_serverMessage;
}
