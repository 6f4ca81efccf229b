#include "api/CaseJson.h"
#include "api/CaseStreamReader.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

// CaseStreamReader against the reference, QJsonDocument + CaseJson::parseCases: the same cases,
// errors and messages on every well-formed answer; a clean failure on every malformed one.
class TestCaseStreamReader : public QObject
{
    Q_OBJECT

private slots:
    void sameAsCaseJson_data();
    void sameAsCaseJson();
    void malformed_data();
    void malformed();
    void truncatedAtEveryByte();
    void corruptedAtEveryByte();
    void hasData();
    void deepNesting();
    void unreadableCaseIsLeftOut();
};

namespace {

struct Outcome
{
    bool wellFormed = false;
    std::optional<QList<Case>> cases;
    QJsonArray errors;
    QString error;
    QList<CaseJson::SkippedCase> skipped;
};

Outcome reference(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {false, std::nullopt, {}, parseError.errorString(), {}};
    const QJsonObject root = document.object();
    const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
    const QJsonValue cases = root.value(QLatin1String("data"))
                                 .toObject()
                                 .value(QLatin1String("viewer"))
                                 .toObject()
                                 .value(QLatin1String("account"))
                                 .toObject()
                                 .value(QLatin1String("cases"));
    if (!cases.isArray())
        return {true, std::nullopt, errors, {}, {}};
    QList<CaseJson::SkippedCase> skipped;
    auto parsed = CaseJson::parseCases(cases.toArray(), &skipped);
    return {true, std::move(parsed), errors, {}, std::move(skipped)};
}

QByteArray wrap(const QByteArray &cases)
{
    return R"({"data":{"viewer":{"account":{"cases":[)" + cases + "]}}}}";
}

// A case as the provider sends it; `extra` (",\"key\":value...") goes last, so its keys win.
QByteArray caseJson(const QByteArray &id, const QByteArray &extra = {})
{
    return R"({"id":")" + id + R"(","subject":"Line down","type":"Incident",)"
        + R"("priority":"P1","status":"InProgress","origin":"Portal",)"
        + R"("createdDate":"2026-10-01T08:00:07.1234567+00:00","customerReference":"INC1",)"
        + R"("lastModifiedDate":"2026-10-01T09:00:00Z","startOfIncident":"2026-10-01T07:55:00+02:00",)"
        + R"("endOfIncident":null,"communications":[{"message":"Hello","type":"CustomerMessage",)"
        + R"("timestamp":"2026-10-01T08:00:07.1234567+00:00","sentBy":"Ann"},{"message":"On it",)"
        + R"("type":"ProviderMessage","timestamp":"2026-10-01T08:05:00Z","sentBy":null}],)"
        + R"("site":{"siteId":"S1","name":"Rotterdam"},"service":{"serviceId":"SVC-1",)"
        + R"("serviceName":"Internet"})" + extra + "}";
}

// Cases written by CaseJson::toJson, so by QJsonDocument's writer.
QByteArray generated(QJsonDocument::JsonFormat format)
{
    QJsonArray cases;
    for (int i = 0; i < 4; ++i) {
        Case c;
        c.id = QStringLiteral("CS-%1").arg(i);
        c.subject = QStringLiteral("Größe 😀 \"quoted\" \\ / tab\t newline\n bell\x07 %1").arg(i);
        c.type = QStringLiteral("Incident");
        c.priority = QStringLiteral("P%1").arg(1 + i);
        c.status = QStringLiteral("New");
        c.origin = QStringLiteral("Api");
        c.customerReference = i % 2 ? QString() : QStringLiteral("REF-%1").arg(i);
        c.createdDate = Timestamp::fromTicks(17'000'000'000'000'000LL + i, 3600);
        c.lastModifiedDate = Timestamp::fromTicks(17'000'000'000'000'000LL + 99 * i, -19800);
        if (i % 2)
            c.startOfIncident = c.createdDate;
        c.serviceId = QStringLiteral("SVC-%1").arg(i);
        c.serviceName = QStringLiteral("Internet 500M");
        if (i != 2) {
            c.siteId = QStringLiteral("SITE-%1").arg(i);
            c.siteName = QStringLiteral("Zürich — 日本");
        }
        for (int m = 0; m < i; ++m) {
            Communication k;
            k.message = QStringLiteral("Message %1 of case %2: ä ö ü ß € 😀").arg(m).arg(i);
            k.type = QStringLiteral("ProviderMessage");
            k.timestamp = Timestamp::fromTicks(17'000'000'000'000'000LL + m * 10);
            k.sentBy = m % 2 ? QStringLiteral("NOC") : QString();
            c.communications.append(k);
        }
        cases.append(CaseJson::toJson(c));
    }
    const QJsonObject account {{QStringLiteral("cases"), cases}};
    const QJsonObject viewer {{QStringLiteral("account"), account}};
    const QJsonObject data {{QStringLiteral("viewer"), viewer}};
    return QJsonDocument(QJsonObject {{QStringLiteral("data"), data}}).toJson(format);
}

void compareCases(const QList<Case> &actual, const QList<Case> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        // The JSON form first, for a readable difference.
        QCOMPARE(QJsonDocument(CaseJson::toJson(actual[i])).toJson(QJsonDocument::Compact),
            QJsonDocument(CaseJson::toJson(expected[i])).toJson(QJsonDocument::Compact));
        QVERIFY(actual[i] == expected[i]);
    }
}

} // namespace

void TestCaseStreamReader::sameAsCaseJson_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray one = caseJson("CS-1");
    const QByteArray errors
        = R"("errors":[{"message":"Not authorized \"x\"","path":["viewer",)"
          R"("account"],"extensions":{"code":"AUTH_NOT_AUTHORIZED","n":-1.5e3}}])";

    QTest::newRow("generated, compact") << generated(QJsonDocument::Compact);
    QTest::newRow("generated, indented") << generated(QJsonDocument::Indented);
    QTest::newRow("one case") << wrap(one);
    QTest::newRow("three cases") << wrap(one + "," + caseJson("CS-2") + "," + caseJson("CS-3"));
    QTest::newRow("escapes") << wrap(caseJson(
        "CS-\\\"1\\\"", R"(,"subject":"a\"b\\c\/d\be\ff\ng\rh\ti\u0041\u00e4\u20ac\u0000")"));
    QTest::newRow("unicode") << wrap(caseJson(
        "CS-ä", ",\"message\":1,\"subject\":\"ä 😀 \\ud83d\\ude00 \\u00E4 日本 \\uD83D\\uDE00x\""));
    QTest::newRow("nulls") << wrap(R"({"id":"CS-1","subject":null,"type":null,"priority":null,)"
                                   R"("status":null,"origin":null,"createdDate":null,)"
                                   R"("customerReference":null,"lastModifiedDate":null,)"
                                   R"("startOfIncident":null,"endOfIncident":null,)"
                                   R"("communications":[{"message":null,"type":null,)"
                                   R"("timestamp":null,"sentBy":null}],"site":null,)"
                                   R"("service":{"serviceId":null,"serviceName":null}})");
    QTest::newRow("only an id") << wrap(R"({"id":"CS-1"})");
    QTest::newRow("odd key order") << R"({"extensions":{"cost":1},)" + errors
            + R"(,"data":{"viewer":{"account":{"cases":[)"
            + R"({"service":{"serviceName":"I","serviceId":"S"},"communications":[],)"
            + R"("site":{"name":"R","siteId":"1"},"endOfIncident":"2026-10-01T09:00:00Z","id":"X"}]}}}})";
    const QByteArray unknown
        = R"(,"__typename":"Case","extra":{"a":[1,-2.5e+10,0.5,-0,1E-2,true,false,null,)"
          R"({"b":"\"}]","id":"not this"}],"c":{},"d":[[],[[]],{}]},"empty":"")";
    QTest::newRow("unknown fields everywhere")
        << R"({"extensions":{"tracing":{"version":1,"list":[{"x":[]}]}},)"
           R"("data":{"meta":{"viewer":{"account":{"cases":[]}}},"viewer":{"id":7,"account":)"
           R"({"name":"ACME","cases":[)"
            + caseJson("CS-1", unknown)
            + R"(,{"id":"CS-2","communications":[{"x":{"timestamp":"bad"},"message":"m",)"
              R"("timestamp":"2026-10-01T08:00:00Z","y":[1,2]}],"site":{"siteId":"S",)"
              R"("city":{"n":"x"},"name":"N"},"service":{"extra":null,"serviceId":"V"}}]},)"
              R"("more":"x"},"other":[1,2,3]}})";
    QTest::newRow("numbers at a double's limits") << wrap(caseJson("CS-1",
        R"(,"x":[1e308,-4.9e-324,0e99999,1.7976931348623157e308,-0.0e-400],"y":1)"
            + QByteArray(300, '0')));
    QTest::newRow("empty cases") << wrap({});
    QTest::newRow("cases null, with errors")
        << R"({"data":{"viewer":{"account":{"cases":null}}},)" + errors + "}";
    QTest::newRow("data null, with errors") << "{" + errors + R"(,"data":null})";
    QTest::newRow("partial: account null")
        << R"({"data":{"viewer":{"account":null}},)" + errors + "}";
    QTest::newRow("partial: no account") << R"({"data":{"viewer":{}},)" + errors + "}";
    QTest::newRow("errors only") << "{" + errors + "}";
    QTest::newRow("errors null") << QByteArray(R"({"errors":null,"data":null})");
    QTest::newRow("cases and errors")
        << "{" + errors + R"(,"data":{"viewer":{"account":)" + R"({"cases":[)" + one + "]}}}}";
    QTest::newRow("unsorted communications")
        << wrap(R"({"id":"CS-1","communications":[)"
                R"({"message":"c","timestamp":"2026-10-01T10:00:00Z"},)"
                R"({"message":"a","timestamp":"2026-10-01T10:00:00+02:00"},)"
                R"({"message":"tie 1","timestamp":"2026-10-01T09:00:00Z"},)"
                R"({"message":"no date","timestamp":null},)"
                R"({"message":"tie 2","timestamp":"2026-10-01T11:00:00+02:00"},)"
                R"({"message":"b","timestamp":"2026-10-01T08:30:00.0000001Z"}]})");
    QTest::newRow("communications null") << wrap(R"({"id":"CS-1","communications":null})");
    QTest::newRow("escaped keys") << wrap(
        R"({"\u0069d":"CS-9","s\u0075bject":"S","site":{"site\u0049d":"X","n\u0061me":"N"}})");
    QTest::newRow("duplicate keys") << QByteArray(
        R"({"data":{"viewer":{"account":{"cases":[{"id":"x"}]}}},"data":{"viewer":)"
        R"({"account":{"cases":[{"id":"A","id":"B","site":{"siteId":"S1","name":"N"},)"
        R"("site":{"name":"M"},"communications":[{"message":"gone","timestamp":"bad"}],)"
        R"("communications":[{"message":"kept","message":"last"}],)"
        R"("createdDate":"bad","createdDate":"2026-10-01T08:00:00Z"}]}}}})");
    QTest::newRow("whitespace and BOM")
        << QByteArray("\xEF\xBB\xBF \r\n\t{ \"data\" :\r\n { \"viewer\"\t: { \"account\" : { "
                      "\"cases\" : [ { \"id\" : \"CS-1\" , \"communications\" : [ { \"message\" "
                      ": \"m\" } ] } ] } } } }\n\t ");
    QTest::newRow("other types read as empty")
        << wrap(R"({"id":"CS-1","subject":42,"priority":true,"origin":{"x":"y"},"status":[1],)"
                R"("communications":[{"sentBy":[1],"message":false}],"site":{"siteId":1}})");
    QTest::newRow("dates") << wrap(
        R"({"id":"CS-1","createdDate":"2026-11-22T09:31Z","lastModifiedDate":" 2026-11-22 09:31:07,5-05:30 ",)"
        R"("startOfIncident":"2026-11-22T09:31:07.123456789z","endOfIncident":"2026-11-22T09:31:07\u005A",)"
        R"("communications":[{"timestamp":"2026-11-22T09:31:07.12345678901234567890123456789012345678901234567890Z"},)"
        R"({"timestamp":"2024-02-29t00:00:00+0100"}]})");
    QTest::newRow("long strings") << wrap(caseJson("CS-1",
        ",\"subject\":\"" + QByteArray(1000, 'a') + "\\\"" + QByteArray(7, 'b') + "\\n"
            + QByteArray(9, 'c') + "é" + QByteArray(15, 'd') + "\""));

    QTest::newRow("every date form") << wrap(
        R"({"id":"CS-1","createdDate":"2026-11-22","lastModifiedDate":"2026-11-22T09:31:07+01",)"
        R"("startOfIncident":"2026-11-22T09:31-0530","endOfIncident":"2026-11-22 09:31:07.5Z",)"
        R"("communications":[{"timestamp":"2026-11-22T09:31:07,123456789-14:00"}]})");
    QTest::newRow("non-ASCII digits")
        << wrap("{\"id\":\"CS-1\",\"createdDate\":\"\u0662\u0660\u0662\u0666-11-22\"},"
                "{\"id\":\"CS-2\",\"createdDate\":\"\uFF12\uFF10\uFF12\uFF16-11-22\"}");

    // Unreadable cases: CaseJson's field and message, word for word.
    QTest::newRow("unreadable createdDate") << wrap(caseJson("CS-1", R"(,"createdDate":"x")"));
    QTest::newRow("unreadable escaped date")
        << wrap(R"({"id":"1","lastModifiedDate":"2026-13-01\u0054\n"})");
    QTest::newRow("date is a number") << wrap(R"({"id":"1","endOfIncident":5})");
    QTest::newRow("date is an object") << wrap(R"({"id":"1","startOfIncident":{"a":1}})");
    QTest::newRow("dates in CaseJson's order")
        << wrap(R"({"endOfIncident":"e","communications":[{"timestamp":"t"}],)"
                R"("startOfIncident":"s","id":"1"})");
    QTest::newRow("first unreadable timestamp")
        << wrap(R"({"id":"1","communications":[{"timestamp":"2026-10-01T08:00:00Z"},)"
                R"({"timestamp":"one"},{"timestamp":"two"}]})");
    QTest::newRow("no id") << wrap(R"({"subject":"s","createdDate":"bad"})");
    QTest::newRow("empty id") << wrap(R"({"id":""})");
    QTest::newRow("null id") << wrap(R"({"id":null})");
    QTest::newRow("numeric id") << wrap(R"({"id":12})");
    QTest::newRow("bad case after good ones, with errors") << "{" + errors
            + R"(,"data":{"viewer":{"account":{"cases":[)" + one + "," + caseJson("CS-2")
            + R"(,{"id":""},)" + caseJson("CS-3", R"(,"createdDate":"x")") + "]}}}}";
}

