#pragma once

#include "models/OutboxItem.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// The outbox table: changes waiting to be sent (and confirmed ones kept a while for lookups), by
// the items' keys, in their order of creation. A row that cannot be read back (an unknown kind
// or state, a payload that is not a JSON object) comes back Failed, with a lastError that says
// so, and is logged.
class OutboxTable
{
public:
    explicit OutboxTable(Database &db);

    bool saveOutboxItem(const OutboxItem &item);
    // `ok` (when given) says whether the items could be read at all.
    QList<OutboxItem> outbox(bool *ok = nullptr);
    std::optional<OutboxItem> outboxItem(const QString &key);
    bool removeOutboxItem(const QString &key);

private:
    Database &m_db;
};
