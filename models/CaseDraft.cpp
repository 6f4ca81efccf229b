#include "models/CaseDraft.h"

#include "models/CaseTypeMatrix.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CaseDraft", text);
}
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
            else if (endOfIncident.isValid() && endOfIncident < startOfIncident)
                found.append({Field::EndOfIncident,
                    tr("The end of the incident cannot be before its start.")});
        }
    }
    if (serviceId.trimmed().isEmpty())
        found.append({Field::Service, tr("Choose the service the case is about.")});
    if (message.trimmed().isEmpty())
        found.append({Field::Message, tr("Describe the problem or request.")});
    return found;
}