void TestCaseStreamReader::sameAsCaseJson()
{
    QFETCH(QByteArray, body);
    const Outcome expected = reference(body);
    // Every row is JSON that QJsonDocument reads; some hold a case CaseJson refuses.
    QVERIFY2(expected.wellFormed, qPrintable(expected.error));
    const CaseStreamReader::Result actual = CaseStreamReader::read(body);
    QCOMPARE(actual.error, expected.error);
    QCOMPARE(actual.errors, expected.errors);
    QCOMPARE(actual.cases.has_value(), expected.cases.has_value());
    if (expected.cases)
        compareCases(*actual.cases, *expected.cases);
    QCOMPARE(actual.skipped.size(), expected.skipped.size());
    for (qsizetype i = 0; i < actual.skipped.size(); ++i) {
        QCOMPARE(actual.skipped[i].id, expected.skipped[i].id);
        QCOMPARE(actual.skipped[i].field, expected.skipped[i].field);
        QCOMPARE(actual.skipped[i].reason, expected.skipped[i].reason);
    }
}

void TestCaseStreamReader::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    const auto inCase
        = [](const QByteArray &members) { return wrap(R"({"id":"CS-1",)" + members + "}"); };
    const auto inString
        = [&](const QByteArray &text) { return inCase(R"("subject":")" + text + "\""); };
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\t ");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("string") << QByteArray(R"("data")");
    QTest::newRow("trailing junk") << wrap({}) + "x";
    QTest::newRow("two documents") << wrap({}) + "{}";
    QTest::newRow("trailing comma") << wrap({}) + ",";
    QTest::newRow("NUL after") << wrap({}) + QByteArray(1, '\0');
    QTest::newRow("\\x") << inString("\\x");
    QTest::newRow("\\U0041") << inString("\\U0041");
    QTest::newRow("\\u12G4") << inString("\\u12G4");
    QTest::newRow("\\u12") << inString("\\u12");
    QTest::newRow("\\ at the end") << inString("\\");
    QTest::newRow("\\' ") << inString("\\'");
    QTest::newRow("lone high surrogate") << inString("\\ud83d");
    QTest::newRow("high surrogate, then text") << inString("\\ud83dabcdefgh");
    QTest::newRow("high surrogate, then \\u0041") << inString("\\ud83d\\u0041");
    QTest::newRow("two high surrogates") << inString("\\ud83d\\ud83d");
    QTest::newRow("lone low surrogate") << inString("\\ude00");
    QTest::newRow("control character") << inString("a\x01z");
    QTest::newRow("raw newline") << inString("a\nz");
    QTest::newRow("raw tab") << inString("a\tz");
    QTest::newRow("raw NUL") << inString(QByteArray("a\0z", 3));
    QTest::newRow("control char in a key") << wrap(R"({"i\x1fd":"1"})");
    QTest::newRow("lone UTF-8 lead") << inString("a\xC3");
    QTest::newRow("lone continuation") << inString("\x80");
    QTest::newRow("overlong") << inString("\xC0\x80");
    QTest::newRow("overlong 3 bytes") << inString("\xE0\x80\xAF");
    QTest::newRow("UTF-8 surrogate") << inString("\xED\xA0\x80");
    QTest::newRow("beyond U+10FFFF") << inString("\xF4\x90\x80\x80");
    QTest::newRow("F5") << inString("\xF5\x80\x80\x80");
    QTest::newRow("FF") << inString("\xFF");
    QTest::newRow("bad UTF-8 in a skipped value") << inCase("\"x\":[\"\xC3(\"]");
    QTest::newRow("unterminated string") << QByteArray(R"({"data":"abc)");
    QTest::newRow("trailing comma in object") << inCase(R"("subject":"x",)");
    QTest::newRow("trailing comma in array") << wrap(caseJson("1") + ",");
    QTest::newRow("missing colon") << inCase(R"("subject" "x")");
    QTest::newRow("missing comma") << inCase(R"("subject":"x" "type":"y")");
    QTest::newRow("single quotes") << inCase(R"('subject':'x')");
    QTest::newRow("unquoted key") << inCase(R"(subject:"x")");
    QTest::newRow("leading zero") << inCase(R"("x":01)");
    QTest::newRow("1.") << inCase(R"("x":1.)");
    QTest::newRow(".5") << inCase(R"("x":.5)");
    QTest::newRow("minus alone") << inCase(R"("x":-)");
    QTest::newRow("1e") << inCase(R"("x":1e)");
    QTest::newRow("1e+") << inCase(R"("x":1e+)");
    QTest::newRow("+1") << inCase(R"("x":+1)");
    QTest::newRow("NaN") << inCase(R"("x":NaN)");
    QTest::newRow("hex") << inCase(R"("x":0x10)");
    QTest::newRow("tru") << inCase(R"("x":tru)");
    QTest::newRow("nul") << inCase(R"("x":nul})");
    QTest::newRow("Null") << inCase(R"("subject":Null)");
    QTest::newRow("truex") << inCase(R"("x":truex)");
    QTest::newRow("missing value") << inCase(R"("x":)");
    QTest::newRow("unbalanced") << inCase(R"("x":[})");
    QTest::newRow("comment") << inCase(R"("x":1 /* c */)");
    QTest::newRow("cases is an object")
        << QByteArray(R"({"data":{"viewer":{"account":{"cases":{}}}}})");
    QTest::newRow("cases is a string")
        << QByteArray(R"({"data":{"viewer":{"account":{"cases":"x"}}}})");
    QTest::newRow("a case is a number") << wrap("1");
    QTest::newRow("a case is null") << wrap("null");
    QTest::newRow("communications is a string") << inCase(R"("communications":"x")");
    QTest::newRow("communications is an object") << inCase(R"("communications":{})");
    QTest::newRow("a communication is a number") << inCase(R"("communications":[1])");
    QTest::newRow("a communication is null") << inCase(R"("communications":[null])");
    QTest::newRow("site is a string") << inCase(R"("site":"x")");
    QTest::newRow("service is a list") << inCase(R"("service":[])");
    QTest::newRow("data is a number") << QByteArray(R"({"data":5})");
    QTest::newRow("data is a list") << QByteArray(R"({"data":[]})");
    QTest::newRow("viewer is true") << QByteArray(R"({"data":{"viewer":true}})");
    QTest::newRow("account is a string") << QByteArray(R"({"data":{"viewer":{"account":"x"}}})");
    QTest::newRow("errors is an object") << QByteArray(R"({"errors":{},"data":null})");
    QTest::newRow("errors is a string") << QByteArray(R"({"errors":"x","data":null})");
    QTest::newRow("bad JSON in errors") << QByteArray(R"({"errors":[{"message":"x"]})");
    QTest::newRow("number too big in errors") << QByteArray(R"({"errors":[1e999],"data":null})");
    // Found by fuzz_casestream: QJsonDocument refuses what a double cannot hold, anywhere.
    QTest::newRow("number too big, skipped") << QByteArray(R"({"":666E66666})");
    QTest::newRow("number too big in a case") << inCase(R"("x":{"y":[-1.5e309]},"subject":"s")");
    QTest::newRow("number too small in a case") << inCase(R"("subject":2e-324)");
    QTest::newRow("integer too long")
        << QByteArray(R"({"data":null,"n":1)" + QByteArray(400, '0') + "}");
}

