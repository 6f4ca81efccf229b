#include "CasectlProcess.h"

#include <QDir>
#include <QProcess>

namespace {

QProcessEnvironment environment(const QString &configDir, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    env.insert(
        QStringLiteral("CASECONSOLE_DATA_DIR"), QDir(configDir).filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("CASECTL_CLIENT_SECRET"));
    env.remove(QStringLiteral("CASECTL_REPOSITORY_PASSWORD"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return env;
}

} // namespace

QProcess *startCasectl(
    const QString &configDir, const QStringList &arguments, const QProcessEnvironment &extra)
{
    auto *process = new QProcess;
    process->setProcessEnvironment(environment(configDir, extra));
    process->start(QStringLiteral(CASECTL_BINARY), arguments);
    process->closeWriteChannel();
    return process;
}

CasectlResult runCasectl(const QString &configDir, const QStringList &arguments,
    const QByteArray &input, const QProcessEnvironment &extra)
{
    QProcess process;
    process.setProcessEnvironment(environment(configDir, extra));
    process.start(QStringLiteral(CASECTL_BINARY), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    CasectlResult result;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("casectl did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
