#include "models/CaseTypeMatrix.h"

#include <QFile>
#include <QTest>

class TestCaseTypeMatrix : public QObject
{
    Q_OBJECT

private slots:
    void builtInMatchesTheProviderArticle();
    void cells_data();
    void cells();
    void rejectsBrokenData_data();
    void rejectsBrokenData();
};

void TestCaseTypeMatrix::builtInMatchesTheProviderArticle()
{
    const CaseTypeMatrix &m = CaseTypeMatrix::builtIn();
    QCOMPARE(m.types().size(), 2);
    const auto *incident = m.type(QStringLiteral("Incident"));
    const auto *general = m.type(QStringLiteral("NonIncident"));
    QVERIFY(incident && general);
    QCOMPARE(incident->priorities, QStringLiteral("P1 P2 P3 P4 P5").split(u' '));
    QCOMPARE(general->priorities, QStringLiteral("P3 P4 P5").split(u' '));
    QCOMPARE(incident->subjects.size(), 4);
    QCOMPARE(general->subjects.size(), 7);
    QVERIFY(incident->requiresIncidentDates);
    QVERIFY(!general->requiresIncidentDates);
    QCOMPARE(m.typeLabel(QStringLiteral("NonIncident")), QStringLiteral("General request"));
    QCOMPARE(m.subjectLabel(QStringLiteral("RfoRequest")), QStringLiteral("RFO request"));
    QCOMPARE(m.subjectLabel(QStringLiteral("Unknown")), QStringLiteral("Unknown"));
}

void TestCaseTypeMatrix::cells_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("priorityAllowed");
    QTest::addColumn<bool>("subjectAllowed");
    QTest::newRow("incident P1 down") << "Incident"
                                      << "P1"
                                      << "ServiceDown" << true << true;
    QTest::newRow("incident P5 rfo") << "Incident"
                                     << "P5"
                                     << "RfoRequest" << true << true;
    QTest::newRow("incident with a general subject") << "Incident"
                                                     << "P2"
                                                     << "ChangeRequest" << true << false;
    QTest::newRow("general P2") << "NonIncident"
                                << "P2"
                                << "Other" << false << true;
    QTest::newRow("general P3 dispatch") << "NonIncident"
                                         << "P3"
                                         << "EngineerDispatch" << true << true;
    QTest::newRow("general with an incident subject") << "NonIncident"
                                                      << "P4"
                                                      << "ServiceDown" << true << false;
    QTest::newRow("unknown type") << "Problem"
                                  << "P3"
                                  << "Other" << false << false;
}

void TestCaseTypeMatrix::cells()
{
    QFETCH(QString, type);
    QFETCH(QString, priority);
    QFETCH(QString, subject);
    QFETCH(bool, priorityAllowed);
    QFETCH(bool, subjectAllowed);
    const CaseTypeMatrix &m = CaseTypeMatrix::builtIn();
    QCOMPARE(m.allowsPriority(type, priority), priorityAllowed);
    QCOMPARE(m.allowsSubject(type, subject), subjectAllowed);
}

void TestCaseTypeMatrix::rejectsBrokenData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{types:");
    QTest::newRow("no types") << QByteArray(R"({"types":[]})");
    QTest::newRow("type without subjects")
        << QByteArray(R"({"types":[{"id":"Incident","priorities":["P1"],"subjects":[]}]})");
    QTest::newRow("default priority not allowed")
        << QByteArray(R"({"types":[{"id":"X","priorities":["P3"],"defaultPriority":"P1",)"
                      R"("subjects":[{"id":"Other"}]}]})");
}

void TestCaseTypeMatrix::rejectsBrokenData()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!CaseTypeMatrix::fromJson(json, &error).has_value());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCaseTypeMatrix)
#include "tst_casetypematrix.moc"
