#include "api/ApiError.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void codes_data();
    void codes();
    void everyCodeTheSandboxDocumentsIsMapped();
    void kindsWithoutCode_data();
    void kindsWithoutCode();
};

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
#include "tst_apierror.moc"
