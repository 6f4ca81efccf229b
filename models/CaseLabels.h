#pragma once

#include <QString>

class Timestamp;

// Words for the engineer for the provider's values (sandbox/README.md, "Decisions").
namespace CaseLabels {

QString status(const QString &status); // "PendingCustomer" -> "Pending customer"
QString origin(const QString &origin);
int priorityRank(const QString &priority); // P1 -> 1 ... unknown -> 9
// A date and time for display: the user's locale, short format, local time; empty if invalid.
QString localDateTime(const Timestamp &t);
// "3 d 4 h", "5 h 12 min", "7 min" from a number of seconds.
QString duration(qint64 seconds);

} // namespace CaseLabels
