#include "store/OutboxTable.h"

#include "store/Database.h"
#include "store/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

// Messages for the engineer keep the translation context "LocalStore", the class they were
// written in, so their translations still apply.

OutboxTable::OutboxTable(Database &db)
    : m_db(db)
{ }

bool OutboxTable::saveOutboxItem(const OutboxItem &item)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (key, kind, payload, state, attempts, created, next_attempt, "
        "last_error, result_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, state = excluded.state, "
        "attempts = excluded.attempts, next_attempt = excluded.next_attempt, "
        "last_error = excluded.last_error, result_id = excluded.result_id"));
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
    };
    query.addBindValue(item.key);
    query.addBindValue(OutboxItem::kindName(item.kind));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(item.payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(OutboxItem::stateName(item.state));
    query.addBindValue(item.attempts);
    query.addBindValue(
        when(item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc()));
    query.addBindValue(when(item.nextAttemptAt));
    query.addBindValue(item.lastError);
    query.addBindValue(item.resultId);
    return !item.key.isEmpty() && m_db.exec(query);
}

QList<OutboxItem> OutboxTable::outbox(bool *ok)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT key, kind, payload, state, attempts, created, "
                                 "next_attempt, last_error, result_id FROM outbox ORDER BY num"));
    QList<OutboxItem> items;
    const bool read = m_db.exec(query);
    if (ok)
        *ok = read;
    if (!read)
        return items;
    while (query.next()) {
        OutboxItem item;
        item.key = query.value(0).toString();
        const auto kind = OutboxItem::kindFromName(query.value(1).toString());
        QJsonParseError parsed;
        const QJsonDocument payload
            = QJsonDocument::fromJson(query.value(2).toString().toUtf8(), &parsed);
        const auto state = OutboxItem::stateFromName(query.value(3).toString());
        item.kind = kind.value_or(OutboxItem::Kind::ReplyToCase);
        item.payload = payload.object();
        item.state = state.value_or(OutboxItem::State::Pending);
        item.attempts = query.value(4).toInt();
        item.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        item.nextAttemptAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        item.lastError = query.value(7).toString();
        item.resultId = query.value(8).toString();
        // A row that cannot be read back is never sent as a guess: it fails, and says why
        // (in the log without the payload's text, which is the engineer's).
        QString damage;
        if (!kind)
            damage = QStringLiteral("unknown kind '%1'").arg(query.value(1).toString().left(40));
        else if (parsed.error != QJsonParseError::NoError)
            damage = QStringLiteral("payload is not JSON (%1 at offset %2)")
                         .arg(parsed.errorString())
                         .arg(parsed.offset);
        else if (!payload.isObject())
            damage = QStringLiteral("payload is not a JSON object");
        else if (!state)
            damage = QStringLiteral("unknown state '%1'").arg(query.value(3).toString().left(40));
        if (!damage.isEmpty()) {
            qCWarning(lcStore).noquote()
                << "outbox item" << item.key << "cannot be read, marked failed:" << damage;
            item.state = OutboxItem::State::Failed;
            item.lastError = QCoreApplication::translate("LocalStore",
                "This change could not be read back from the local database (%1), so it is not "
                "sent.")
                                 .arg(damage);
        }
        items.append(item);
    }
    return items;
}

std::optional<OutboxItem> OutboxTable::outboxItem(const QString &key)
{
    for (const OutboxItem &item : outbox()) {
        if (item.key == key)
            return item;
    }
    return std::nullopt;
}

bool OutboxTable::removeOutboxItem(const QString &key)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE key = ?"));
    query.addBindValue(key);
    return m_db.exec(query) && query.numRowsAffected() == 1;
}