void TestCaseStreamReader::malformed()
{
    QFETCH(QByteArray, body);
    const CaseStreamReader::Result result = CaseStreamReader::read(body);
    QVERIFY2(!result.error.isEmpty(), body.constData());
    QVERIFY(!result.cases.has_value());
    QVERIFY(result.errors.isEmpty());
}

void TestCaseStreamReader::truncatedAtEveryByte()
{
    const QByteArray body = R"({"errors":[{"message":"x\"y","n":-1.5e3,"ok":true,"no":false}],)"
                            R"("data":{"viewer":{"account":{"cases":[)"
        + caseJson("CS-1", ",\"subject\":\"ä 😀 \\ud83d\\ude00 \\u00e4 \\n\",\"x\":[null,0,{}]")
        + "]}}}}";
    QVERIFY(CaseStreamReader::read(body).error.isEmpty());
    for (qsizetype size = 0; size < body.size(); ++size) {
        // An exact-size heap copy, so that reading past it is caught by AddressSanitizer.
        const std::unique_ptr<char[]> bytes(new char[size_t(size)]);
        std::memcpy(bytes.get(), body.constData(), size_t(size));
        const auto result = CaseStreamReader::read(QByteArrayView(bytes.get(), size));
        QVERIFY2(!result.error.isEmpty(), qPrintable(QString::number(size)));
        QVERIFY(!result.cases.has_value());
        // Where it stopped: the end of the input, or a position inside it.
        QVERIFY2(result.error.contains(QLatin1String("byte ")), qPrintable(result.error));
    }
}

