#include "models/ApiError.h"

#include <QCoreApplication>
#include <QHash>

#include <span>

namespace {

// What each server code means for the engineer. Codes are the provider's GraphQL
// extensions.code values (HotChocolate's HCxxxx and the provider's own; sandbox/README.md lists
// them) and the OAuth 2.0 token errors of RFC 6749.
struct CodeInfo
{
    ApiError::Kind kind;
    const char *message; // translated in userMessage(); %1 is the server's message
};

// One server code and what it means; the tables below hold them by family.
struct CodeEntry
{
    const char *code;
    ApiError::Kind kind;
    const char *message; // as CodeInfo::message
};

using K = ApiError::Kind;

// HotChocolate. HC0011 on createCase is the provider's known incident-date issue; the
// client never sends a syntax error, so the incident reading is the useful one.
constexpr CodeEntry HotChocolateCodes[] = {
    {"HC0011", K::Validation,
        QT_TRANSLATE_NOOP("ApiError",
            "The provider refused the request (HC0011). For an incident, "
            "both the start and the end of the incident must be given.")},
    {"HC0009", K::Validation,
        QT_TRANSLATE_NOOP("ApiError",
            "The provider rejected the request as invalid: %1. The console "
            "and the provider's API may be out of step; report this.")},
    {"HC0013", K::Validation,
        QT_TRANSLATE_NOOP("ApiError",
            "The request reached the provider without a query. This is a "
            "defect in the console; please report it.")},
    {"HC0016", K::Validation,
        QT_TRANSLATE_NOOP("ApiError", "A value in the request has the wrong form: %1")},
    {"HC0018", K::Validation,
        QT_TRANSLATE_NOOP("ApiError", "A required value is missing from the request: %1")},
    {"HC0008", K::Server,
        QT_TRANSLATE_NOOP("ApiError",
            "The provider failed while handling the request; trying again later may "
            "help.")},
    {"INTERNAL_SERVER_ERROR", K::Server,
        QT_TRANSLATE_NOOP("ApiError",
            "The provider failed while handling the request; trying again later may "
            "help.")},
};

// Authentication and authorization.
constexpr CodeEntry AccessCodes[] = {
    {"AUTH_NOT_AUTHENTICATED", K::Authentication,
        QT_TRANSLATE_NOOP("ApiError",
            "The provider did not accept the access token. Check the "
            "client id and secret in the profile settings.")},
    {"AUTH_NOT_AUTHORIZED", K::Authorization,
        QT_TRANSLATE_NOOP("ApiError",
            "These credentials are not allowed to do this. Ask the "
            "provider for a client with the needed scope (for example "
            "customerapi/support.read-write).")},
};

// The provider's case rules.
constexpr CodeEntry CaseRuleCodes[] = {
    {"INVALID_ARGUMENT", K::Validation,
        QT_TRANSLATE_NOOP("ApiError", "The provider refused a value: %1")},
    {"CASE_INVALID_TYPE", K::Validation,
        QT_TRANSLATE_NOOP("ApiError",
            "The provider does not know this case type. Choose Incident or "
            "General request.")},
    {"CASE_INVALID_SUBJECT", K::Validation,
        QT_TRANSLATE_NOOP("ApiError",
            "This subject is not allowed for the case type. Choose one of "
            "the subjects the form offers.")},
    {"CASE_INVALID_PRIORITY", K::Validation,
        QT_TRANSLATE_NOOP("ApiError",
            "This priority is not allowed for the case type (general "
            "requests take P3 to P5).")},
    {"CASE_INVALID_DATE", K::Validation,
        QT_TRANSLATE_NOOP("ApiError",
            "A date is not in a form the provider accepts. Check the start "
            "and end of the incident.")},
    {"CASE_INVALID_DATE_RANGE", K::Validation,
        QT_TRANSLATE_NOOP("ApiError",
            "The end of the incident is before its start. Correct one of "
            "them.")},
    {"SERVICE_NOT_FOUND", K::Validation,
        QT_TRANSLATE_NOOP("ApiError",
            "The provider does not know this service. Refresh the account's "
            "services and choose again.")},
    {"CASE_NOT_FOUND", K::Validation,
        QT_TRANSLATE_NOOP(
            "ApiError", "The provider does not know this case. Refresh the case list.")},
    {"CASE_CLOSED", K::Validation,
        QT_TRANSLATE_NOOP("ApiError",
            "This case is closed and takes no more replies. Open a new case "
            "instead.")},
};

// OAuth 2.0 token endpoint (RFC 6749, section 5.2).
constexpr CodeEntry OAuthCodes[] = {
    {"invalid_client", K::Authentication,
        QT_TRANSLATE_NOOP("ApiError",
            "The server did not accept the credentials. Check the client "
            "id and secret in the profile settings.")},
    {"unauthorized_client", K::Authentication,
        QT_TRANSLATE_NOOP("ApiError",
            "This client may not use client credentials. Ask the "
            "provider to enable it.")},
    {"invalid_scope", K::Authorization,
        QT_TRANSLATE_NOOP("ApiError",
            "The client is not allowed the requested scopes. Remove the "
            "scopes from the profile, or ask the provider to grant them.")},
    {"invalid_request", K::Validation,
        QT_TRANSLATE_NOOP(
            "ApiError", "The token server refused the request: %1. Check the token URL.")},
    {"unsupported_grant_type", K::Validation,
        QT_TRANSLATE_NOOP("ApiError",
            "The token server does not offer client credentials. Check the "
            "token URL.")},
    {"invalid_grant", K::Authentication,
        QT_TRANSLATE_NOOP("ApiError",
            "The token server refused the grant. Check the client id and "
            "secret.")},
};

constexpr std::span<const CodeEntry> CodeFamilies[]
    = {HotChocolateCodes, AccessCodes, CaseRuleCodes, OAuthCodes};

const QHash<QString, CodeInfo> &codeTable()
{
    static const QHash<QString, CodeInfo> table = [] {
        QHash<QString, CodeInfo> codes;
        for (const std::span<const CodeEntry> family : CodeFamilies) {
            for (const CodeEntry &entry : family)
                codes.insert(QString::fromLatin1(entry.code), {entry.kind, entry.message});
        }
        return codes;
    }();
    return table;
}

} // namespace

