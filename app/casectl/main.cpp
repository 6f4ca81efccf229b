// casectl's composition root.

#include "CommandRunner.h"
#include "ExitCode.h"
#include "app/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// 'export' lays out a PDF, which needs fonts and so a QGuiApplication; without a display it
// uses the offscreen platform (in libqt6gui6). The other commands start without one.
std::unique_ptr<QCoreApplication> application(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application_ = application(argc, argv);
    QCoreApplication &app = *application_;
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
