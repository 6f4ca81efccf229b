// The labels the data files carry (resources/case-types.json, resources/repository-statuses.json),
// marked here so that lupdate finds them; CaseTypeMatrix and RepositoryStatuses translate them
// at run time. tst_translations checks that this list and the data files agree.

#include "models/DataLabels.h"

#include <QCoreApplication>

namespace DataLabels {

const QList<std::pair<const char *, const char *>> &all()
{
    static const QList<std::pair<const char *, const char *>> labels {
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "Incident")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "RFO request")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "Service degradation")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "Service intermittent")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "Service down")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "General request")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "Activation support")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "Change request")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "Engineer dispatch")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "Information request")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "Other")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "Software update")},
        {"CaseTypeMatrix", QT_TRANSLATE_NOOP("CaseTypeMatrix", "Utilization report")},
        {"RepositoryStatuses", QT_TRANSLATE_NOOP("RepositoryStatuses", "Open")},
        {"RepositoryStatuses", QT_TRANSLATE_NOOP("RepositoryStatuses", "In progress")},
        {"RepositoryStatuses", QT_TRANSLATE_NOOP("RepositoryStatuses", "Waiting for customer")},
        {"RepositoryStatuses", QT_TRANSLATE_NOOP("RepositoryStatuses", "Completed")},
        {"RepositoryStatuses", QT_TRANSLATE_NOOP("RepositoryStatuses", "Rejected")},
        {"RepositoryStatuses", QT_TRANSLATE_NOOP("RepositoryStatuses", "Cancelled")},
    };
    return labels;
}

} // namespace DataLabels
