#include "models/SlaJson.h"

namespace SlaJson {

namespace {

QJsonObject clockJson(const SlaClock &c)
{
    QJsonObject json {{QLatin1String("state"), stateName(c.state)}};
    if (c.state == SlaClock::State::None)
        return json;
    json.insert(QLatin1String("targetMinutes"), qint64(c.targetSeconds / 60));
    json.insert(QLatin1String("elapsedSeconds"), c.elapsedSeconds);
    json.insert(QLatin1String("leftSeconds"), c.leftSeconds());
    if (c.due.isValid())
        json.insert(QLatin1String("due"), c.due.toIsoString());
    if (c.stoppedAt.isValid())
        json.insert(QLatin1String("stoppedAt"), c.stoppedAt.toIsoString());
    return json;
}

} // namespace

QString stateName(SlaClock::State state)
{
    switch (state) {
    case SlaClock::State::Running:
        return QStringLiteral("running");
    case SlaClock::State::Paused:
        return QStringLiteral("paused");
    case SlaClock::State::Met:
        return QStringLiteral("met");
    case SlaClock::State::Breached:
        return QStringLiteral("breached");
    case SlaClock::State::None:
        break;
    }
    return QStringLiteral("none");
}

QString turnName(SlaReport::Turn turn)
{
    switch (turn) {
    case SlaReport::Turn::Provider:
        return QStringLiteral("provider");
    case SlaReport::Turn::Us:
        return QStringLiteral("us");
    case SlaReport::Turn::Nobody:
        break;
    }
    return QStringLiteral("nobody");
}

QJsonObject toJson(const SlaReport &report, const Timestamp &computedAt)
{
    QJsonObject json {{QLatin1String("computedAt"), computedAt.toIsoString()},
        {QLatin1String("firstResponse"), clockJson(report.firstResponse)},
        {QLatin1String("updateGap"), clockJson(report.updateGap)},
        {QLatin1String("restore"), clockJson(report.restore)},
        {QLatin1String("longestGapSeconds"), report.longestGapSeconds},
        {QLatin1String("gapBreaches"), report.gapBreaches},
        {QLatin1String("turn"), turnName(report.turn)}};
    if (report.turnSince.isValid())
        json.insert(QLatin1String("turnSince"), report.turnSince.toIsoString());
    const Timestamp next = report.nextBreach();
    json.insert(QLatin1String("nextBreach"),
        next.isValid() ? QJsonValue(next.toIsoString()) : QJsonValue());
    return json;
}

} // namespace SlaJson
