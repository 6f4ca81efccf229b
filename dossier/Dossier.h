#pragma once

#include "models/Case.h"
#include "models/CaseTimeline.h"
#include "models/ProviderWords.h"
#include "models/SlaClock.h"
#include "models/SlaPolicy.h"
#include "models/Timestamp.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What a dossier is made of (docs/dossier.md): the cases with their whole threads, what the
// console observed of them between polls, the profile's SLA targets and the provider's words.
struct DossierInput
{
    QList<Case> cases;
    // Status and priority changes the console saw (any case; each case takes its own).
    QList<ObservedChange> observed;
    SlaPolicy policy = SlaPolicy::defaults();
    ProviderWords words;
    // The moment the clocks and open outages are computed at; invalid means now.
    Timestamp now;
    // Where the threads were read: "local store" or "provider" (named in the manifest), and
    // where a case's thread came from elsewhere (casectl: the provider, but one case from the
    // store when its fetch failed).
    QString source;
    QHash<QString, QString> sourceOf;
    // Who made it ("Case Console 0.1.0"), and for whom (the profile), for the cover.
    QString generator;
    QString profile;
};

// One case of a dossier, everything computed.
struct DossierCase
{
    Case c;
    SlaTargets targets; // the policy's targets for the case's priority (empty: no clocks)
    SlaReport sla;
    Outage outage;
    QList<TimelineEntry> timeline;
    // The thread oldest first, as the canonical serialisation orders it.
    QList<Communication> thread;
    QString threadSha256;
    qsizetype canonicalBytes = 0;
    QString source; // where this thread was read (the manifest says it)
    // What a reader must know about the data: no priority, no start of incident, an end
    // before the start... (in words, translated).
    QStringList remarks;
};

struct Dossier
{
    QList<DossierCase> cases;
    Timestamp generatedAt;
    SlaPolicy policy;
    QString source;
    QString generator;
    QString profile;
    ProviderWords words; // which side each communication is on
    QString localZone; // the IANA id of the local time zone the "local" times are in
};

// Computes every part of each case. Pure: the same input gives the same dossier.
Dossier buildDossier(const DossierInput &input);
