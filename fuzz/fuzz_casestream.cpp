// The case stream reader (api/CaseStreamReader) against the reference, QJsonDocument +
// CaseJson::parseCases: every answer the reader accepts must be JSON the reference reads, with
// the same errors, the same cases, field for field, and the same cases left out, with the same
// reasons. Anything the reader refuses must come back empty.

#include "FuzzSupport.h"
#include "api/CaseJson.h"
#include "api/CaseStreamReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

namespace {

QString describe(const QList<Case> &cases)
{
    QJsonArray array;
    for (const Case &c : cases)
        array.append(CaseJson::toJson(c));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CaseStreamReader::Result actual = CaseStreamReader::read(bytes);
    if (!actual.error.isEmpty()) {
        FUZZ_CHECK(
            !actual.cases && actual.errors.isEmpty() && actual.skipped.isEmpty(), actual.error);
        return 0;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    FUZZ_CHECK(parseError.error == QJsonParseError::NoError, parseError.errorString());
    FUZZ_CHECK(document.isObject(), QString());
    const QJsonObject root = document.object();
    FUZZ_CHECK(actual.hasData == root.contains(QLatin1String("data")), QString());
    FUZZ_CHECK(actual.errors == root.value(QLatin1String("errors")).toArray(), QString());

    const QJsonValue cases = root.value(QLatin1String("data"))
                                 .toObject()
                                 .value(QLatin1String("viewer"))
                                 .toObject()
                                 .value(QLatin1String("account"))
                                 .toObject()
                                 .value(QLatin1String("cases"));
    FUZZ_CHECK(actual.cases.has_value() == cases.isArray(), QString());
    if (!actual.cases) {
        FUZZ_CHECK(actual.skipped.isEmpty(), QString());
        return 0;
    }
    QList<CaseJson::SkippedCase> skipped;
    const QList<Case> expected = CaseJson::parseCases(cases.toArray(), &skipped);
    FUZZ_CHECK(*actual.cases == expected,
        describe(*actual.cases) + QStringLiteral("\n  !=\n") + describe(expected));
    FUZZ_CHECK(actual.skipped == skipped, QString());
    for (const CaseJson::SkippedCase &s : skipped)
        FUZZ_CHECK(!s.reason.isEmpty() && !s.field.isEmpty(), s.id);
    return 0;
}