// Every byte replaced in turn by a few others: never a crash, and whenever the reader succeeds
// the reference agrees exactly; whenever the reference fails the reader fails too.
void TestCaseStreamReader::corruptedAtEveryByte()
{
    const QByteArray base = R"({"errors":[{"message":"x","n":12}],"data":{"viewer":{"account":)"
                            R"({"cases":[)"
        + caseJson("CS-1", R"(,"subject":"\u00e4\n","x":[true,null,-0.5e1])") + "]}}}}";
    const QByteArray replacements("\"\\{}[],:0-e \x01\xC3nt/u5");
    int agreed = 0;
    for (qsizetype i = 0; i < base.size(); ++i) {
        for (const char r : replacements) {
            QByteArray body = base;
            body[i] = r;
            const std::unique_ptr<char[]> bytes(new char[size_t(body.size())]);
            std::memcpy(bytes.get(), body.constData(), size_t(body.size()));
            const auto actual = CaseStreamReader::read(QByteArrayView(bytes.get(), body.size()));
            const Outcome expected = reference(body);
            if (!expected.error.isEmpty())
                QVERIFY2(!actual.error.isEmpty(), body.constData());
            if (!actual.error.isEmpty())
                continue;
            QVERIFY2(expected.error.isEmpty(), body.constData());
            QCOMPARE(actual.errors, expected.errors);
            QCOMPARE(actual.cases.has_value(), expected.cases.has_value());
            if (actual.cases)
                compareCases(*actual.cases, *expected.cases);
            QVERIFY(actual.skipped == expected.skipped);
            ++agreed;
        }
    }
    QVERIFY(agreed > 0);
}

