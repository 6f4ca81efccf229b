#include "api/LocalSandbox.h"

#include "api/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

bool hasServer(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(QStringLiteral("server.js")));
}

} // namespace

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalSandbox::onOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Node.js could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        const QString errors = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
        fail(tr("The sandbox server stopped (exit code %1)%2")
                 .arg(code)
                 .arg(errors.isEmpty() ? QString()
                                       : QStringLiteral(": ") + errors.section(u'\n', -3)));
    });
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(20'000);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("The sandbox server did not start within 20 seconds."));
        m_process.kill();
    });
}

LocalSandbox::~LocalSandbox()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGTERM lets the server save its state; end of input stops it even if that is missed.
    m_reported = true;
    m_process.closeWriteChannel();
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
}

void LocalSandbox::stopLater()
{
    m_reported = true; // its end is no failure
    m_startTimeout.stop();
    if (m_process.state() == QProcess::NotRunning) {
        deleteLater();
        return;
    }
    connect(&m_process, &QProcess::finished, this, &QObject::deleteLater);
    m_process.closeWriteChannel();
    m_process.terminate();
    QTimer::singleShot(5000, this, [this] { m_process.kill(); });
}

QString LocalSandbox::findDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CASECONSOLE_SANDBOX_DIR");
    if (!fromEnvironment.isEmpty())
        return hasServer(fromEnvironment) ? fromEnvironment : QString();
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/caseconsole/sandbox"));
    if (hasServer(installed))
        return QDir::cleanPath(installed);
#ifdef CASECONSOLE_SOURCE_SANDBOX_DIR
    if (hasServer(QStringLiteral(CASECONSOLE_SOURCE_SANDBOX_DIR)))
        return QStringLiteral(CASECONSOLE_SOURCE_SANDBOX_DIR);
#endif
    return {};
}

void LocalSandbox::start(
    const QString &stateFile, int activitySeconds, const QStringList &serverOptions)
{
    m_reported = false;
    m_output.clear();
    const QString dir = findDirectory();
    if (dir.isEmpty()) {
        fail(tr("The sandbox server is not installed (no sandbox/server.js was found). Set "
                "CASECONSOLE_SANDBOX_DIR to the sandbox folder of the source tree."));
        return;
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        fail(tr("The sandbox needs Node.js 20 or newer, and no “node” program was found. "
                "Install Node.js (e.g. apt install nodejs) and try again."));
        return;
    }
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("node_modules")))) {
        fail(tr("The sandbox's packages are not installed. Run “npm ci” in %1 (scripts/deps "
                "does it) and try again.")
                 .arg(QDir::toNativeSeparators(dir)));
        return;
    }
    QStringList arguments {QStringLiteral("server.js"), QStringLiteral("--port"),
        QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("demo"),
        QStringLiteral("--exit-on-stdin-eof")};
    if (activitySeconds > 0)
        arguments << QStringLiteral("--activity") << QString::number(activitySeconds);
    if (!stateFile.isEmpty()) {
        QDir().mkpath(QFileInfo(stateFile).absolutePath());
        arguments << QStringLiteral("--data") << stateFile;
    }
    arguments << serverOptions;
    qCInfo(lcApi) << "starting the sandbox server in" << dir;
    m_process.setWorkingDirectory(dir);
    m_process.start(node, arguments);
    m_startTimeout.start();
}

void LocalSandbox::onOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (!m_graphql.isEmpty())
        return;
    const qsizetype newline = m_output.indexOf('\n');
    if (newline < 0)
        return;
    m_startTimeout.stop();
    QJsonParseError error;
    const QJsonObject line = QJsonDocument::fromJson(m_output.left(newline), &error).object();
    const QUrl graphql(line.value(QLatin1String("graphql")).toString());
    if (error.error != QJsonParseError::NoError || !graphql.isValid() || graphql.isEmpty()) {
        fail(tr("The sandbox server's start line could not be read."));
        m_process.kill();
        return;
    }
    m_graphql = graphql;
    m_token = QUrl(line.value(QLatin1String("token")).toString());
    m_caseRepository = QUrl(line.value(QLatin1String("caseRepository")).toString());
    qCInfo(lcApi) << "sandbox server at" << m_graphql.toString();
    m_reported = true;
    emit started();
}

void LocalSandbox::fail(const QString &message)
{
    m_startTimeout.stop();
    if (m_reported)
        return;
    m_reported = true;
    qCWarning(lcApi) << "sandbox:" << message;
    // Always after start() has returned, as promised.
    QMetaObject::invokeMethod(
        this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
}
