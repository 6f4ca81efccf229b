#pragma once

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

// The targets a profile's cases are measured against (docs/sla.md): per priority, minutes to the
// provider's first response, the longest the provider may stay silent while a case is open, and
// for incidents the time to restore. Zero means no target. The provider publishes none of this
// in its case API; the engineer enters the contract's figures in Settings, per profile.
struct SlaTargets
{
    int firstResponseMinutes = 0;
    int updateGapMinutes = 0;
    int restoreMinutes = 0;

    bool isEmpty() const
    {
        return firstResponseMinutes <= 0 && updateGapMinutes <= 0 && restoreMinutes <= 0;
    }

    friend bool operator==(const SlaTargets &, const SlaTargets &) = default;
};

// The targets per priority and when the clocks pause (time the provider waits on us is not
// counted against the provider).
struct SlaPolicy
{
    // The longest target (366 days), so that seconds and ticks computed from it cannot overflow.
    static constexpr int MaxMinutes = 366 * 24 * 60;

    QMap<QString, SlaTargets> byPriority; // "P1" ... "P5"
    // Statuses that say the provider waits on the customer (PendingCustomer and its synonyms).
    bool pauseWhenWaitingOnUs = true;
    // OnHold and its synonyms.
    bool pauseWhenOnHold = true;
    // From a provider message that asks us something (it holds a question mark) until our next
    // message.
    bool pauseOnProviderQuestion = false;
    // How long before a running clock's due time the console warns (watched cases and P1/P2);
    // zero: no warning.
    int warnBeforeMinutes = 10;

    // Common carrier figures: P1 15 min / 1 h / 4 h, down to P5 1 day / 3 days / none.
    static SlaPolicy defaults();

    // The targets for a priority; empty for a priority the policy does not know (a case
    // without a priority has no clocks).
    SlaTargets targetsFor(const QString &priority) const;

    // Kept in the profile as one JSON object (SettingsKeys::SlaPolicy). Unknown keys are
    // ignored; a missing or malformed value keeps the default.
    QJsonObject toJson() const;
    static SlaPolicy fromJson(const QJsonObject &json);

    friend bool operator==(const SlaPolicy &, const SlaPolicy &) = default;
};

Q_DECLARE_METATYPE(SlaPolicy)
