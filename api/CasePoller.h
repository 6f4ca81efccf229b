#pragma once

#include "api/ApiError.h"
#include "models/Case.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class CaseApi;
class CasesReply;

// Polls the provider for changed cases (there are no subscriptions). The window is the minutes
// since the start of the last successful poll, rounded up, plus one minute of overlap; the
// first poll, and a full refresh, ask for everything (0). One poll at a time; failures back off
// exponentially with jitter, honouring Retry-After.
class CasePoller : public QObject
{
    Q_OBJECT

public:
    explicit CasePoller(CaseApi *api, QObject *parent = nullptr);

    void setInterval(int seconds);
    int interval() const { return m_intervalSeconds; }

    void start();
    void stop();
    // Polls now (unless one is running); `full` asks for every case.
    void pollNow(bool full = false);

    bool isPolling() const { return !m_inFlight.isNull(); }
    QDateTime lastSuccess() const { return m_lastSuccessWall; }
    QDateTime nextPoll() const { return m_nextPollWall; }
    // The lastModifiedMinutes the next poll will send.
    int nextWindowMinutes() const;

signals:
    void pollStarted(bool full);
    void casesReceived(const QList<Case> &cases, bool full);
    void pollSucceeded(const QDateTime &when);
    void pollFailed(const ApiError &error, const QDateTime &nextAttempt);

private:
    void onFinished(CasesReply *reply, bool full);
    void scheduleNext(int milliseconds);

    CaseApi *m_api;
    QTimer m_timer;
    QPointer<CasesReply> m_inFlight;
    QElapsedTimer m_lastSuccessStart; // monotonic: immune to clock changes
    QElapsedTimer m_currentStart;
    QDateTime m_lastSuccessWall;
    QDateTime m_nextPollWall;
    int m_intervalSeconds = 60;
    int m_failures = 0;
    bool m_running = false;
    bool m_fullPending = false;
};
