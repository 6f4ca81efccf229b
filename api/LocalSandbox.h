#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

// The local sandbox server (sandbox/server.js on Node.js 20) as a child process of the console,
// for `caseconsole --sandbox` and the first-run demo: started on a free loopback port with
// demo data and simulated activity, its state kept in a file between runs, stopped with the
// console. Asynchronous: started() or failed() follows start() once.
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    // Where server.js is looked for: $CASECONSOLE_SANDBOX_DIR, the installed
    // <prefix>/share/caseconsole/sandbox, then the source tree the console was built from.
    // Empty when none has it.
    static QString findDirectory();

    // `stateFile`: where the sandbox keeps its cases between runs (empty: demo data each time).
    // `activitySeconds`: how often, on average, the simulated provider changes something.
    // `serverOptions`: more options for server.js (e.g. --schema documented --words plain).
    void start(
        const QString &stateFile, int activitySeconds = 30, const QStringList &serverOptions = {});
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // Stops the server without waiting (it saves its state as it goes) and deletes this object
    // once it has exited. The destructor, by contrast, waits up to 3 s: for the end of the run.
    void stopLater();

    QUrl graphqlUrl() const { return m_graphql; }
    QUrl tokenUrl() const { return m_token; }
    QUrl caseRepositoryUrl() const { return m_caseRepository; }

signals:
    void started();
    // Why the sandbox could not start, in words, with what to do.
    void failed(const QString &message);

private:
    void onOutput();
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_output;
    QUrl m_graphql;
    QUrl m_token;
    QUrl m_caseRepository;
    bool m_reported = false;
};
