#include "api/CaseStreamReader.h"

#include "api/CaseStreamLexer.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace CaseStreamReader {

namespace {

// Texts that repeat from case to case (types, statuses, sites, services) share one QString per
// distinct value instead of one allocation per field: allocation is most of the cost, and a big
// list takes less memory. A small direct-mapped cache keyed by the input bytes.
class SharedTexts
{
public:
    QString get(const JsonLexer::Span &s)
    {
        const qsizetype size = s.end - s.begin;
        if (s.escaped || size > 64)
            return JsonLexer::decode(s);
        std::uint32_t hash = 2166136261U; // FNV-1a
        for (const char *p = s.begin; p < s.end; ++p)
            hash = (hash ^ static_cast<unsigned char>(*p)) * 16777619U;
        Slot &slot = m_slots[hash % m_slots.size()];
        if (slot.size != size || std::memcmp(slot.text, s.begin, size_t(size)) != 0)
            slot = {s.begin, size, JsonLexer::decode(s)};
        return slot.value;
    }

private:
    struct Slot
    {
        const char *text = nullptr; // in the input, which outlives the parse
        qsizetype size = -1;
        QString value;
    };
    std::array<Slot, 251> m_slots;
};

// The string members of T read from JSON; shared: see SharedTexts.
template<typename T>
struct TextField
{
    QByteArrayView name;
    QString T::*member;
    bool shared;
};

constexpr TextField<Case> CaseTexts[]
    = {{"id", &Case::id, false}, {"subject", &Case::subject, true}, {"type", &Case::type, true},
        {"priority", &Case::priority, true}, {"status", &Case::status, true},
        {"origin", &Case::origin, true}, {"customerReference", &Case::customerReference, false}};
constexpr TextField<Communication> CommunicationTexts[]
    = {{"message", &Communication::message, false}, {"type", &Communication::type, true},
        {"sentBy", &Communication::sentBy, true}};

// In the order CaseJson reads them, which decides which error it reports.
constexpr struct
{
    QByteArrayView name;
    Timestamp Case::*member;
} CaseDates[] = {{"createdDate", &Case::createdDate}, {"lastModifiedDate", &Case::lastModifiedDate},
    {"startOfIncident", &Case::startOfIncident}, {"endOfIncident", &Case::endOfIncident}};
constexpr qsizetype DateCount = std::size(CaseDates);

// The objects on the way to the cases.
constexpr const char *Path[] = {"data", "viewer", "account", "cases"};

// The text of an unreadable date, kept until the case is read; then reported in CaseJson's
// order with its message, in its translation context, so both readers say the same.
using DateError = std::optional<QString>;

CaseJson::SkippedCase unreadableDate(const QString &id, QByteArrayView key, const QString &text)
{
    const QLatin1String field(key.data(), key.size());
    return {id, field,
        QCoreApplication::translate("CaseJson", "unreadable date in %1: “%2”").arg(field, text)};
}

// The meaning of the answer on top of the lexer: the path to the cases, each case and
// communication built as the JSON goes by. Every read* below starts on the first character of
// its value and leaves m_p just after it, as the lexer's; false is a malformed answer (m_error).
class Parser : private JsonLexer
{
    Q_DECLARE_TR_FUNCTIONS(CaseStreamReader)

public:
    using JsonLexer::JsonLexer;

    Result run()
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3; // a byte order mark, which QJsonDocument accepts too
        if (!more())
            return {std::nullopt, {}, m_error, false, {}};
        if (*m_p != '{')
            return {std::nullopt, {}, tr("The answer is not a JSON object."), false, {}};
        const bool ok = forEach(1, [&](QByteArrayView key) {
            if (key == "data") {
                m_hasData = true;
                return readPath(2, 0);
            }
            return key == "errors" ? readErrors(2) : skipValue(2);
        });
        skipWhitespace();
        if (ok && m_p != m_end)
            fail(m_p, tr("garbage after the document"));
        if (!m_error.isEmpty())
            return {std::nullopt, {}, m_error, m_hasData, {}};
        return {std::move(m_cases), m_errors, {}, m_hasData, std::move(m_skipped)};
    }

private:
    // Path[level]: an object or null on the way to the cases, or the cases.
    bool readPath(int depth, int level)
    {
        // The last occurrence of a key counts: forget what an earlier one held.
        m_cases.reset();
        m_skipped.clear();
        if (level == 3)
            return readCaseList(depth);
        if (*m_p == 'n')
            return skipLiteral("null");
        if (*m_p != '{')
            return notAnObject(Path[level]);
        return forEach(depth, [&](QByteArrayView key) {
            return key == Path[level + 1] ? readPath(depth + 1, level + 1) : skipValue(depth + 1);
        });
    }

    bool readErrors(int depth)
    {
        m_errors = {};
        if (*m_p == 'n')
            return skipLiteral("null");
        if (*m_p != '[')
            return notAList("errors");
        const char *start = m_p;
        if (!skipValue(depth))
            return false;
        // Errors are few and small: checked above, read by QJsonDocument for the same values.
        QJsonParseError error;
        const QJsonDocument document
            = QJsonDocument::fromJson(QByteArray::fromRawData(start, m_p - start), &error);
        if (error.error != QJsonParseError::NoError)
            return fail(start + error.offset, error.errorString());
        m_errors = document.array();
        return true;
    }

