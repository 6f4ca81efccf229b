#pragma once

#include "models/Case.h"
#include "models/CaseDraft.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class CaseTypeMatrix;
class Options;
class ProviderWords;

// The values casectl's case options take, and what it says when one is not among them: the
// option by name and every valid value ("--type must be one of: Incident, NonIncident"),
// where the console's forms say "Choose a case type.".
namespace OptionValues {

// A create draft's problem as an option's: which option, what it must be.
QString createProblem(
    const CaseDraft::Problem &problem, const CaseDraft &draft, const CaseTypeMatrix &matrix);

// casectl cases --status/--priority/--type/--open: which cases to show. Each takes the API's
// word or the table's label (case, spaces, hyphens and underscores aside), several separated
// by commas.
class CaseSelection
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    // Reads the options; nullopt after a usage error was set in `error`.
    static std::optional<CaseSelection> from(const Options &options, QString *error);

    bool isEmpty() const;
    bool matches(const Case &c, const ProviderWords &words) const;

private:
    QStringList m_statuses; // API words (the sandbox's) or the provider's known words
    QStringList m_priorities;
    QStringList m_types; // type ids
    bool m_openOnly = false;
};

} // namespace OptionValues
