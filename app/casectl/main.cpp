// casectl's composition root.

#include "CommandRunner.h"
#include "ExitCode.h"
#include "app/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casectl"));
    QCoreApplication::setOrganizationName(QStringLiteral("CaseConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASECONSOLE_VERSION));
    // Messages in the system's language where it is one of the shipped ones.
    Translations::install();

    // Errors reach the user as one line each from casectl itself; the library's log lines
    // would repeat them. QT_LOGGING_RULES brings them back for debugging.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("caseconsole.*=false"));

    CommandRunner casectl(stdout, stderr);
    QObject::connect(&casectl.context(), &CommandContext::finished, &app, &QCoreApplication::exit,
        Qt::QueuedConnection);
    const int immediate = casectl.start(QCoreApplication::arguments());
    if (immediate != Exit::Later)
        return immediate;
    return app.exec();
}
