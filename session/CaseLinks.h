#pragma once

#include "models/RfoRequest.h"

#include <QList>
#include <QObject>
#include <QStringList>

struct OutboxItem;

// The links between incidents and their Reason for Outage requests (Store::caseLinks), as the
// windows read them: loaded when the store opens, grown when a request's create is confirmed
// (the store writes the link in the same write: SqliteStore::saveOutboxItem), so reading them
// never waits for the store. Empty without a usable store.
class CaseLinks : public QObject
{
    Q_OBJECT

public:
    explicit CaseLinks(QObject *parent = nullptr);

    // The RFO requests made for an incident, oldest first.
    QStringList rfosOf(const QString &originalId) const;
    // The incident an RFO request was made for; empty for any other case.
    QString originalOf(const QString &rfoId) const;
    QList<CaseLink> all() const { return m_links; }

    // What the store held when it opened (replaces everything: another profile's store).
    void storeOpened(const QList<CaseLink> &links);
    // An outbox item was confirmed: a request's create adds its link.
    void itemDone(const OutboxItem &item);

signals:
    // Both cases of a new link.
    void changed(const QString &caseId);

private:
    QList<CaseLink> m_links;
};
