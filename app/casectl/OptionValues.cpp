#include "OptionValues.h"

#include "Options.h"
#include "models/CaseLabels.h"
#include "models/CaseTypeMatrix.h"
#include "models/ProviderWords.h"

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Casectl", text);
}

QString oneOf(const char *option, const QStringList &values)
{
    return tr("--%1 must be one of: %2")
        .arg(QLatin1String(option), values.join(QStringLiteral(", ")));
}

// "given" against "word" or its label, case, spaces, hyphens and underscores aside.
bool sameWord(const QString &given, const QString &word, const QString &label)
{
    const QString g = ProviderWords::normalised(given);
    return g == ProviderWords::normalised(word) || g == ProviderWords::normalised(label);
}

QStringList typeIds(const CaseTypeMatrix &matrix)
{
    QStringList ids;
    for (const CaseTypeMatrix::Type &t : matrix.types())
        ids << t.id;
    return ids;
}

QStringList priorities(const CaseTypeMatrix &matrix)
{
    QStringList all;
    for (const CaseTypeMatrix::Type &t : matrix.types()) {
        for (const QString &p : t.priorities) {
            if (!all.contains(p))
                all << p;
        }
    }
    std::sort(all.begin(), all.end());
    return all;
}

// The comma-separated values of an option, each trimmed, empty ones dropped.
QStringList listOf(const Options &options, const char *name)
{
    QStringList values;
    for (const QString &v : options.value(name).split(u','))
        if (!v.trimmed().isEmpty())
            values << v.trimmed();
    return values;
}

} // namespace

namespace OptionValues {

QString createProblem(
    const CaseDraft::Problem &problem, const CaseDraft &draft, const CaseTypeMatrix &matrix)
{
    using F = CaseDraft::Field;
    const CaseTypeMatrix::Type *type = matrix.type(draft.type);
    switch (problem.field) {
    case F::Type:
        return oneOf("type", typeIds(matrix));
    case F::Priority:
        return oneOf("priority", type->priorities) + tr(" for --type %1").arg(draft.type);
    case F::Subject: {
        QStringList subjects;
        for (const CaseTypeMatrix::Subject &s : type->subjects)
            subjects << s.id;
        return oneOf("subject", subjects) + tr(" for --type %1").arg(draft.type);
    }
    case F::Service:
        return tr("--service is required: the id of the service the case is about");
    case F::Message:
        return draft.message.trimmed().isEmpty()
            ? tr("--message is required: describe the problem or request")
            : QStringLiteral("--message: ") + problem.message;
    case F::StartOfIncident:
        return tr("--start is required for an incident");
    case F::EndOfIncident:
        return tr("--end cannot be before --start");
    case F::CustomerReference:
        return QStringLiteral("--reference: ") + problem.message;
    case F::SentBy:
        return QStringLiteral("--sent-by: ") + problem.message;
    }
    return problem.message;
}

std::optional<CaseSelection> CaseSelection::from(const Options &options, QString *error)
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    CaseSelection filter;
    filter.m_openOnly = options.isSet("open");
    for (const QString &given : listOf(options, "type")) {
        const auto &types = matrix.types();
        const auto found = std::find_if(types.cbegin(), types.cend(),
            [&](const CaseTypeMatrix::Type &t) { return sameWord(given, t.id, t.label); });
        if (found == types.cend()) {
            *error = oneOf("type", typeIds(matrix));
            return std::nullopt;
        }
        filter.m_types << found->id;
    }
    const QStringList allPriorities = priorities(matrix);
    for (const QString &given : listOf(options, "priority")) {
        const auto found = std::find_if(allPriorities.cbegin(), allPriorities.cend(),
            [&](const QString &p) { return sameWord(given, p, p); });
        if (found == allPriorities.cend()) {
            *error = oneOf("priority", allPriorities);
            return std::nullopt;
        }
        filter.m_priorities << *found;
    }
    for (const QString &given : listOf(options, "status")) {
        // The sandbox's words and labels, and any word the provider tables know ("Solved").
        const QStringList ids = CaseLabels::statusIds();
        const auto found = std::find_if(ids.cbegin(), ids.cend(),
            [&](const QString &s) { return sameWord(given, s, CaseLabels::status(s)); });
        if (found == ids.cend()
            && ProviderWords::defaultKind(given) == ProviderWords::StatusKind::Unknown) {
            *error = oneOf("status", ids);
            return std::nullopt;
        }
        filter.m_statuses << (found == ids.cend() ? given : *found);
    }
    return filter;
}

bool CaseSelection::isEmpty() const
{
    return m_statuses.isEmpty() && m_priorities.isEmpty() && m_types.isEmpty() && !m_openOnly;
}

bool CaseSelection::matches(const Case &c, const ProviderWords &words) const
{
    if (m_openOnly && !words.isOpen(c.status))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(c.type))
        return false;
    if (!m_priorities.isEmpty() && !m_priorities.contains(c.priority, Qt::CaseInsensitive))
        return false;
    if (m_statuses.isEmpty())
        return true;
    // The same word, or two words the provider tables give one meaning ("Solved", "Resolved").
    const ProviderWords::StatusKind kind = words.statusKind(c.status);
    return std::any_of(m_statuses.cbegin(), m_statuses.cend(), [&](const QString &s) {
        return ProviderWords::normalised(s) == ProviderWords::normalised(c.status)
            || (kind != ProviderWords::StatusKind::Unknown && words.statusKind(s) == kind);
    });
}

} // namespace OptionValues
