#include "api/GraphQLSchemaError.h"
#include "api/NetworkFailure.h"
#include "models/ApiError.h"

#include <QFile>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

namespace {

// A finished reply as Qt hands it over, for the one case a real server cannot provoke at will:
// Qt reports a body cut short by a closed connection as complete when it notices the close
// while reading (seen under ASan with the sandbox's "drop" fault).
class FinishedReply : public QNetworkReply
{
public:
    FinishedReply(
        const QByteArray &body, const QByteArray &declaredLength, const QByteArray &encoding)
        : m_body(body)
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        if (!declaredLength.isEmpty())
            setRawHeader("Content-Length", declaredLength);
        if (!encoding.isEmpty())
            setRawHeader("Content-Encoding", encoding);
        setHeader(QNetworkRequest::ContentLengthHeader,
            declaredLength.isEmpty() ? QVariant() : QVariant(declaredLength.toLongLong()));
        open(QIODevice::ReadOnly);
        setFinished(true);
    }
    void abort() override { }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(max, m_body.size() - m_read);
        memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

// A reply that failed before any answer, as Qt reports a failed name lookup or a refused
// connection.
class FailedReply : public QNetworkReply
{
public:
    FailedReply(const QUrl &url, NetworkError error, const QString &text)
    {
        setUrl(url);
        setError(error, text);
        open(QIODevice::ReadOnly);
        setFinished(true);
    }
    void abort() override { }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void codes_data();
    void codes();
    void everyCodeTheSandboxDocumentsIsMapped();
    void aMissingFieldIsNamedWithWhatTheConsoleDid();
    void kindsWithoutCode_data();
    void kindsWithoutCode();
    void retryAfter_data();
    void retryAfter();
    void retryAfterIsCappedOnTheError();
    void aBodyShorterThanDeclaredIsBroken_data();
    void aBodyShorterThanDeclaredIsBroken();
    void aFailureBeforeAnyAnswerNamesTheHost_data();
    void aFailureBeforeAnyAnswerNamesTheHost();
};

void TestApiError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds");
    // RFC 9110, 10.2.3: delta-seconds or an HTTP-date; "now" is 1994-11-06 08:49:00 UTC.
    QTest::newRow("delta") << QByteArray("120") << qint64(120);
    QTest::newRow("delta with spaces") << QByteArray(" 7 ") << qint64(7);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("an hour") << QByteArray("3600") << qint64(3600);
    QTest::newRow("over an hour") << QByteArray("3601") << qint64(3600);
    QTest::newRow("3,000,000 s") << QByteArray("3000000") << qint64(3600);
    QTest::newRow("past 64 bits") << QByteArray("99999999999999999999999999") << qint64(3600);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(37);
    QTest::newRow("RFC 850 date") << QByteArray("Sunday, 06-Nov-94 08:51:00 GMT") << qint64(120);
    QTest::newRow("asctime date") << QByteArray("Sun Nov  6 08:50:00 1994") << qint64(60);
    QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << qint64(0);
    QTest::newRow("date next year") << QByteArray("Mon, 06 Nov 1995 08:49:00 GMT") << qint64(3600);
    QTest::newRow("date without GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 CET") << qint64(-1);
    QTest::newRow("date, no such day") << QByteArray("Sun, 31 Nov 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("date, bad month") << QByteArray("Sun, 06 Nox 1994 08:49:37 GMT") << qint64(-1);
}

void TestApiError::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49), Qt::UTC);
    QCOMPARE(NetworkFailure::parseRetryAfter(value, now), seconds);
}

void TestApiError::retryAfterIsCappedOnTheError()
{
    ApiError error(ApiError::Kind::Http, {}, 429);
    QCOMPARE(error.retryAfterSeconds(), -1);
    error.setRetryAfterSeconds(3'000'000);
    QCOMPARE(error.retryAfterSeconds(), 3600);
    error.setRetryAfterSeconds(90);
    QCOMPARE(error.retryAfterSeconds(), 90);
}

