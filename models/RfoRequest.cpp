#include "models/RfoRequest.h"

#include "models/CaseTypeMatrix.h"
#include "models/ProviderWords.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RfoRequest", text);
}

const QString ReferencePrefix = QStringLiteral("RFO-");

// A time for the provider's staff, whatever the engineer's zone: UTC, to the minute.
QString utc(const Timestamp &t)
{
    return t.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

namespace RfoRequest {

QString refusal(const CaseHeader &c, const ProviderWords &words)
{
    if (!c.isIncident())
        return tr("%1 is not an incident: a Reason for Outage is requested for incidents only.")
            .arg(c.id);
    if (words.statusKind(c.status) == ProviderWords::StatusKind::Cancelled)
        return tr("%1 was cancelled: a Reason for Outage is requested for a resolved or closed "
                  "incident.")
            .arg(c.id);
    if (!words.isClosed(c.status))
        return tr("%1 is still open (%2): a Reason for Outage is requested once the incident is "
                  "resolved or closed.")
            .arg(c.id, c.status);
    return {};
}

QString reference(const QString &originalId)
{
    return ReferencePrefix + originalId;
}

QString message(const CaseHeader &c)
{
    QString text = tr("Please provide a Reason for Outage (RFO) for case %1").arg(c.id);
    if (!c.serviceId.isEmpty())
        text += u' ' + tr("on service %1").arg(c.serviceId);
    text += u'.';
    const Timestamp start = c.startOfIncident.isValid() ? c.startOfIncident : c.createdDate;
    if (start.isValid() && c.endOfIncident.isValid())
        text += u' '
            + tr("The incident began at %1 and ended at %2.").arg(utc(start), utc(c.endOfIncident));
    else if (start.isValid())
        text += u' ' + tr("The incident began at %1.").arg(utc(start));
    text += QStringLiteral("\n\n")
        + tr("Please include the root cause, the timeline of the outage and the measures taken "
             "to prevent it from happening again.");
    return text;
}

CaseDraft draft(const CaseHeader &c, const QString &sentBy)
{
    CaseDraft d;
    d.type = QStringLiteral("Incident");
    d.subject = QString::fromUtf16(Subject);
    if (const CaseTypeMatrix::Type *spec = CaseTypeMatrix::builtIn().type(d.type))
        d.priority = spec->defaultPriority;
    d.serviceId = c.serviceId;
    d.startOfIncident = c.startOfIncident.isValid() ? c.startOfIncident : c.createdDate;
    if (c.endOfIncident.isValid() && !(c.endOfIncident < d.startOfIncident))
        d.endOfIncident = c.endOfIncident;
    d.customerReference = reference(c.id);
    d.sentBy = sentBy;
    d.message = message(c);
    return d;
}

} // namespace RfoRequest
