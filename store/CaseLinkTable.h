#pragma once

#include "models/RfoRequest.h"

#include <QList>

class Database;

// The links between an incident and the Reason for Outage request made for it (case_links: the
// original's id, the request's id, when linked), one row per pair. Written when the request's
// create is confirmed (SqliteStore::saveOutboxItem, in the transaction that marks it done);
// kept when either case is not (or no longer) in the store, since the ids are the provider's.
class CaseLinkTable
{
public:
    explicit CaseLinkTable(Database &db);

    // Adds the link (a second time changes nothing).
    bool add(const CaseLink &link);
    // Every link, oldest first.
    QList<CaseLink> all(bool *ok = nullptr);

private:
    Database &m_db;
};