void TestCaseStreamReader::hasData()
{
    QVERIFY(!CaseStreamReader::read(R"({"errors":[{"message":"x"}]})").hasData);
    QVERIFY(!CaseStreamReader::read(R"({})").hasData);
    const auto null = CaseStreamReader::read(R"({"data":null})");
    QVERIFY(null.hasData);
    QVERIFY(null.error.isEmpty());
    QVERIFY(!null.cases);
    const auto empty = CaseStreamReader::read(wrap({}));
    QVERIFY(empty.hasData);
    QVERIFY(empty.cases && empty.cases->isEmpty());
}

void TestCaseStreamReader::deepNesting()
{
    const auto nested = [](int depth) {
        return R"({"data":{"x":)" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}}";
    };
    QVERIFY(CaseStreamReader::read(nested(500)).error.isEmpty());
    const auto deep = CaseStreamReader::read(nested(100'000));
    QVERIFY(deep.error.contains(QLatin1String("nesting")));
    const auto open = CaseStreamReader::read(R"({"x":)" + QByteArray(100'000, '['));
    QVERIFY(!open.error.isEmpty());
}

// One unreadable date fails that case alone: the cases around it are read, it is named.
void TestCaseStreamReader::unreadableCaseIsLeftOut()
{
    const QByteArray body = R"({"errors":[{"message":"x"}],"data":{"viewer":{"account":{"cases":[)"
        + caseJson("CS-1") + "," + caseJson("CS-2", R"(,"lastModifiedDate":"2026-11-22T25:00Z")")
        + "," + R"({"subject":"no id"},)" + caseJson("CS-3") + ","
        + caseJson("CS-4", R"(,"communications":[{"message":"m","timestamp":"٢٠٢٦-11-22"}])")
        + "]}}}}";
    const CaseStreamReader::Result result = CaseStreamReader::read(body);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.cases);
    QCOMPARE(result.cases->size(), 2);
    QCOMPARE(result.cases->at(0).id, QStringLiteral("CS-1"));
    QCOMPARE(result.cases->at(1).id, QStringLiteral("CS-3"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.skipped.size(), 3);
    QCOMPARE(result.skipped[0].id, QStringLiteral("CS-2"));
    QCOMPARE(result.skipped[0].field, QStringLiteral("lastModifiedDate"));
    QVERIFY(result.skipped[0].reason.contains(QLatin1String("2026-11-22T25:00Z")));
    QCOMPARE(result.skipped[1].id, QString());
    QCOMPARE(result.skipped[1].field, QStringLiteral("id"));
    QCOMPARE(result.skipped[2].id, QStringLiteral("CS-4"));
    QCOMPARE(result.skipped[2].field, QStringLiteral("timestamp"));
    QVERIFY(CaseJson::parseCases(QJsonDocument::fromJson(body)
                                     .object()
                                     .value(QLatin1String("data"))
                                     .toObject()
                                     .value(QLatin1String("viewer"))
                                     .toObject()
                                     .value(QLatin1String("account"))
                                     .toObject()
                                     .value(QLatin1String("cases"))
                                     .toArray())
        == *result.cases);
}

QTEST_GUILESS_MAIN(TestCaseStreamReader)
#include "tst_casestreamreader.moc"
