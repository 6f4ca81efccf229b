#pragma once

#include "models/CaseTimeline.h"
#include "models/SlaClock.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

// The status and priority changes the console saw between polls, of every case, as the store
// holds them (Store::observedChanges): loaded when the store opens, then grown by each poll's
// write (Store::Change::observed), so reading them never waits for the store. The timeline, the
// dossier and the SLA clocks read them here. Empty without a usable store.
class ObservedHistory : public QObject
{
    Q_OBJECT

public:
    explicit ObservedHistory(QObject *parent = nullptr);

    // Oldest first.
    QList<ObservedChange> changesOf(const QString &caseId) const { return m_changes.value(caseId); }
    // The status changes of one case as the SLA clocks read them (statusChangesFrom()).
    QList<StatusChange> statusChangesOf(const QString &caseId) const;
    // Those of every case that has any, by case id.
    QHash<QString, QList<StatusChange>> allStatusChanges() const;

    // What the store held when it opened (replaces everything: another profile's store).
    void storeOpened(const QHash<QString, QList<ObservedChange>> &changes);
    // What a poll's write saw; tells changed() for each case that has new ones.
    void add(const QList<ObservedChange> &changes);

signals:
    void changed(const QString &caseId);

private:
    QHash<QString, QList<ObservedChange>> m_changes;
};
