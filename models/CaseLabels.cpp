#include "models/CaseLabels.h"

#include "models/Timestamp.h"

#include <QCoreApplication>
#include <QLocale>

namespace CaseLabels {

QString status(const QString &status)
{
    static const struct
    {
        const char *id;
        const char *label;
    } labels[] = {
        {"New", QT_TRANSLATE_NOOP("CaseLabels", "New")},
        {"InProgress", QT_TRANSLATE_NOOP("CaseLabels", "In progress")},
        {"PendingCustomer", QT_TRANSLATE_NOOP("CaseLabels", "Pending customer")},
        {"OnHold", QT_TRANSLATE_NOOP("CaseLabels", "On hold")},
        {"Resolved", QT_TRANSLATE_NOOP("CaseLabels", "Resolved")},
        {"Closed", QT_TRANSLATE_NOOP("CaseLabels", "Closed")},
        {"Cancelled", QT_TRANSLATE_NOOP("CaseLabels", "Cancelled")},
    };
    for (const auto &l : labels) {
        if (status == QLatin1String(l.id))
            return QCoreApplication::translate("CaseLabels", l.label);
    }
    return status;
}

QStringList statusIds()
{
    return {QStringLiteral("New"), QStringLiteral("InProgress"), QStringLiteral("PendingCustomer"),
        QStringLiteral("OnHold"), QStringLiteral("Resolved"), QStringLiteral("Closed"),
        QStringLiteral("Cancelled")};
}

QString origin(const QString &origin)
{
    static const struct
    {
        const char *id;
        const char *label;
    } labels[] = {
        {"Portal", QT_TRANSLATE_NOOP("CaseLabels", "Portal")},
        {"Api", QT_TRANSLATE_NOOP("CaseLabels", "API")},
        {"Email", QT_TRANSLATE_NOOP("CaseLabels", "Email")},
        {"Phone", QT_TRANSLATE_NOOP("CaseLabels", "Phone")},
        {"Proactive", QT_TRANSLATE_NOOP("CaseLabels", "Proactive (provider)")},
    };
    for (const auto &l : labels) {
        if (origin == QLatin1String(l.id))
            return QCoreApplication::translate("CaseLabels", l.label);
    }
    return origin;
}

int priorityRank(const QString &priority)
{
    if (priority.size() == 2 && priority.at(0) == u'P' && priority.at(1).isDigit())
        return priority.at(1).digitValue();
    return 9;
}

QString localDateTime(const Timestamp &t)
{
    return t.isValid() ? QLocale().toString(t.toDateTime().toLocalTime(), QLocale::ShortFormat)
                       : QString();
}

QString siteDateTime(const Timestamp &t)
{
    if (!t.isValid() || t.offsetSeconds() == 0)
        return {};
    const QDateTime utc = t.toDateTime();
    const QDateTime local = utc.toLocalTime();
    if (local.offsetFromUtc() == t.offsetSeconds())
        return {};
    const QDateTime atSite = utc.toOffsetFromUtc(t.offsetSeconds());
    const QString when = atSite.date() == local.date()
        ? QLocale().toString(atSite.time(), QLocale::ShortFormat)
        : QLocale().toString(atSite, QLocale::ShortFormat);
    return when + u' ' + atSite.timeZoneAbbreviation();
}

QString localAndSiteDateTime(const Timestamp &t)
{
    const QString site = siteDateTime(t);
    return site.isEmpty()
        ? localDateTime(t)
        : QCoreApplication::translate("CaseLabels", "%1 (site %2)").arg(localDateTime(t), site);
}

QString duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return QCoreApplication::translate("CaseLabels", "%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("CaseLabels", "%1 h %2 min").arg(hours).arg(minutes);
    return QCoreApplication::translate("CaseLabels", "%1 min").arg(minutes);
}

} // namespace CaseLabels
