#include "CapabilitiesCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "api/CaseApi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

CapabilitiesCommand::CapabilitiesCommand()
    : Command(QStringLiteral("capabilities"), {QStringLiteral("json"), QStringLiteral("refresh")},
        Needs::Provider, 0)
{ }

int CapabilitiesCommand::run(CommandContext &context)
{
    CaseApi *api = context.api();
    const auto print = [&context, api] {
        if (context.options().isSet("json"))
            printJson(context, api->capabilities());
        else
            printText(context, api->capabilities());
        context.done(Exit::Ok);
    };
    if (!context.options().isSet("refresh") && !api->capabilities().isDue()) {
        print();
        return Exit::Later;
    }
    context.whenDone(api->discoverCapabilities(), print);
    return Exit::Later;
}

void CapabilitiesCommand::printJson(CommandContext &context, const ProviderCapabilities &caps)
{
    QJsonArray parts;
    for (const ProviderCapabilities::Part part : ProviderCapabilities::allParts()) {
        const ProviderCapabilities::Finding f = caps.finding(part);
        QJsonObject o {{QStringLiteral("capability"), ProviderCapabilities::key(part)},
            {QStringLiteral("present"), f.present},
            {QStringLiteral("learnedBy"), ProviderCapabilities::sourceName(f.source)}};
        if (!f.detail.isEmpty())
            o.insert(QStringLiteral("detail"), f.detail);
        parts.append(o);
    }
    context.output().printJson(
        QJsonObject {{QStringLiteral("discoveredAt"), caps.discoveredAt().toString(Qt::ISODate)},
            {QStringLiteral("capabilities"), parts}});
}

void CapabilitiesCommand::printText(CommandContext &context, const ProviderCapabilities &caps)
{
    QTextStream &out = context.output().out();
    out << tr("Learned %1.")
               .arg(QLocale::c().toString(
                   caps.discoveredAt().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")))
        << '\n';
    for (const ProviderCapabilities::Part part : ProviderCapabilities::allParts()) {
        const ProviderCapabilities::Finding f = caps.finding(part);
        QString line = QStringLiteral("%1 %2 %3")
                           .arg(ProviderCapabilities::key(part), -26)
                           .arg(f.present ? tr("present") : tr("absent"), -8)
                           .arg(f.source == ProviderCapabilities::Source::Unknown
                                   ? tr("unknown (counts as absent)")
                                   : tr("by %1").arg(ProviderCapabilities::sourceName(f.source)));
        if (!f.detail.isEmpty())
            line += QStringLiteral(": ") + f.detail;
        out << line.trimmed() << '\n';
    }
    const QList<ProviderCapabilities::Part> absent = caps.absentParts();
    if (!absent.isEmpty()) {
        QStringList words;
        for (const ProviderCapabilities::Part part : absent)
            words << ProviderCapabilities::absentWords(part);
        out << tr("This provider does not report: %1.").arg(words.join(QStringLiteral("; ")))
            << '\n';
    }
}
