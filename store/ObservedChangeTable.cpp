#include "store/ObservedChangeTable.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

ObservedChangeTable::ObservedChangeTable(Database &db)
    : m_db(db)
{ }

QString ObservedChangeTable::fieldName(ObservedChange::Field field)
{
    return field == ObservedChange::Field::Priority ? QStringLiteral("priority")
                                                    : QStringLiteral("status");
}

QList<ObservedChange> ObservedChangeTable::read(const QString &where, const QString &caseId)
{
    QList<ObservedChange> changes;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, o.field, o.old_value, o.new_value, o.seen "
                                 "FROM observed_changes o JOIN cases c ON c.num = o.case_num ")
        + where + QStringLiteral(" ORDER BY o.case_num, o.seen_ticks, o.num"));
    if (!caseId.isNull())
        query.addBindValue(caseId);
    if (!m_db.exec(query))
        return changes;
    while (query.next()) {
        ObservedChange change;
        change.caseId = query.value(0).toString();
        change.field = query.value(1).toString() == QLatin1String("priority")
            ? ObservedChange::Field::Priority
            : ObservedChange::Field::Status;
        change.from = query.value(2).toString();
        change.to = query.value(3).toString();
        change.at = Timestamp::parse(query.value(4).toString()).value_or(Timestamp());
        changes.append(change);
    }
    return changes;
}

QList<ObservedChange> ObservedChangeTable::load(const QString &caseId)
{
    return read(QStringLiteral("WHERE c.id = ?"), caseId.isNull() ? QStringLiteral("") : caseId);
}

QHash<QString, QList<ObservedChange>> ObservedChangeTable::loadAll()
{
    QHash<QString, QList<ObservedChange>> byCase;
    for (const ObservedChange &change : read(QString(), QString()))
        byCase[change.caseId].append(change);
    return byCase;
}
