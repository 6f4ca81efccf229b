#include "MatrixCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "models/CaseTypeMatrix.h"

#include <QJsonArray>
#include <QJsonObject>

MatrixCommand::MatrixCommand()
    : Command(QStringLiteral("matrix"), {QStringLiteral("json")}, Needs::Nothing, std::nullopt)
{ }

int MatrixCommand::run(CommandContext &context)
{
    if (context.options().isSet("json")) {
        printJson(context);
        context.output().out().flush();
        return Exit::Ok;
    }
    QTextStream &out = context.output().out();
    for (const CaseTypeMatrix::Type &t : CaseTypeMatrix::builtIn().types()) {
        QStringList subjects;
        for (const CaseTypeMatrix::Subject &s : t.subjects)
            subjects << s.id;
        out << t.id << " (" << t.label << ")\n"
            << "  " << tr("priorities:") << ' ' << t.priorities.join(QStringLiteral(", ")) << '\n'
            << "  " << tr("subjects:") << ' ' << subjects.join(QStringLiteral(", ")) << '\n';
        if (t.requiresIncidentDates)
            out << "  " << tr("needs startOfIncident and endOfIncident (may be open-ended)")
                << '\n';
    }
    out.flush();
    return Exit::Ok;
}

void MatrixCommand::printJson(CommandContext &context)
{
    QJsonArray types;
    for (const CaseTypeMatrix::Type &t : CaseTypeMatrix::builtIn().types()) {
        QJsonArray subjects;
        for (const CaseTypeMatrix::Subject &s : t.subjects)
            subjects.append(s.id);
        types.append(QJsonObject {{QStringLiteral("type"), t.id},
            {QStringLiteral("priorities"), QJsonArray::fromStringList(t.priorities)},
            {QStringLiteral("subjects"), subjects},
            {QStringLiteral("requiresIncidentDates"), t.requiresIncidentDates}});
    }
    context.output().printJson(types);
}
