#include "models/SlaPolicy.h"

#include <QJsonValue>

namespace {

constexpr int Hour = 60;
constexpr int Day = 24 * Hour;
// Minutes are bounded so that seconds and ticks computed from them cannot overflow.
constexpr int MaxMinutes = SlaPolicy::MaxMinutes;

int minutesFrom(const QJsonObject &object, QLatin1StringView key, int fallback)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return fallback;
    const double minutes = value.toDouble();
    if (!(minutes >= 0) || minutes > MaxMinutes)
        return fallback;
    return int(minutes);
}

bool flagFrom(const QJsonObject &object, QLatin1StringView key, bool fallback)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

} // namespace

SlaPolicy SlaPolicy::defaults()
{
    SlaPolicy policy;
    policy.byPriority = {
        {QStringLiteral("P1"), {15, 1 * Hour, 4 * Hour}},
        {QStringLiteral("P2"), {30, 2 * Hour, 8 * Hour}},
        {QStringLiteral("P3"), {2 * Hour, 8 * Hour, 1 * Day}},
        {QStringLiteral("P4"), {8 * Hour, 1 * Day, 3 * Day}},
        {QStringLiteral("P5"), {1 * Day, 3 * Day, 0}},
    };
    return policy;
}

SlaTargets SlaPolicy::targetsFor(const QString &priority) const
{
    return byPriority.value(priority.trimmed().toUpper());
}

QJsonObject SlaPolicy::toJson() const
{
    QJsonObject priorities;
    for (auto it = byPriority.cbegin(); it != byPriority.cend(); ++it) {
        priorities.insert(it.key(),
            QJsonObject {{QLatin1String("firstResponse"), it->firstResponseMinutes},
                {QLatin1String("updateGap"), it->updateGapMinutes},
                {QLatin1String("restore"), it->restoreMinutes}});
    }
    return {{QLatin1String("priorities"), priorities},
        {QLatin1String("pauseWhenWaitingOnUs"), pauseWhenWaitingOnUs},
        {QLatin1String("pauseWhenOnHold"), pauseWhenOnHold},
        {QLatin1String("pauseOnProviderQuestion"), pauseOnProviderQuestion},
        {QLatin1String("warnBeforeMinutes"), warnBeforeMinutes}};
}

SlaPolicy SlaPolicy::fromJson(const QJsonObject &json)
{
    SlaPolicy policy = defaults();
    const QJsonObject priorities = json.value(QLatin1String("priorities")).toObject();
    for (auto it = priorities.constBegin(); it != priorities.constEnd(); ++it) {
        const QString priority = it.key().trimmed().toUpper();
        if (priority.isEmpty() || !it->isObject())
            continue;
        const QJsonObject object = it->toObject();
        const SlaTargets fallback = policy.byPriority.value(priority);
        policy.byPriority.insert(priority,
            {minutesFrom(object, QLatin1String("firstResponse"), fallback.firstResponseMinutes),
                minutesFrom(object, QLatin1String("updateGap"), fallback.updateGapMinutes),
                minutesFrom(object, QLatin1String("restore"), fallback.restoreMinutes)});
    }
    policy.pauseWhenWaitingOnUs
        = flagFrom(json, QLatin1String("pauseWhenWaitingOnUs"), policy.pauseWhenWaitingOnUs);
    policy.pauseWhenOnHold
        = flagFrom(json, QLatin1String("pauseWhenOnHold"), policy.pauseWhenOnHold);
    policy.pauseOnProviderQuestion
        = flagFrom(json, QLatin1String("pauseOnProviderQuestion"), policy.pauseOnProviderQuestion);
    policy.warnBeforeMinutes
        = minutesFrom(json, QLatin1String("warnBeforeMinutes"), policy.warnBeforeMinutes);
    return policy;
}
