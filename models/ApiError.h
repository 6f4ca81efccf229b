#pragma once

#include <QMetaType>
#include <QString>

// Every failure of a request to a server, in one type: what went wrong (kind), what the server
// said (HTTP status, GraphQL code, message) and what the engineer can do about it.
class ApiError
{
    Q_GADGET

public:
    // The longest Retry-After the console obeys; a server asking for longer is retried after this.
    static constexpr qint64 MaxRetryAfterSeconds = 60 * 60;

    enum class Kind {
        None, // no error
        InvalidRequest, // refused before sending (bad URL, plain http to a remote host, bad input)
        Network, // no connection, connection dropped, TLS failure
        Timeout, // no complete answer in time
        Http, // an HTTP status without a usable GraphQL body
        Authentication, // credentials refused or token missing/expired
        Authorization, // authenticated, but the client lacks a scope
        Validation, // the server refused the request or its input (GraphQL errors)
        Server, // the server failed (5xx, an unspecified server error)
        MalformedReply, // an answer that is not what the protocol promises
    };
    Q_ENUM(Kind)

    ApiError() = default;
    ApiError(Kind kind, QString serverMessage, int httpStatus = 0, QString code = {});

    // Whether userMessage() has words of its own for this server code.
    static bool isKnownCode(const QString &code);
    static ApiError fromServerCode(
        const QString &code, const QString &serverMessage, int httpStatus = 200);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // The GraphQL extensions.code or OAuth error code, when the server sent one.
    QString code() const { return m_code; }
    QString serverMessage() const { return m_serverMessage; }
    // What happened and what to do, in words for the engineer.
    QString userMessage() const;
    // Words of the caller's own for this error (a client of another service than the
    // provider's), used by userMessage() instead of the code table.
    void setUserMessage(const QString &message) { m_userMessage = message; }
    // Whether sending the same request again may succeed.
    bool isRetryable() const;
    // Seconds the server asked us to wait (Retry-After), or -1; never more than
    // MaxRetryAfterSeconds (a longer wait is capped).
    int retryAfterSeconds() const { return m_retryAfter; }
    void setRetryAfterSeconds(qint64 seconds);
    // Whether the server may have acted on the request although no answer says so (a timeout,
    // a dropped or truncated answer, a server error): a write must then be looked up before
    // it is sent again.
    bool isOutcomeUnknown() const;
    // The provider refused the request for a field or argument it does not have (a GraphQL
    // validation error): `what` names it in words ("the field “priority” on “Case”"), `adapted`
    // says whether the console now leaves it out (an optional part) or cannot do without it
    // (the documented core). userMessage() then says both.
    void setSchemaGap(const QString &what, bool adapted);
    QString schemaGap() const { return m_schemaGap; }
    bool adapted() const { return m_adapted; }
    // The request certainly never reached the server (connection refused, host not found, no
    // token to send it with).
    void setNotDelivered(bool notDelivered) { m_notDelivered = notDelivered; }
    bool isNotDelivered() const { return m_notDelivered; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfter = -1;
    bool m_notDelivered = false;
    bool m_adapted = false;
    QString m_schemaGap;
    QString m_code;
    QString m_serverMessage;
    QString m_userMessage;
};

Q_DECLARE_METATYPE(ApiError)
