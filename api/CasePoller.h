#pragma once

#include "models/ApiError.h"
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
// exponentially with jitter, honouring Retry-After (capped at NetworkLimits::MaxRetryAfterSeconds).
// While the system says the network is down the poller waits, and polls as soon as it is back (an
// unknown state counts as online). A case the answer held but that could not be read (an
// unreadable date) does not fail the poll: the others are delivered, and the next successful poll
// fetches it again by id (until it reads, or the provider no longer knows it).
class CasePoller : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped, // not started, or stopped
        Idle, // waiting for the next regular poll
        Polling, // a request is in flight
        WaitingToRetry, // the last poll failed; the next attempt is at nextPoll()
        Offline, // the system reports no network; polls resume when it returns
    };
    Q_ENUM(State)

    explicit CasePoller(CaseApi *api, QObject *parent = nullptr);

    void setInterval(int seconds);
    int interval() const { return m_intervalSeconds; }

    // After a restart: the last successful poll started at `when` (from the local store), so
    // the first poll asks only for what changed since then.
    void resumeFrom(const QDateTime &when);
    void start();
    void stop();
    // Polls now (unless one is running); `full` asks for every case.
    void pollNow(bool full = false);

    State state() const { return m_state; }
    bool isPolling() const { return !m_inFlight.isNull(); }
    // Pauses while the network is down (false) and catches up when it returns (true).
    void setNetworkReachable(bool reachable);
    // Follows the system's network state through QNetworkInformation when Qt has a backend
    // for it; without one (common on servers) the network counts as up.
    void followSystemNetworkState();
    QDateTime lastSuccess() const { return m_lastSuccessWall; }
    // When the last successful poll started (what the window is measured from).
    QDateTime lastSuccessStart() const { return m_lastSuccessStartWall; }
    QDateTime nextPoll() const { return m_nextPollWall; }
    // The lastModifiedMinutes the next poll will send.
    int nextWindowMinutes() const;
    // The ids of cases that could not be read, which the next poll fetches again by id.
    QStringList pendingCaseIds() const { return m_pendingIds; }

signals:
    void stateChanged(CasePoller::State state);
    void pollStarted(bool full);
    void casesReceived(const QList<Case> &cases, bool full);
    void pollSucceeded(const QDateTime &when);
    void pollFailed(const ApiError &error, const QDateTime &nextAttempt);

private:
    void onFinished(CasesReply *reply, bool full);
    // After a successful poll: fetches the cases left out earlier by id, then delivers.
    void fetchPending(QList<Case> cases, QStringList skipped, bool full);
    void succeed(const QList<Case> &cases, bool full);
    void scheduleNext(qint64 milliseconds);
    void setState(State state);

    CaseApi *m_api;
    QTimer m_timer;
    QPointer<CasesReply> m_inFlight;
    QElapsedTimer m_lastSuccessStart; // monotonic: immune to clock changes
    QElapsedTimer m_currentStart;
    QDateTime m_lastSuccessWall;
    QDateTime m_lastSuccessStartWall;
    QDateTime m_currentStartWall;
    QDateTime m_resumedFrom; // wall clock: only until the first poll of this run succeeds
    QDateTime m_nextPollWall;
    int m_intervalSeconds = 60;
    int m_failures = 0;
    State m_state = State::Stopped;
    bool m_running = false;
    bool m_reachable = true;
    // pollNow() while a poll was on its way: one more runs right after it.
    enum class Pending { None, Update, Full };
    Pending m_pending = Pending::None;
    // Cases left out of an answer as unreadable; fetched by id after the next poll.
    QStringList m_pendingIds;
};