void TestApiError::codes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("phrase");

    using K = ApiError::Kind;
    QTest::newRow("HC0011 incident dates")
        << "HC0011"
        << "An error has occurred" << K::Validation << false << "start and the end of the incident";
    QTest::newRow("HC0009") << "HC0009"
                            << "The field `x` does not exist" << K::Validation << false
                            << "does not exist";
    QTest::newRow("HC0013") << "HC0013"
                            << "" << K::Validation << false << "defect";
    QTest::newRow("HC0016") << "HC0016"
                            << "Expected Int" << K::Validation << false << "Expected Int";
    QTest::newRow("HC0018") << "HC0018"
                            << "Variable $id" << K::Validation << false << "Variable $id";
    QTest::newRow("HC0008") << "HC0008"
                            << "Unexpected Execution Error" << K::Server << true
                            << "trying again later";
    QTest::newRow("not authenticated")
        << "AUTH_NOT_AUTHENTICATED"
        << "The current user is not authorized to access this resource." << K::Authentication
        << false << "client id and secret";
    QTest::newRow("not authorized") << "AUTH_NOT_AUTHORIZED"
                                    << "" << K::Authorization << false << "scope";
    QTest::newRow("invalid argument")
        << "INVALID_ARGUMENT"
        << "message must not be empty" << K::Validation << false << "message must not be empty";
    QTest::newRow("type") << "CASE_INVALID_TYPE"
                          << "" << K::Validation << false << "case type";
    QTest::newRow("subject") << "CASE_INVALID_SUBJECT"
                             << "" << K::Validation << false << "subject";
    QTest::newRow("priority") << "CASE_INVALID_PRIORITY"
                              << "" << K::Validation << false << "P3 to P5";
    QTest::newRow("date") << "CASE_INVALID_DATE"
                          << "" << K::Validation << false << "date";
    QTest::newRow("date range") << "CASE_INVALID_DATE_RANGE"
                                << "" << K::Validation << false << "before its start";
    QTest::newRow("service") << "SERVICE_NOT_FOUND"
                             << "" << K::Validation << false << "service";
    QTest::newRow("case") << "CASE_NOT_FOUND"
                          << "" << K::Validation << false << "Refresh";
    QTest::newRow("closed") << "CASE_CLOSED"
                            << "" << K::Validation << false << "new case";
    QTest::newRow("invalid_client") << "invalid_client"
                                    << "" << K::Authentication << false << "credentials";
    QTest::newRow("invalid_scope") << "invalid_scope"
                                   << "" << K::Authorization << false << "scopes";
    QTest::newRow("invalid_request")
        << "invalid_request"
        << "grant_type is missing" << K::Validation << false << "grant_type is missing";
    QTest::newRow("unsupported_grant_type") << "unsupported_grant_type"
                                            << "" << K::Validation << false << "token URL";
    QTest::newRow("unknown code") << "SOMETHING_NEW"
                                  << "Odd thing" << K::Validation << false << "Odd thing";
}

void TestApiError::codes()
{
    QFETCH(QString, code);
    QFETCH(QString, serverMessage);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, retryable);
    QFETCH(QString, phrase);
    const ApiError error = ApiError::fromServerCode(code, serverMessage, 200);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.isRetryable(), retryable);
    QVERIFY2(error.userMessage().contains(phrase), qPrintable(error.userMessage()));
    QVERIFY(!error.userMessage().contains(QLatin1String("%1")));
}

void TestApiError::everyCodeTheSandboxDocumentsIsMapped()
{
    // The sandbox's README lists every code it can send, in two tables: the token endpoint's
    // errors and the GraphQL extensions.code values.
    QFile readme(QStringLiteral(CASECONSOLE_SOURCE_DIR "/sandbox/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype tokenTable = text.indexOf(QLatin1String("Token errors"));
    const qsizetype codeTable = text.indexOf(QLatin1String("**Error codes"));
    QVERIFY(tokenTable > 0 && codeTable > 0);
    const QString tokenSection = text.mid(
        tokenTable, text.indexOf(QLatin1String("Tokens are random"), tokenTable) - tokenTable);
    const QString codeSection
        = text.mid(codeTable, text.indexOf(QLatin1String("**Demo data"), codeTable) - codeTable);
    QStringList codes;
    static const QRegularExpression firstColumn(
        QStringLiteral("^\\| ([^|]+)\\|"), QRegularExpression::MultilineOption);
    static const QRegularExpression quoted(QStringLiteral("`([A-Za-z0-9_]+)`"));
    for (const QString &section : {tokenSection, codeSection}) {
        for (const auto &row : firstColumn.globalMatch(section)) {
            for (const auto &code : quoted.globalMatch(row.captured(1)))
                codes << code.captured(1);
        }
    }
    codes.removeDuplicates();
    QVERIFY2(codes.size() >= 20, qPrintable(codes.join(u' ')));
    for (const QString &code : std::as_const(codes))
        QVERIFY2(ApiError::isKnownCode(code), qPrintable(code));
}

void TestApiError::kindsWithoutCode_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("phrase");
    using K = ApiError::Kind;
    QTest::newRow("network") << K::Network << 0 << true << "network or VPN";
    QTest::newRow("timeout") << K::Timeout << 0 << true << "in time";
    QTest::newRow("server 503") << K::Server << 503 << true << "trying again later";
    QTest::newRow("429") << K::Http << 429 << true << "fewer requests";
    QTest::newRow("404") << K::Http << 404 << false << "endpoint URL";
    QTest::newRow("418") << K::Http << 418 << false << "418";
    QTest::newRow("malformed") << K::MalformedReply << 200 << true << "cannot be read";
}

void TestApiError::kindsWithoutCode()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QFETCH(QString, phrase);
    const ApiError error(kind, QStringLiteral("detail"), status);
    QCOMPARE(error.isRetryable(), retryable);
    QVERIFY2(error.userMessage().contains(phrase), qPrintable(error.userMessage()));
}

