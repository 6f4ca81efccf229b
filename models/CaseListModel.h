#pragma once

#include "models/Case.h"
#include "models/ProviderWords.h"
#include "models/SlaClock.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

// The cases of one profile as a table of summaries (the threads stay in the store). Changes
// arrive as upserts: a poll inserts new cases and updates changed ones in place (dataChanged),
// so selection and scroll position survive it. Only loading a profile resets the model.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        SubjectColumn,
        TypeColumn,
        PriorityColumn,
        StatusColumn,
        ServiceColumn,
        SiteColumn,
        CustomerReferenceColumn,
        CreatedColumn,
        LastModifiedColumn,
        AgeColumn,
        MessagesColumn,
        NextBreachColumn, // the SLA clock due first: time left, or over (docs/sla.md)
        TurnColumn, // whose turn: waiting on the provider or on us, since when
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        CaseIdRole = Qt::UserRole + 1, // QString: the provider's case id
        SortRole, // a value that sorts the column correctly
        IsIncidentRole, // bool: type is Incident
        IsOpenRole, // bool: not in a status the provider's words count as closed
        PriorityRole, // QString: P1 to P5
        StatusRole, // QString: the provider's status value
        TypeRole, // QString: Incident or NonIncident
        ServiceIdRole, // QString: the service's id
        LastModifiedRole, // QDateTime (UTC): last modification
        CommunicationCountRole, // int: messages in the thread
        UnreadRole, // bool: changed since the engineer last looked
        UnreadCountRole, // int: messages the engineer has not seen
        SearchTextRole, // QString: id, subject label, reference, service, site, case-folded
        StatusKindRole, // int: ProviderWords::StatusKind of the status (colours)
        WatchedRole, // bool: the engineer watches the case (setWatched())
        SlaStateRole, // int: SlaState of the case's clocks (the Next breach column's colour)
        NextBreachRole, // QDateTime (UTC): when the first running clock reaches its target
        TurnRole, // int: SlaReport::Turn
        TurnSinceRole, // QDateTime (UTC): whose turn it is since then
    };
    Q_ENUM(Role)

    // The clocks of a row at a glance, worst first.
    enum SlaState {
        SlaBreached, // a clock is over its target
        SlaRunning, // a clock runs towards its target
        SlaPaused, // the clocks are paused (waiting on us, on hold)
        SlaStopped, // a clock stopped over its target (the case closed after a breach)
        SlaNone, // no clock runs: none, or all met
    };
    Q_ENUM(SlaState)

    explicit CaseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Inserts cases not yet known and updates known ones whose content changed; an older
    // lastModifiedDate never overwrites a newer one (read state always applies). Returns how
    // many rows changed or appeared.
    int upsert(const QList<CaseSummary> &cases);
    bool remove(const QString &caseId);
    // Replaces everything: loading a profile from the store.
    void reset(const QList<CaseSummary> &cases);

    const CaseSummary *caseAt(int row) const;
    // What the quick text filter searches in, case-folded (QString::toCaseFolded): id, subject
    // label, reference, service and site, one per line. Kept with the row, so a keystroke does
    // not fold 100k rows again.
    const QString &searchKey(int row) const { return m_searchKeys.at(row); }
    const CaseSummary *caseById(const QString &caseId) const;
    int rowOf(const QString &caseId) const;

    // Whether row `left` sorts before row `right` by `column` (SortRole order, without
    // QVariants: the proxy calls this n log n times per sort).
    bool lessThan(int left, int right, int column) const;

    // The provider's words the open/closed state and status kinds are read in. Words that
    // decide differently update every row in place (dataChanged), never a reset.
    void setWords(const ProviderWords &words);
    const ProviderWords &words() const { return m_words; }
    // The statuses the cases are in now, each once, as the provider writes them.
    QStringList statuses() const { return m_statusCounts.keys(); }
    // The service ids the cases name now, each once (the service filter's choices).
    QStringList serviceIds() const { return m_serviceCounts.keys(); }
    // Names for service and site ids, for cases that carry none (a provider without
    // case.service.serviceName or case.site.name, docs/provider-compatibility.md): the account's
    // services and sites. A case's own name wins; without either, the id is shown.
    void setKnownNames(
        const QHash<QString, QString> &serviceNames, const QHash<QString, QString> &siteNames);
    QString serviceLabel(const CaseSummary &c) const;
    QString siteLabel(const CaseSummary &c) const;

    // The cases the engineer watches (WatchedRole), also those not in the list yet. A change
    // updates the rows concerned in place (dataChanged), never a reset.
    void setWatched(const QString &caseId, bool watched);
    void setWatchedCases(const QSet<QString> &caseIds);

    // "Now" for the age column; the view refreshes it now and then (refreshAges()).
    void setNow(const QDateTime &now);
    void refreshAges();

    // The SLA clocks of these cases (SlaClocks::reportsChanged; a later one of a case wins): the
    // rows concerned change in place (dataChanged over the Next breach and Turn columns), others
    // are untouched. Reports for cases not in the list yet are kept for when they come.
    void setSlaReports(const SlaUpdates &updates);
    // What the list shows of a case's last report (an empty one, all clocks None, before its
    // first); null for a case neither in the list nor reported.
    const SlaBrief *slaBrief(const QString &caseId) const;

signals:
    // statuses() gained or lost a value.
    void statusesChanged();
    // serviceIds() gained or lost a value.
    void servicesChanged();

private:
    // Counts a row's status in or out of statuses(); true when a value appeared or went.
    bool countStatus(const QString &status, int delta);
    bool countService(const QString &serviceId, int delta);
    static bool countIn(QMap<QString, int> &counts, const QString &value, int delta);
    QVariant displayData(const CaseSummary &c, int column) const;
    QVariant sortData(const CaseSummary &c, int column) const;
    // The Next breach and Turn columns (models/CaseListModelSla.cpp).
    QVariant slaData(int row, int column, int role) const;
    SlaState slaState(int row) const;
    qint64 nextBreachKey(int row) const;
    bool slaLessThan(int left, int right, int column) const;

    static QString searchKeyOf(const CaseSummary &c);

    // What m_words say of a status, read once per distinct status word: data() and sorting ask
    // for every row, and a list holds a handful of statuses.
    struct StatusVerdict
    {
        bool open = true;
        ProviderWords::StatusKind kind = ProviderWords::StatusKind::Unknown;
    };
    const StatusVerdict &verdictOn(const QString &status) const;
    bool isOpen(const CaseSummary &c) const { return verdictOn(c.status).open; }

    QList<CaseSummary> m_cases;
    QList<QString> m_searchKeys; // by row, as m_cases
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_serviceNames;
    QHash<QString, QString> m_siteNames;
    QDateTime m_now;
    ProviderWords m_words;
    mutable QHash<QString, StatusVerdict> m_verdicts; // by status word, for m_words
    QMap<QString, int> m_statusCounts;
    QMap<QString, int> m_serviceCounts;
    QSet<QString> m_watched;
    // By row, as m_cases: sorting by Next breach compares them n log n times.
    QList<SlaBrief> m_slaRows;
    QHash<QString, SlaBrief> m_slaPending; // reported before their case came into the list
};
