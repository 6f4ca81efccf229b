#pragma once

#include <QString>
#include <QStringList>

class Timestamp;

// Words for the engineer for the provider's values (sandbox/README.md, "Decisions").
namespace CaseLabels {

// The sandbox's status words translated ("PendingCustomer" -> "Pending customer"); any other
// provider's words are shown as they came.
QString status(const QString &status);
// The sandbox's statuses, in the order a case moves through them (the publishing map's rows).
QStringList statusIds();
QString origin(const QString &origin);
int priorityRank(const QString &priority); // P1 -> 1 ... unknown -> 9
// A date and time for display: the user's locale, short format, local time; empty if invalid.
QString localDateTime(const Timestamp &t);
// The same instant at the site, when its date tells the site's time: the offset the provider
// wrote, when it is not +00:00 (a provider that keeps UTC writes every date so, and UTC says
// nothing of the site) and not the local offset at that instant (nothing to add). Its time
// ("08:05 UTC-06:00"), with the date when that differs from the local date; empty otherwise.
QString siteDateTime(const Timestamp &t);
// localDateTime(), with siteDateTime() beside it when there is one: "14:05 (site 08:05 UTC-06:00)".
QString localAndSiteDateTime(const Timestamp &t);
// "3 d 4 h", "5 h 12 min", "7 min" from a number of seconds.
QString duration(qint64 seconds);

} // namespace CaseLabels
