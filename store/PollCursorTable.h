#pragma once

#include "store/Store.h"

class Database;

// casectl poll's cursor: what it last printed of each case (status, priority, last
// modification, thread length), a row per case in poll_cursor. Independent of what the
// console has stored or shown, so the console's polls never move it.
class PollCursorTable
{
public:
    explicit PollCursorTable(Database &db);

    QHash<QString, Store::PollMark> load();
    // Sets the marks of these cases in one transaction; the others stay as they were.
    bool advance(const QHash<QString, Store::PollMark> &marks);

private:
    Database &m_db;
};
