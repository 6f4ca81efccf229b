// The token endpoint's answer (api/TokenAnswer): any body, never a crash or a sanitizer report;
// what it reads agrees with QJsonDocument's view of the same bytes.

#include "FuzzSupport.h"
#include "api/TokenAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const TokenAnswer answer = parseTokenAnswer(bytes);
    FUZZ_CHECK(answer.readable == answer.parseError.isEmpty(), answer.parseError);
    if (!answer.readable) {
        FUZZ_CHECK(answer.accessToken.isEmpty() && answer.error.isEmpty(), QString());
        FUZZ_CHECK(answer.expiresIn == 3600, QString());
        return 0;
    }
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    const QJsonValue token = json.value(QLatin1String("access_token"));
    FUZZ_CHECK(answer.accessToken == (token.isString() ? token.toString() : QString()), QString());
    const QJsonValue expires = json.value(QLatin1String("expires_in"));
    if (!expires.isDouble())
        FUZZ_CHECK(answer.expiresIn == 3600, QString());
    return 0;
}
