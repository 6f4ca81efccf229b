#pragma once

#include <QByteArray>
#include <QString>

// The token endpoint's JSON answer (RFC 6749 sections 5.1 and 5.2), read without the network:
// a pure function of the bytes, which TokenProvider interprets with the HTTP status.
struct TokenAnswer
{
    bool readable = false; // the body is well-formed JSON
    QString parseError; // why not, when not
    QString accessToken; // access_token; empty when absent or not a string
    int expiresIn = 3600; // expires_in in seconds; 3600 when absent or not an int
    QString error; // RFC 6749 section 5.2: error, error_description
    QString errorDescription;
};

TokenAnswer parseTokenAnswer(const QByteArray &body);