QTEST_GUILESS_MAIN(TestApiError)
void TestApiError::aMissingFieldIsNamedWithWhatTheConsoleDid()
{
    // The provider's validation error, as the API annotates it (GraphQLCaseApi::adaptTo).
    ApiError error = ApiError::fromServerCode(QStringLiteral("HC0009"),
        QStringLiteral("Cannot query field \"priority\" on type \"Case\"."), 400);
    const GraphQLSchemaError gap
        = GraphQLSchemaError::read({{QStringLiteral("message"), error.serverMessage()}});
    QVERIFY(gap.isValid());

    error.setSchemaGap(gap.describe(), true);
    QString message = error.userMessage();
    QVERIFY2(message.contains(QStringLiteral("“priority” on “Case”")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("adapted")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("try again")), qPrintable(message));
    QCOMPARE(error.kind(), ApiError::Kind::Validation);

    error.setSchemaGap(
        GraphQLSchemaError::read(
            {{QStringLiteral("message"), QStringLiteral("The argument `subject` does not exist.")}})
            .describe(),
        false);
    message = error.userMessage();
    QVERIFY2(message.contains(QStringLiteral("argument “subject”")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("adapted")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("report this")), qPrintable(message));
    QVERIFY(!error.isRetryable());
}

void TestApiError::aBodyShorterThanDeclaredIsBroken_data()
{
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("broken");
    QTest::newRow("whole") << QByteArray("10") << QByteArray() << false;
    QTest::newRow("cut short") << QByteArray("20") << QByteArray() << true;
    QTest::newRow("cut short, identity") << QByteArray("20") << QByteArray("identity") << true;
    // Qt counts an inflated body, not the bytes the length announced.
    QTest::newRow("compressed") << QByteArray("5") << QByteArray("gzip") << false;
    QTest::newRow("no length") << QByteArray() << QByteArray() << false;
}

void TestApiError::aBodyShorterThanDeclaredIsBroken()
{
    QFETCH(QByteArray, declared);
    QFETCH(QByteArray, encoding);
    QFETCH(bool, broken);
    FinishedReply reply("0123456789", declared, encoding);
    const auto failure = NetworkFailure::of(&reply);
    QCOMPARE(failure.has_value(), broken);
    if (broken) {
        QCOMPARE(failure->kind(), ApiError::Kind::Network);
        QVERIFY(failure->isOutcomeUnknown());
        QVERIFY2(failure->serverMessage().contains(QLatin1String("10")),
            qPrintable(failure->serverMessage()));
    }
}

// Issue 13, defect 12: a DNS failure said "Cannot reach the server" where the host that was not
// found is the useful part.
void TestApiError::aFailureBeforeAnyAnswerNamesTheHost_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("host not found")
        << QUrl(QStringLiteral("https://example.invalid/graphql"))
        << QNetworkReply::HostNotFoundError << "example.invalid not found";
    QTest::newRow("refused") << QUrl(QStringLiteral("https://cases.example.com:8443/graphql"))
                             << QNetworkReply::ConnectionRefusedError
                             << "cases.example.com:8443 refused the connection";
    QTest::newRow("proxy not found") << QUrl(QStringLiteral("https://cases.example.com/graphql"))
                                     << QNetworkReply::ProxyNotFoundError << "proxy";
}

void TestApiError::aFailureBeforeAnyAnswerNamesTheHost()
{
    QFETCH(QUrl, url);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(QString, phrase);
    FailedReply reply(url, error, QStringLiteral("Host %1 not found").arg(url.host()));
    const auto failure = NetworkFailure::of(&reply);
    QVERIFY(failure);
    QCOMPARE(failure->kind(), ApiError::Kind::Network);
    QVERIFY(!failure->isOutcomeUnknown()); // nothing was sent
    QVERIFY2(failure->userMessage().contains(phrase), qPrintable(failure->userMessage()));
    QVERIFY(!failure->userMessage().contains(u'<')); // plain text
}

#include "tst_apierror.moc"