    bool readCaseList(int depth)
    {
        const bool null = *m_p == 'n';
        QList<Case> cases;
        QList<CaseJson::SkippedCase> skipped;
        const bool ok = forEachObject(depth, "cases", [&] {
            // An unreadable case is left out and named; the others are read (as CaseJson).
            Case c;
            std::optional<CaseJson::SkippedCase> unreadable;
            if (!readCase(c, unreadable, depth + 1))
                return false;
            if (unreadable)
                skipped.append(std::move(*unreadable));
            else
                cases.append(std::move(c));
            return true;
        });
        if (ok && !null) {
            m_cases = std::move(cases);
            m_skipped = std::move(skipped);
        }
        return ok;
    }

    bool readCase(Case &c, std::optional<CaseJson::SkippedCase> &unreadable, int depth)
    {
        DateError dates[DateCount], timestamp;
        const bool ok = forEach(depth, [&](QByteArrayView key) {
            for (const auto &field : CaseTexts) {
                if (key == field.name)
                    return readText(c.*field.member, field.shared, depth + 1);
            }
            for (qsizetype i = 0; i < DateCount; ++i) {
                if (key == CaseDates[i].name)
                    return readDate(c.*CaseDates[i].member, dates[i], depth + 1);
            }
            if (key == "communications")
                return readCommunications(c.communications, timestamp, depth + 1);
            if (key == "site")
                return readPair(c.siteId, "siteId", c.siteName, "name", depth + 1, "site");
            if (key == "service") {
                return readPair(
                    c.serviceId, "serviceId", c.serviceName, "serviceName", depth + 1, "service");
            }
            return skipValue(depth + 1);
        });
        if (!ok)
            return false;
        // In CaseJson's order: the id, the case's dates, then the first communication's.
        if (c.id.isEmpty()) {
            unreadable = CaseJson::SkippedCase {QString(), QStringLiteral("id"),
                QCoreApplication::translate("CaseJson", "a case without an id")};
            return true;
        }
        for (qsizetype i = 0; i < DateCount && !unreadable; ++i) {
            if (dates[i])
                unreadable = unreadableDate(c.id, CaseDates[i].name, *dates[i]);
        }
        if (!unreadable && timestamp)
            unreadable = unreadableDate(c.id, "timestamp", *timestamp);
        if (unreadable)
            return true;
        // The provider sends the history oldest first; keep it so even if a reply does not.
        const auto earlier = [](const Communication &a, const Communication &b) {
            return a.timestamp < b.timestamp;
        };
        if (!std::is_sorted(c.communications.cbegin(), c.communications.cend(), earlier))
            std::stable_sort(c.communications.begin(), c.communications.end(), earlier);
        return true;
    }

    // `error` gets the first unreadable timestamp, as CaseJson reports the first.
    bool readCommunications(QList<Communication> &out, DateError &error, int depth)
    {
        out.clear();
        error.reset();
        return forEachObject(depth, "communications", [&] {
            Communication m;
            DateError timestamp;
            const bool ok = forEach(depth + 1, [&](QByteArrayView key) {
                for (const auto &field : CommunicationTexts) {
                    if (key == field.name)
                        return readText(m.*field.member, field.shared, depth + 2);
                }
                if (key == "timestamp")
                    return readDate(m.timestamp, timestamp, depth + 2);
                return skipValue(depth + 2);
            });
            if (timestamp && !error)
                error = std::move(timestamp);
            out.append(std::move(m));
            return ok;
        });
    }

    // site or service (what): two strings, or null.
    bool readPair(QString &first, QByteArrayView firstKey, QString &second,
        QByteArrayView secondKey, int depth, const char *what)
    {
        first.clear();
        second.clear();
        if (*m_p == 'n')
            return skipLiteral("null");
        if (*m_p != '{')
            return notAnObject(what);
        return forEach(depth, [&](QByteArrayView key) {
            if (key == firstKey)
                return readText(first, true, depth + 1);
            if (key == secondKey)
                return readText(second, true, depth + 1);
            return skipValue(depth + 1);
        });
    }

    // A string; anything else (null, a number, ...) reads as empty, as QJsonValue::toString().
    bool readText(QString &out, bool shared, int depth)
    {
        Span span;
        if (*m_p != '"') {
            out.clear();
            return skipValue(depth);
        }
        if (!readString(span))
            return false;
        out = shared ? m_shared.get(span) : decode(span);
        return true;
    }

    bool readDate(Timestamp &out, DateError &error, int depth)
    {
        out = {};
        error.reset();
        if (*m_p == 'n')
            return skipLiteral("null");
        Span span;
        if (*m_p != '"') {
            error = QString(); // CaseJson reads a number's or an object's text as empty
            return skipValue(depth);
        }
        if (!readString(span))
            return false;
        std::optional<Timestamp> t;
        // Short plain dates are widened on the stack: no QString to allocate for each.
        constexpr qsizetype Short = 64;
        const qsizetype size = span.end - span.begin;
        if (!span.escaped && span.ascii && size <= Short) {
            char16_t wide[Short];
            std::copy(span.begin, span.end, wide);
            t = Timestamp::parse(QStringView(wide, size));
        } else {
            t = Timestamp::parse(decode(span));
        }
        if (t)
            out = *t;
        else
            error = decode(span);
        return true;
    }

    std::optional<QList<Case>> m_cases;
    QList<CaseJson::SkippedCase> m_skipped;
    QJsonArray m_errors;
    bool m_hasData = false;
    SharedTexts m_shared;
};

} // namespace

Result read(QByteArrayView responseBody)
{
    return Parser(responseBody).run();
}

} // namespace CaseStreamReader