ApiError::ApiError(Kind kind, QString serverMessage, int httpStatus, QString code)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_code(std::move(code))
    , m_serverMessage(std::move(serverMessage))
{ }

ApiError ApiError::fromServerCode(const QString &code, const QString &serverMessage, int httpStatus)
{
    const auto it = codeTable().constFind(code);
    Kind kind = it != codeTable().cend() ? it->kind : Kind::Validation;
    if (it == codeTable().cend() && httpStatus >= 500)
        kind = Kind::Server;
    return ApiError(kind, serverMessage, httpStatus, code);
}

void ApiError::setRetryAfterSeconds(qint64 seconds)
{
    m_retryAfter = seconds < 0 ? -1 : int(qMin(seconds, MaxRetryAfterSeconds));
}

void ApiError::setSchemaGap(const QString &what, bool adapted)
{
    m_schemaGap = what;
    m_adapted = adapted;
}

bool ApiError::isKnownCode(const QString &code)
{
    return codeTable().contains(code);
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

bool ApiError::isOutcomeUnknown() const
{
    if (m_notDelivered)
        return false;
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::MalformedReply:
    case Kind::Server:
        return true;
    case Kind::Network:
        return true;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ApiError", text); };
    if (!m_userMessage.isEmpty())
        return m_userMessage;
    if (!m_schemaGap.isEmpty()) {
        if (m_adapted)
            return tr("The provider does not have %1. The console has adapted and no longer asks "
                      "for it; try again.")
                .arg(m_schemaGap);
        return tr("The provider does not have %1, which the console cannot do without (it is "
                  "part of the provider's documented API); report this to the provider.")
            .arg(m_schemaGap);
    }
    if (const auto it = codeTable().constFind(m_code); it != codeTable().cend()) {
        QString message = tr(it->message);
        if (message.contains(QLatin1String("%1")))
            message = message.arg(m_serverMessage.isEmpty() ? m_code : m_serverMessage);
        return message;
    }
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InvalidRequest:
        return m_serverMessage;
    case Kind::Network:
        return tr("Cannot reach the server. Check your network or VPN connection.");
    case Kind::Timeout:
        return tr("The server did not answer in time; if this persists, the provider may be having "
                  "trouble.");
    case Kind::Authentication:
        return tr("The server did not accept the credentials. Check the client id and secret "
                  "in the profile settings.");
    case Kind::Authorization:
        return tr("These credentials are not allowed to do this. Ask the provider for a client "
                  "with the needed scope (for example customerapi/support.read-write).");
    case Kind::Server:
        return tr("The server had a problem handling the request; trying again later may help.");
    case Kind::MalformedReply:
        return tr("The server sent an answer that cannot be read; if this persists, report it to "
                  "the provider.");
    case Kind::Http:
        if (m_httpStatus == 429)
            return tr("The server asks for fewer requests for a while (rate limit).");
        if (m_httpStatus == 404)
            return tr("The server address was not found. Check the endpoint URL in the profile "
                      "settings.");
        return tr("The server answered with HTTP status %1.").arg(m_httpStatus);
    case Kind::Validation:
        if (m_serverMessage.isEmpty())
            return tr("The server refused the request.");
        return tr("The server refused the request: %1").arg(m_serverMessage);
    }
    return m_serverMessage;
}
