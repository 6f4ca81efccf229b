#pragma once

#include "api/CaseJson.h"
#include "models/Case.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

// Reads a whole RetrieveUpdatedCases (or RetrieveCase) answer, the raw UTF-8 body, straight into
// Case values in one pass: no QJsonDocument is built for the cases, so it takes less time than
// QJsonDocument::fromJson alone and needs no DOM in memory (figures: bench/bench_parse).
//
// The cases come out as CaseJson::parseCases makes them (same fields, absent or null dates are
// invalid Timestamps, a case without an id or with an unreadable date is left out and listed in
// `skipped` with the same field and message). The JSON is checked strictly (RFC 8259, UTF-8; lone
// surrogates and raw control characters in strings are refused, unlike QJsonDocument; numbers a
// double cannot hold, such as 1e999, are refused, as QJsonDocument does), and so are the shapes on
// the way to the cases: data, viewer, account, site and service must be objects or null, errors,
// cases and communications arrays or null, each case and communication an object. Scalar fields of
// another type than string read as empty, as CaseJson does. Unknown keys are skipped at any depth;
// when a key appears twice the last one counts, as in QJsonObject. Repeated short texts (type,
// status, site, service, ...) share one implicitly shared QString across the cases.
//
// A pure function of its input: safe to call from any thread, several at once.
namespace CaseStreamReader {

struct Result
{
    // data.viewer.account.cases; nullopt when it, or any object on the way, is absent or null,
    // and when `error` is set. Without the cases that cannot be read: see `skipped`.
    std::optional<QList<Case>> cases;
    // The top-level `errors`, as sent; empty when absent or null.
    QJsonArray errors;
    // Non-empty when the body is not well-formed JSON or does not have the shapes above.
    // `errors` is still filled when the JSON itself is well formed.
    QString error;
    // The top-level `data` key is present (an object or null): with `errors` empty and this
    // false the answer is neither data nor errors.
    bool hasData = false;
    // The cases left out of `cases` (a missing id, an unreadable date), in order, as
    // CaseJson::parseCases lists them; empty whenever `cases` is nullopt.
    QList<CaseJson::SkippedCase> skipped;
};

Result read(QByteArrayView responseBody);

} // namespace CaseStreamReader
