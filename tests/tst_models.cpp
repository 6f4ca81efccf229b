// The thread model and the case filter proxy, each under QAbstractItemModelTester.

#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/CommunicationThreadModel.h"
#include "models/ProviderWords.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

namespace {

Communication message(const QString &text, const QString &when)
{
    return {
        text, QStringLiteral("ProviderMessage"), *Timestamp::parse(when), QStringLiteral("NOC")};
}

CaseSummary summary(const QString &id, const QString &status, const QString &type,
    const QString &priority, const QString &service, bool unread = false)
{
    CaseSummary c;
    c.id = id;
    c.subject = type == QLatin1String("Incident") ? QStringLiteral("ServiceDown")
                                                  : QStringLiteral("ChangeRequest");
    c.type = type;
    c.priority = priority;
    c.status = status;
    c.serviceId = service;
    c.serviceName = service + QStringLiteral(" Internet 500M");
    c.customerReference = QStringLiteral("REF-") + id;
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T10:00:00Z");
    c.seenModified = unread ? Timestamp() : c.lastModifiedDate;
    c.communicationCount = 2;
    c.seenCommunicationCount = unread ? 1 : 2;
    return c;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void threadShowsACaseAndFlagsWhatIsNew();
    void threadAppendsOnlyWhatAPollAdds();
    void proxyFilters();
    void aProviderWithoutPrioritiesOrNames();
    void pollKeepsTheSelectionThroughTheProxy();
    void textFilterOnASortedView();
    void threadTellsSidesApartInEitherVocabulary_data();
    void threadTellsSidesApartInEitherVocabulary();
    void threadTakesNewWordsInPlace();
    void listReadsStatusesInEitherVocabulary_data();
    void listReadsStatusesInEitherVocabulary();
    void listTakesNewWordsInPlaceAndKnowsItsStatuses();
    void proxyFiltersOnSetsOfStatusesAndServices();
    void listKnowsItsServicesAsCasesArrive();
};

void TestModels::threadShowsACaseAndFlagsWhatIsNew()
{
    CommunicationThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThread(QStringLiteral("CS-1"),
        {message(QStringLiteral("one"), QStringLiteral("2026-11-20T08:00:00Z")),
            message(QStringLiteral("two"), QStringLiteral("2026-11-20T09:00:00Z")),
            message(QStringLiteral("three"), QStringLiteral("2026-11-20T10:00:00Z")),
            {QStringLiteral("our reply"), QStringLiteral("CustomerMessage"),
                *Timestamp::parse(QStringLiteral("2026-11-20T11:00:00Z")), QStringLiteral("Ann")}},
        2);
    QCOMPARE(model.rowCount(), 4);
    // What we wrote ourselves is never news, however recent.
    QCOMPARE(model.index(3).data(CommunicationThreadModel::IsNewRole).toBool(), false);
    QCOMPARE(model.index(0).data(CommunicationThreadModel::MessageRole).toString(),
        QStringLiteral("one"));
    QCOMPARE(model.index(1).data(CommunicationThreadModel::IsNewRole).toBool(), false);
    QCOMPARE(model.index(2).data(CommunicationThreadModel::IsNewRole).toBool(), true);
    QCOMPARE(model.index(2).data(CommunicationThreadModel::IsFromProviderRole).toBool(), true);
    QCOMPARE(model.index(2).data(CommunicationThreadModel::TimestampRole).toDateTime(),
        QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
}

void TestModels::threadAppendsOnlyWhatAPollAdds()
{
    CommunicationThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Communication> first {
        message(QStringLiteral("one"), QStringLiteral("2026-11-20T08:00:00Z"))};
    model.setThread(QStringLiteral("CS-1"), first, 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // The next poll returns the whole history again plus two messages.
    QList<Communication> again = first;
    again << message(QStringLiteral("two"), QStringLiteral("2026-11-20T09:00:00Z"))
          << message(QStringLiteral("three"), QStringLiteral("2026-11-20T10:00:00Z"));
    QCOMPARE(model.merge(QStringLiteral("CS-1"), again), 2);
    QCOMPARE(model.merge(QStringLiteral("CS-1"), again), 0);
    QCOMPARE(model.merge(QStringLiteral("CS-2"), again), 0); // another case: ignored
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("three"));
    QVERIFY(model.index(1).data(CommunicationThreadModel::IsNewRole).toBool());
}

void TestModels::proxyFilters()
{
    CaseListModel source;
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    source.upsert(
        {summary(QStringLiteral("CS-1"), QStringLiteral("New"), QStringLiteral("Incident"),
             QStringLiteral("P1"), QStringLiteral("SVC-A"), true),
            summary(QStringLiteral("CS-2"), QStringLiteral("InProgress"),
                QStringLiteral("Incident"), QStringLiteral("P3"), QStringLiteral("SVC-B")),
            summary(QStringLiteral("CS-3"), QStringLiteral("Closed"), QStringLiteral("NonIncident"),
                QStringLiteral("P4"), QStringLiteral("SVC-A")),
            summary(QStringLiteral("CS-4"), QStringLiteral("New"), QStringLiteral("NonIncident"),
                QStringLiteral("P5"), QStringLiteral("SVC-B"), true)});
    const auto ids = [&proxy] {
        QStringList found;
        for (int row = 0; row < proxy.rowCount(); ++row)
            found << proxy.index(row, 0).data(CaseListModel::CaseIdRole).toString();
        found.sort();
        return found.join(u',');
    };
    QCOMPARE(ids(), QStringLiteral("CS-1,CS-2,CS-3,CS-4"));
    proxy.setStatuses({QStringLiteral("New")});
    QCOMPARE(ids(), QStringLiteral("CS-1,CS-4"));
    proxy.setTypes({QStringLiteral("Incident")});
    QCOMPARE(ids(), QStringLiteral("CS-1"));
    proxy.setStatuses({});
    proxy.setTypes({});
    proxy.setPriorities({QStringLiteral("P3"), QStringLiteral("P4")});
    QCOMPARE(ids(), QStringLiteral("CS-2,CS-3"));
    proxy.setPriorities({});
    proxy.setServiceIds({QStringLiteral("SVC-A")});
    QCOMPARE(ids(), QStringLiteral("CS-1,CS-3"));
    proxy.setServiceIds({});
    proxy.setUnreadOnly(true);
    QCOMPARE(ids(), QStringLiteral("CS-1,CS-4"));
    proxy.setUnreadOnly(false);
    proxy.setText(QStringLiteral("ref-cs-3"));
    QCOMPARE(ids(), QStringLiteral("CS-3"));
    proxy.setText(QStringLiteral("change request")); // the subject's label
    QCOMPARE(ids(), QStringLiteral("CS-3,CS-4"));
    proxy.setText({});
    proxy.setSearchHits(QSet<QString> {QStringLiteral("CS-2"), QStringLiteral("CS-4")});
    QVERIFY(proxy.isSearching());
    QCOMPARE(ids(), QStringLiteral("CS-2,CS-4"));
    proxy.setSearchHits(std::nullopt);
    QCOMPARE(ids(), QStringLiteral("CS-1,CS-2,CS-3,CS-4"));
    // Sorting by priority goes by rank, not by text.
    proxy.sort(CaseListModel::PriorityColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(CaseListModel::CaseIdRole).toString(), QStringLiteral("CS-1"));
    QCOMPARE(proxy.index(3, 0).data(CaseListModel::CaseIdRole).toString(), QStringLiteral("CS-4"));
    // Text columns sort by what is shown: "General request" before "Incident".
    proxy.sort(CaseListModel::TypeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, CaseListModel::TypeColumn).data().toString(),
        QStringLiteral("General request"));
    proxy.sort(CaseListModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(
        proxy.index(0, CaseListModel::StatusColumn).data().toString(), QStringLiteral("Closed"));
    QCOMPARE(proxy.index(3, CaseListModel::StatusColumn).data().toString(), QStringLiteral("New"));
}

void TestModels::aProviderWithoutPrioritiesOrNames()
{
    // docs/provider-compatibility.md: no priority on cases shows "—" and filters as the
    // profile's default (else the matrix's default for the type); no names shows the account's
    // names for the ids, else the ids.
    CaseListModel source;
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaseSummary bare = summary(QStringLiteral("CS-1"), QStringLiteral("New"),
        QStringLiteral("Incident"), QString(), QStringLiteral("SVC-A"));
    bare.serviceName.clear();
    bare.siteId = QStringLiteral("SITE-1");
    source.upsert({bare,
        summary(QStringLiteral("CS-2"), QStringLiteral("New"), QStringLiteral("Incident"),
            QStringLiteral("P1"), QStringLiteral("SVC-B"))});
    const int row = source.rowOf(QStringLiteral("CS-1"));
    const auto shown = [&](int column) { return source.index(row, column).data().toString(); };
    QCOMPARE(shown(CaseListModel::PriorityColumn), QStringLiteral("—"));
    QCOMPARE(shown(CaseListModel::ServiceColumn), QStringLiteral("SVC-A"));
    QCOMPARE(shown(CaseListModel::SiteColumn), QStringLiteral("SITE-1"));

    QSignalSpy changed(&source, &QAbstractItemModel::dataChanged);
    source.setKnownNames({{QStringLiteral("SVC-A"), QStringLiteral("Internet Paris")}},
        {{QStringLiteral("SITE-1"), QStringLiteral("Paris HQ")}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(shown(CaseListModel::ServiceColumn), QStringLiteral("Internet Paris"));
    QCOMPARE(shown(CaseListModel::SiteColumn), QStringLiteral("Paris HQ"));
    // A case's own name wins over the account's.
    QCOMPARE(source.index(source.rowOf(QStringLiteral("CS-2")), CaseListModel::ServiceColumn)
                 .data()
                 .toString(),
        QStringLiteral("SVC-B Internet 500M"));

    const auto ids = [&proxy] {
        QStringList found;
        for (int r = 0; r < proxy.rowCount(); ++r)
            found << proxy.index(r, 0).data(CaseListModel::CaseIdRole).toString();
        found.sort();
        return found.join(u',');
    };
    // The matrix's default for an Incident is P3.
    proxy.setPriorities({QStringLiteral("P3")});
    QCOMPARE(ids(), QStringLiteral("CS-1"));
    proxy.setDefaultPriority(QStringLiteral("P1"));
    QCOMPARE(ids(), QString());
    proxy.setPriorities({QStringLiteral("P1")});
    QCOMPARE(ids(), QStringLiteral("CS-1,CS-2"));
}

void TestModels::pollKeepsTheSelectionThroughTheProxy()
{
    CaseListModel source;
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.sort(CaseListModel::IdColumn, Qt::AscendingOrder);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CaseSummary> cases;
    for (int i = 1; i <= 5; ++i)
        cases << summary(QStringLiteral("CS-%1").arg(i), QStringLiteral("New"),
            QStringLiteral("Incident"), QStringLiteral("P2"), QStringLiteral("SVC-A"));
    source.upsert(cases);
    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(
        proxy.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(selection.currentIndex().data(CaseListModel::CaseIdRole).toString(),
        QStringLiteral("CS-3"));

    // A poll: one case changes, one appears (sorting before the selected one).
    CaseSummary changed = cases.at(2);
    changed.status = QStringLiteral("Resolved");
    changed.lastModifiedDate = *Timestamp::parse(u"2026-11-20T11:00:00Z");
    CaseSummary fresh = summary(QStringLiteral("CS-0"), QStringLiteral("New"),
        QStringLiteral("Incident"), QStringLiteral("P1"), QStringLiteral("SVC-A"));
    QSignalSpy inserted(&source, &QAbstractItemModel::rowsInserted);
    QSignalSpy dataChanged(&source, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&source, &QAbstractItemModel::modelReset);
    QCOMPARE(source.upsert({changed, fresh, cases.at(0)}), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(2).toInt() - inserted.first().at(1).toInt() + 1, 1);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(selection.currentIndex().data(CaseListModel::CaseIdRole).toString(),
        QStringLiteral("CS-3"));
    QCOMPARE(selection.currentIndex().row(), 3); // moved down by the new case, still selected
    QVERIFY(selection.isRowSelected(3));
}

void TestModels::textFilterOnASortedView()
{
    // Typing, extending, shortening and clearing the quick filter on a view sorted newest first:
    // each time exactly the cases whose id, subject label, reference, service or site contain
    // the text (ignoring case), in the sorted order, with the current row kept while it stays.
    const QString sites[] = {QStringLiteral("Rotterdam DC"), QStringLiteral("Warsaw Depot"),
        QStringLiteral("WARSAW Hub"), QStringLiteral("Lyon Über-Site"), QStringLiteral("Oslo")};
    CaseListModel source;
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CaseSummary> cases;
    for (int i = 0; i < 120; ++i) {
        CaseSummary c = summary(QStringLiteral("CS-%1").arg(100 + i), QStringLiteral("InProgress"),
            i % 3 ? QStringLiteral("Incident") : QStringLiteral("NonIncident"),
            QStringLiteral("P2"), QStringLiteral("SVC-%1").arg(i % 7));
        c.siteName = sites[(i * 7) % 5];
        c.customerReference = i % 4 ? QString() : QStringLiteral("INC-W%1").arg(i);
        // Source order is not the sorted order.
        c.lastModifiedDate = Timestamp::fromTicks((1'790'000'000LL + (i * 37) % 120) * 10'000'000);
        cases << c;
    }
    source.upsert(cases);
    proxy.sort(CaseListModel::LastModifiedColumn, Qt::DescendingOrder);

    const auto expected = [&](const QString &text) {
        QList<const CaseSummary *> matching;
        for (const CaseSummary &c : cases) {
            const QString fields[] = {c.id,
                proxy.sourceModel()
                    ->index(source.rowOf(c.id), CaseListModel::SubjectColumn)
                    .data()
                    .toString(),
                c.customerReference, c.serviceName, c.siteName};
            if (text.isEmpty()
                || std::any_of(std::begin(fields), std::end(fields),
                    [&](const QString &f) { return f.contains(text, Qt::CaseInsensitive); }))
                matching << &c;
        }
        std::sort(matching.begin(), matching.end(),
            [](const auto *a, const auto *b) { return a->lastModifiedDate > b->lastModifiedDate; });
        QStringList ids;
        for (const CaseSummary *c : matching)
            ids << c->id;
        return ids;
    };
    const auto shown = [&proxy] {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(CaseListModel::CaseIdRole).toString();
        return ids;
    };
    QItemSelectionModel selection(&proxy);
    for (const QString &text :
        {QStringLiteral("w"), QStringLiteral("wa"), QStringLiteral("war"), QStringLiteral("warsaw"),
            QStringLiteral("warsaw h"), QStringLiteral("warsaw"), QStringLiteral("wa"),
            QStringLiteral("ÜBER"), QStringLiteral("über-s"), QStringLiteral("general"),
            QStringLiteral("cs-11"), QStringLiteral("cs-1"), QString(), QStringLiteral("inc-w4"),
            QStringLiteral("no such case"), QStringLiteral("  oslo  "), QString()}) {
        // The current row, when it still matches, stays current.
        const QString current = selection.currentIndex().data(CaseListModel::CaseIdRole).toString();
        proxy.setText(text);
        const QStringList want = expected(text.trimmed());
        QCOMPARE(shown(), want);
        if (!current.isEmpty() && want.contains(current))
            QCOMPARE(selection.currentIndex().data(CaseListModel::CaseIdRole).toString(), current);
        if (proxy.rowCount() > 0)
            selection.setCurrentIndex(proxy.index(proxy.rowCount() / 2, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QCOMPARE(proxy.rowCount(), 120);

    // A poll while filtered: a changed case that now matches appears in its sorted place.
    proxy.setText(QStringLiteral("warsaw"));
    CaseSummary moved = cases.first();
    QVERIFY(!expected(QStringLiteral("warsaw")).contains(moved.id));
    moved.siteName = QStringLiteral("Warsaw Depot");
    moved.lastModifiedDate = Timestamp::fromTicks(1'800'000'000LL * 10'000'000);
    cases.first() = moved;
    source.upsert({moved});
    QCOMPARE(shown(), expected(QStringLiteral("warsaw")));
    QCOMPARE(shown().first(), moved.id);
}

void TestModels::threadTellsSidesApartInEitherVocabulary_data()
{
    QTest::addColumn<QString>("ours");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("status");
    QTest::newRow("sandbox") << "CustomerMessage"
                             << "ProviderMessage"
                             << "StatusUpdate";
    QTest::newRow("plain") << "Customer"
                           << "Provider"
                           << "System";
}

void TestModels::threadTellsSidesApartInEitherVocabulary()
{
    QFETCH(QString, ours);
    QFETCH(QString, theirs);
    QFETCH(QString, status);
    CommunicationThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto at = [](const char *iso) { return *Timestamp::parse(QString::fromLatin1(iso)); };
    const QList<Communication> thread {
        {QStringLiteral("Link down since 08:00."), ours, at("2026-11-20T08:00:00Z"), {}},
        {QStringLiteral("Looking into it."), theirs, at("2026-11-20T08:10:00Z"),
            QStringLiteral("NOC")},
        {QStringLiteral("Status changed from New to In Progress."), status,
            at("2026-11-20T08:11:00Z"), {}},
        {QStringLiteral("Engineer dispatched."), QStringLiteral("Field Engineer"),
            at("2026-11-20T08:12:00Z"), {}}};
    model.setThread(QStringLiteral("CS-1"), thread, 0);
    const auto fromProvider = [&](int row) {
        return model.index(row).data(CommunicationThreadModel::IsFromProviderRole).toBool();
    };
    const auto isStatus = [&](int row) {
        return model.index(row).data(CommunicationThreadModel::IsStatusUpdateRole).toBool();
    };
    QVERIFY(!fromProvider(0));
    QVERIFY(fromProvider(1));
    QVERIFY(fromProvider(2));
    QVERIFY(fromProvider(3)); // an unknown word is the provider's
    QVERIFY(!isStatus(0));
    QVERIFY(!isStatus(1));
    QVERIFY(isStatus(2));
    QVERIFY(!isStatus(3));
    // The provider's word is kept as it came.
    QCOMPARE(model.index(3).data(CommunicationThreadModel::TypeRole).toString(),
        QStringLiteral("Field Engineer"));
}

void TestModels::threadTakesNewWordsInPlace()
{
    // A provider whose word for us is in no table: the provider's until learned, then ours,
    // without a reset (the reader keeps their place).
    CommunicationThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThread(QStringLiteral("CS-1"),
        {{QStringLiteral("Please check."), QStringLiteral("Inbound"),
            *Timestamp::parse(u"2026-11-20T08:00:00Z"), {}}},
        1);
    QVERIFY(model.index(0).data(CommunicationThreadModel::IsFromProviderRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    LearnedWords learned;
    learned.ourTypes = {QStringLiteral("Inbound")};
    model.setWords(ProviderWords({}, learned));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!model.index(0).data(CommunicationThreadModel::IsFromProviderRole).toBool());
    model.setWords(ProviderWords({}, learned)); // the same words: nothing to tell
    QCOMPARE(changed.count(), 1);
    // Nor does a reply waiting to teach something (every confirmed reply adds one).
    learned.expected.append(
        {QStringLiteral("CS-1"), QStringLiteral("Hi."), {}, QDateTime::currentDateTimeUtc()});
    model.setWords(ProviderWords({}, learned));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.words().learned().expected.size(), 1);
}

void TestModels::listReadsStatusesInEitherVocabulary_data()
{
    QTest::addColumn<QStringList>("open");
    QTest::addColumn<QStringList>("closed");
    const auto list
        = [](const char *words) { return QString::fromLatin1(words).split(QLatin1Char(',')); };
    QTest::newRow("sandbox") << list("New,InProgress,PendingCustomer,OnHold")
                             << list("Resolved,Closed,Cancelled");
    QTest::newRow("plain") << list("Open,In Progress,Pending Customer,On Hold")
                           << list("Solved,Closed,Canceled");
}

void TestModels::listReadsStatusesInEitherVocabulary()
{
    QFETCH(QStringList, open);
    QFETCH(QStringList, closed);
    CaseListModel source;
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CaseSummary> cases;
    int n = 0;
    for (const QStringList *statuses : {&open, &closed}) {
        for (const QString &status : *statuses)
            cases << summary(QStringLiteral("CS-%1").arg(++n), status, QStringLiteral("Incident"),
                QStringLiteral("P2"), QStringLiteral("SVC-1"));
    }
    cases << summary(QStringLiteral("CS-99"), QStringLiteral("Awaiting Parts"),
        QStringLiteral("Incident"), QStringLiteral("P2"), QStringLiteral("SVC-1"));
    source.reset(cases);
    for (int row = 0; row < source.rowCount(); ++row) {
        const QString status = source.caseAt(row)->status;
        QCOMPARE(source.index(row, 0).data(CaseListModel::IsOpenRole).toBool(),
            !closed.contains(status));
        // Closed cases have no age; open incidents do.
        QCOMPARE(
            source.index(row, CaseListModel::AgeColumn).data().isNull(), closed.contains(status));
    }
    // An unknown status is shown as it came, and counts as open.
    QCOMPARE(source.index(source.rowCount() - 1, CaseListModel::StatusColumn).data().toString(),
        QStringLiteral("Awaiting Parts"));
    QCOMPARE(source.index(source.rowCount() - 1, 0).data(CaseListModel::StatusKindRole).toInt(),
        int(ProviderWords::StatusKind::Unknown));
    QCOMPARE(source.index(1, 0).data(CaseListModel::StatusKindRole).toInt(),
        int(ProviderWords::StatusKind::InProgress));

    proxy.setOpenOnly(true);
    QCOMPARE(proxy.rowCount(), int(open.size()) + 1);
    proxy.setOpenOnly(false);
    QCOMPARE(proxy.rowCount(), source.rowCount());

    QStringList all = open + closed + QStringList {QStringLiteral("Awaiting Parts")};
    all.sort();
    QStringList listed = source.statuses();
    listed.sort();
    QCOMPARE(listed, all);
}

void TestModels::listTakesNewWordsInPlaceAndKnowsItsStatuses()
{
    CaseListModel source;
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy statusesChanged(&source, &CaseListModel::statusesChanged);
    source.reset({summary(QStringLiteral("CS-1"), QStringLiteral("Open"),
                      QStringLiteral("Incident"), QStringLiteral("P1"), QStringLiteral("SVC-1")),
        summary(QStringLiteral("CS-2"), QStringLiteral("Archived by NOC"),
            QStringLiteral("Incident"), QStringLiteral("P1"), QStringLiteral("SVC-1"))});
    QCOMPARE(statusesChanged.count(), 1);
    proxy.setOpenOnly(true);
    QCOMPARE(proxy.rowCount(), 2); // "Archived by NOC" is unknown, so open

    // The engineer says which statuses are closed: every row is read again in place.
    QSignalSpy changed(&source, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&source, &QAbstractItemModel::modelReset);
    WordOverrides overrides;
    overrides.closedStatuses = {QStringLiteral("archived by noc")};
    source.setWords(ProviderWords(overrides, {}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(CaseListModel::CaseIdRole).toString(), QStringLiteral("CS-1"));

    // A status nobody had yet, and the last case of a status gone.
    CaseSummary moved = *source.caseById(QStringLiteral("CS-1"));
    moved.status = QStringLiteral("In Progress");
    moved.lastModifiedDate = *Timestamp::parse(u"2026-11-21T10:00:00Z");
    source.upsert({moved});
    QCOMPARE(statusesChanged.count(), 2);
    QStringList statuses = source.statuses();
    statuses.sort();
    QCOMPARE(
        statuses, (QStringList {QStringLiteral("Archived by NOC"), QStringLiteral("In Progress")}));
    QVERIFY(source.remove(QStringLiteral("CS-2")));
    QCOMPARE(statusesChanged.count(), 3);
    QCOMPARE(source.statuses(), QStringList {QStringLiteral("In Progress")});
}

// Multi-select filters (issue 13): a set of statuses and a set of services, each "any of these",
// combined with AND; the order they were chosen in does not matter.
void TestModels::proxyFiltersOnSetsOfStatusesAndServices()
{
    CaseListModel source;
    auto *proxy = new CaseFilterProxyModel(this);
    proxy->setSourceModel(&source);
    auto *tester = new QAbstractItemModelTester(
        proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, proxy);
    Q_UNUSED(tester);
    source.upsert({summary(QStringLiteral("CS-1"), QStringLiteral("New"),
                       QStringLiteral("Incident"), QStringLiteral("P1"), QStringLiteral("SVC-A")),
        summary(QStringLiteral("CS-2"), QStringLiteral("InProgress"), QStringLiteral("Incident"),
            QStringLiteral("P3"), QStringLiteral("SVC-B")),
        summary(QStringLiteral("CS-3"), QStringLiteral("Closed"), QStringLiteral("NonIncident"),
            QStringLiteral("P4"), QStringLiteral("SVC-A")),
        summary(QStringLiteral("CS-4"), QStringLiteral("PendingCustomer"),
            QStringLiteral("NonIncident"), QStringLiteral("P5"), QStringLiteral("SVC-C"))});
    const auto ids = [proxy] {
        QStringList found;
        for (int row = 0; row < proxy->rowCount(); ++row)
            found << proxy->index(row, 0).data(CaseListModel::CaseIdRole).toString();
        found.sort();
        return found.join(u',');
    };
    proxy->setStatuses({QStringLiteral("InProgress"), QStringLiteral("PendingCustomer")});
    QCOMPARE(ids(), QStringLiteral("CS-2,CS-4"));
    QSignalSpy layout(proxy, &QAbstractItemModel::layoutChanged);
    proxy->setStatuses({QStringLiteral("PendingCustomer"), QStringLiteral("InProgress")});
    QCOMPARE(layout.count(), 0); // the same set in another order: nothing to do
    proxy->setServiceIds({QStringLiteral("SVC-C"), QStringLiteral("SVC-A")});
    QCOMPARE(ids(), QStringLiteral("CS-4"));
    const QStringList services = proxy->serviceIds();
    QCOMPARE(QSet<QString>(services.cbegin(), services.cend()),
        (QSet<QString> {QStringLiteral("SVC-A"), QStringLiteral("SVC-C")}));
    proxy->setStatuses({});
    QCOMPARE(ids(), QStringLiteral("CS-1,CS-3,CS-4"));
    // A case that arrives in a chosen status and service shows; one outside them does not.
    source.upsert({summary(QStringLiteral("CS-5"), QStringLiteral("New"),
                       QStringLiteral("Incident"), QStringLiteral("P2"), QStringLiteral("SVC-C")),
        summary(QStringLiteral("CS-6"), QStringLiteral("New"), QStringLiteral("Incident"),
            QStringLiteral("P2"), QStringLiteral("SVC-D"))});
    QCOMPARE(ids(), QStringLiteral("CS-1,CS-3,CS-4,CS-5"));
    proxy->setServiceIds({});
    QCOMPARE(proxy->rowCount(), 6);
}

// The service filter offers the services the cases name, learned as cases arrive (no reset).
void TestModels::listKnowsItsServicesAsCasesArrive()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &CaseListModel::servicesChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.upsert({summary(QStringLiteral("CS-1"), QStringLiteral("New"), QStringLiteral("Incident"),
        QStringLiteral("P1"), QStringLiteral("SVC-A"))});
    QCOMPARE(model.serviceIds(), QStringList {QStringLiteral("SVC-A")});
    QCOMPARE(changed.count(), 1);
    model.upsert({summary(QStringLiteral("CS-2"), QStringLiteral("New"), QStringLiteral("Incident"),
        QStringLiteral("P1"), QStringLiteral("SVC-A"))});
    QCOMPARE(changed.count(), 1); // a known service: nothing new to offer
    CaseSummary moved = summary(QStringLiteral("CS-2"), QStringLiteral("New"),
        QStringLiteral("Incident"), QStringLiteral("P1"), QStringLiteral("SVC-B"));
    moved.lastModifiedDate = *Timestamp::parse(u"2026-11-21T10:00:00Z");
    model.upsert({moved});
    QCOMPARE(model.serviceIds(), (QStringList {QStringLiteral("SVC-A"), QStringLiteral("SVC-B")}));
    QCOMPARE(changed.count(), 2);
    QVERIFY(model.remove(QStringLiteral("CS-1")));
    QCOMPARE(model.serviceIds(), QStringList {QStringLiteral("SVC-B")});
    QCOMPARE(changed.count(), 3);
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
