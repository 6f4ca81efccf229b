#include "models/CaseDraft.h"

#include "models/CaseTypeMatrix.h"
#include "models/Limits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CaseDraft", text);
}

// A start of incident this far ahead of the local clock is taken for a clock that is fast;
// beyond it, for a mistake (the provider would record an incident that has not begun).
constexpr int StartClockSlackMinutes = 5;
} // namespace

QList<CaseDraft::Problem> CaseDraft::problems(const CaseTypeMatrix &matrix) const
{
    QList<Problem> found;
    const CaseTypeMatrix::Type *spec = matrix.type(type);
    if (!spec) {
        found.append({Field::Type, tr("Choose a case type.")});
    } else {
        if (!spec->priorities.contains(priority))
            found.append({Field::Priority,
                tr("Choose a priority allowed for this type (%1).")
                    .arg(spec->priorities.join(QStringLiteral(", ")))});
        if (!matrix.allowsSubject(type, subject))
            found.append({Field::Subject, tr("Choose a subject for this type.")});
        if (spec->requiresIncidentDates) {
            if (!startOfIncident.isValid())
                found.append({Field::StartOfIncident, tr("Give the start of the incident.")});
            else if (startOfIncident.toDateTime()
                > QDateTime::currentDateTimeUtc().addSecs(StartClockSlackMinutes * 60))
                found.append({Field::StartOfIncident,
                    tr("The start of the incident is in the future (%1): give the time it "
                       "began (a clock up to %2 minutes fast is allowed for).")
                        .arg(QLocale().toString(
                                 startOfIncident.toDateTime().toLocalTime(), QLocale::ShortFormat),
                            QString::number(StartClockSlackMinutes))});
            else if (endOfIncident.isValid() && endOfIncident < startOfIncident)
                found.append({Field::EndOfIncident,
                    tr("The end of the incident cannot be before its start.")});
        }
    }
    if (serviceId.trimmed().isEmpty())
        found.append({Field::Service, tr("Choose the service the case is about.")});
    if (message.trimmed().isEmpty())
        found.append({Field::Message, tr("Describe the problem or request.")});
    else if (const QString tooLong = Limits::messageProblem(message); !tooLong.isEmpty())
        found.append({Field::Message, tooLong});
    if (const QString tooLong = Limits::referenceProblem(customerReference); !tooLong.isEmpty())
        found.append({Field::CustomerReference, tooLong});
    if (const QString tooLong = Limits::sentByProblem(sentBy); !tooLong.isEmpty())
        found.append({Field::SentBy, tooLong});
    return found;
}

QJsonObject CaseDraft::toJson() const
{
    const auto date = [](const Timestamp &t) {
        return t.isValid() ? QJsonValue(t.toIsoString()) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("priority"), priority},
        {QStringLiteral("subject"), subject}, {QStringLiteral("serviceId"), serviceId},
        {QStringLiteral("message"), message},
        {QStringLiteral("customerReference"), customerReference},
        {QStringLiteral("sentBy"), sentBy},
        {QStringLiteral("startOfIncident"), date(startOfIncident)},
        {QStringLiteral("endOfIncident"), date(endOfIncident)}};
}

CaseDraft CaseDraft::fromJson(const QJsonObject &json)
{
    const auto text
        = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    const auto date
        = [&](const char *key) { return Timestamp::parse(text(key)).value_or(Timestamp()); };
    CaseDraft d;
    d.type = text("type");
    d.priority = text("priority");
    d.subject = text("subject");
    d.serviceId = text("serviceId");
    d.message = text("message");
    d.customerReference = text("customerReference");
    d.sentBy = text("sentBy");
    d.startOfIncident = date("startOfIncident");
    d.endOfIncident = date("endOfIncident");
    return d;
}

QString CaseDraft::messageStatingPriority() const
{
    return QStringLiteral("Requested priority: %1\n\n%2").arg(priority, message);
}
