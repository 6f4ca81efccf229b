#include "ui/CaseClipboardText.h"

#include "models/Case.h"
#include "models/CaseLabels.h"
#include "models/CaseTypeMatrix.h"
#include "models/ProviderWords.h"
#include "models/Timestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace CaseClipboardText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaseClipboardText", text);
}

// "UTC+01:00", "UTC-03:30", "UTC".
QString offsetText(int seconds)
{
    if (seconds == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString nameAndId(const QString &name, const QString &id)
{
    if (name.isEmpty() || name == id)
        return id;
    return id.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace

QString dateTime(const Timestamp &t)
{
    if (!t.isValid())
        return {};
    return QStringLiteral("%1 (%2)").arg(
        CaseLabels::localDateTime(t), offsetText(t.toDateTime().toLocalTime().offsetFromUtc()));
}

QString sender(const Communication &m, const ProviderWords &words)
{
    if (!m.sentBy.isEmpty())
        return m.sentBy;
    // The thread's words (ui/CaseThreadRenderer), translated once.
    return m.isFromProvider(words) ? QCoreApplication::translate("CaseThreadRenderer", "Provider")
                                   : QCoreApplication::translate("CaseThreadRenderer", "Us");
}

QString message(const Communication &m, const ProviderWords &words)
{
    return QStringLiteral("%1 — %2\n%3").arg(sender(m, words), dateTime(m.timestamp), m.message);
}

QString summary(const CaseSummary &c, const Communication *lastMessage, const ProviderWords &words)
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    QStringList lines;
    lines << QStringLiteral("%1 — %2 (%3)")
                 .arg(c.id, matrix.subjectLabel(c.subject), matrix.typeLabel(c.type));
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label.arg(value);
    };
    add(tr("Priority: %1"), c.priority);
    add(tr("Status: %1"), CaseLabels::status(c.status));
    add(tr("Service: %1"), nameAndId(c.serviceName, c.serviceId));
    add(tr("Site: %1"), nameAndId(c.siteName, c.siteId));
    add(tr("Created: %1"), dateTime(c.createdDate));
    add(tr("Last modified: %1"), dateTime(c.lastModifiedDate));
    add(tr("Your reference: %1"), c.customerReference);
    if (lastMessage)
        add(tr("Last message: %1"),
            QStringLiteral("%1 — %2").arg(
                sender(*lastMessage, words), dateTime(lastMessage->timestamp)));
    else
        add(tr("Last message: %1"), dateTime(c.lastCommunicationAt));
    return lines.join(u'\n');
}

} // namespace CaseClipboardText
