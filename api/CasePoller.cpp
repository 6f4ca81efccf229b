#include "api/CasePoller.h"

#include "api/CaseApi.h"
#include "api/Logging.h"
#include "api/NetworkLimits.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr int MaxBackoffSeconds = 15 * 60;
}

CasePoller::CasePoller(CaseApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { pollNow(false); });
}

void CasePoller::setInterval(int seconds)
{
    m_intervalSeconds = qMax(1, seconds);
}

void CasePoller::resumeFrom(const QDateTime &when)
{
    m_resumedFrom = when;
}

void CasePoller::start()
{
    m_running = true;
    pollNow(false);
}

void CasePoller::stop()
{
    m_running = false;
    m_timer.stop();
    m_nextPollWall = {};
    delete m_inFlight.data();
    setState(State::Stopped);
}

void CasePoller::setNetworkReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    qCInfo(lcPoller) << (reachable ? "network is back" : "network is down; polling paused");
    if (!m_running)
        return;
    if (!reachable) {
        if (!m_inFlight) {
            m_timer.stop();
            m_nextPollWall = {};
            setState(State::Offline);
        }
        return;
    }
    // Back online: catch up at once instead of waiting out a backoff.
    m_failures = 0;
    pollNow(false);
}

void CasePoller::followSystemNetworkState()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCDebug(lcPoller) << "no network information backend; assuming online";
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability reachability) {
        setNetworkReachable(reachability != QNetworkInformation::Reachability::Disconnected);
    };
    apply(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
}

void CasePoller::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

int CasePoller::nextWindowMinutes() const
{
    if (m_pending == Pending::Full)
        return 0;
    qint64 elapsedMs = -1;
    if (m_lastSuccessStart.isValid()) {
        // The monotonic clock stops while the computer sleeps; the wall clock does not. The
        // longer of the two never misses a change made during a suspend.
        elapsedMs = qMax(m_lastSuccessStart.elapsed(),
            m_lastSuccessStartWall.msecsTo(QDateTime::currentDateTimeUtc()));
    } else if (m_resumedFrom.isValid())
        elapsedMs = qMax<qint64>(0, m_resumedFrom.msecsTo(QDateTime::currentDateTimeUtc()));
    if (elapsedMs < 0)
        return 0;
    // Minutes since the last successful poll started, rounded up, plus one of overlap.
    return int(qMin<qint64>((elapsedMs + 59'999) / 60'000 + 1, std::numeric_limits<int>::max()));
}

void CasePoller::pollNow(bool full)
{
    if (m_inFlight) {
        // One poll at a time; one asked for meanwhile (a change just sent, a full refresh) runs
        // next: the answer on its way may predate what it is meant to show.
        m_pending = full ? Pending::Full : qMax(m_pending, Pending::Update);
        return;
    }
    full = full || m_pending == Pending::Full
        || (!m_lastSuccessStart.isValid() && !m_resumedFrom.isValid());
    m_pending = Pending::None;
    m_timer.stop();
    m_nextPollWall = {};
    const int minutes = full ? 0 : nextWindowMinutes();
    qCDebug(lcPoller) << "polling, lastModifiedMinutes =" << minutes;
    m_currentStart.start();
    m_currentStartWall = QDateTime::currentDateTimeUtc();
    CasesReply *reply = m_api->pollUpdatedCases(minutes);
    m_inFlight = reply;
    connect(reply, &CasesReply::finished, this, [this, reply, full] { onFinished(reply, full); });
    setState(State::Polling);
    emit pollStarted(full);
}

void CasePoller::onFinished(CasesReply *reply, bool full)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    const ApiError error = reply->error();
    if (!error.isError()) {
        // An answer proves the network is there, whatever the system reported.
        m_reachable = true;
        m_failures = 0;
        m_lastSuccessStart = m_currentStart;
        m_lastSuccessStartWall = m_currentStartWall;
        fetchPending(reply->cases(), reply->skippedIds(), full);
        return;
    }

    ++m_failures;
    // Exponential backoff from the interval, capped, with +-20 % jitter so many consoles do not
    // return together; a server's Retry-After wins when it asks for longer.
    const double base = qMin<double>(
        MaxBackoffSeconds, m_intervalSeconds * std::pow(2.0, qMin(m_failures - 1, 10)));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    // In 64 bits: a Retry-After is capped (NetworkLimits::MaxRetryAfterSeconds), but a product
    // in int overflowed before it was.
    qint64 delayMs = qint64(base * jitter * 1000);
    if (!error.isRetryable())
        delayMs = qMax<qint64>(delayMs, qint64(m_intervalSeconds) * 1000);
    if (error.retryAfterSeconds() > 0)
        delayMs = qMax(delayMs,
            qMin<qint64>(error.retryAfterSeconds(), NetworkLimits::MaxRetryAfterSeconds) * 1000);
    qCInfo(lcPoller) << "poll failed:" << error.kind() << error.httpStatus() << error.code()
                     << "retrying in" << delayMs / 1000 << "s";
    scheduleNext(delayMs);
    setState(!m_running ? State::Stopped : m_reachable ? State::WaitingToRetry : State::Offline);
    emit pollFailed(error, m_nextPollWall);
}

void CasePoller::fetchPending(QList<Case> cases, QStringList skipped, bool full)
{
    // What this answer brought need not be fetched again; what it left out is, next time.
    for (const Case &c : std::as_const(cases))
        m_pendingIds.removeAll(c.id);
    QStringList again = m_pendingIds;
    for (const QString &id : std::as_const(skipped)) {
        again.removeAll(id);
        if (!m_pendingIds.contains(id))
            m_pendingIds.append(id);
    }
    if (again.isEmpty()) {
        succeed(cases, full);
        return;
    }
    qCInfo(lcPoller) << "fetching again by id" << again.size() << "case(s) left out before";
    CasesReply *reply = m_api->fetchCases(again);
    m_inFlight = reply;
    connect(reply, &CasesReply::finished, this, [this, reply, cases, again, full]() mutable {
        reply->deleteLater();
        m_inFlight = nullptr;
        if (reply->error().isError()) {
            // The poll itself succeeded: deliver it; these stay pending for the next one.
            qCInfo(lcPoller) << "fetching by id failed:" << reply->error().kind()
                             << reply->error().httpStatus() << reply->error().code();
        } else {
            // Read, or unknown to the provider now: done. Still unreadable: again next time.
            const QStringList stillSkipped = reply->skippedIds();
            for (const QString &id : std::as_const(again)) {
                if (!stillSkipped.contains(id))
                    m_pendingIds.removeAll(id);
            }
            for (const Case &c : reply->cases()) {
                if (std::none_of(cases.cbegin(), cases.cend(),
                        [&c](const Case &known) { return known.id == c.id; }))
                    cases.append(c);
            }
        }
        succeed(cases, full);
    });
}

void CasePoller::succeed(const QList<Case> &cases, bool full)
{
    m_lastSuccessWall = QDateTime::currentDateTime();
    scheduleNext(m_pending != Pending::None ? 0 : qint64(m_intervalSeconds) * 1000);
    setState(m_running ? State::Idle : State::Stopped);
    emit casesReceived(cases, full);
    emit pollSucceeded(m_lastSuccessWall);
}

void CasePoller::scheduleNext(qint64 milliseconds)
{
    if (!m_running || !m_reachable) {
        m_nextPollWall = {};
        return;
    }
    milliseconds = qBound(qint64(0), milliseconds, qint64(std::numeric_limits<int>::max()));
    m_timer.start(std::chrono::milliseconds(milliseconds));
    m_nextPollWall = QDateTime::currentDateTime().addMSecs(milliseconds);
}
