#include "api/TokenAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>

TokenAnswer parseTokenAnswer(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(body, &parseError).object();
    TokenAnswer answer;
    answer.readable = parseError.error == QJsonParseError::NoError;
    if (!answer.readable)
        answer.parseError = parseError.errorString();
    answer.accessToken = json.value(QLatin1String("access_token")).toString();
    answer.expiresIn = json.value(QLatin1String("expires_in")).toInt(3600);
    answer.error = json.value(QLatin1String("error")).toString();
    answer.errorDescription = json.value(QLatin1String("error_description")).toString();
    return answer;
}
