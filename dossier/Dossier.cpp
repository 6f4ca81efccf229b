#include "dossier/Dossier.h"

#include "dossier/ThreadDigest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace {

QStringList remarksOn(const Case &c, const SlaTargets &targets)
{
    QStringList remarks;
    if (c.priority.trimmed().isEmpty())
        remarks << QCoreApplication::translate(
            "Dossier", "The case has no priority: no SLA targets apply, no clock is counted.");
    else if (targets.isEmpty())
        remarks << QCoreApplication::translate(
            "Dossier", "The SLA policy has no targets for priority %1.")
                       .arg(c.priority);
    if (c.isIncident() && !c.startOfIncident.isValid())
        remarks << QCoreApplication::translate("Dossier",
            "The provider gave no start of incident: the outage and the restore clock count "
            "from the case's creation.");
    if (c.startOfIncident.isValid() && c.endOfIncident.isValid()
        && c.endOfIncident < c.startOfIncident)
        remarks << QCoreApplication::translate("Dossier",
            "The end of incident the provider gave lies before its start: it is not used; the "
            "outage runs to the case's closing (or to now while open).");
    return remarks;
}

QList<ObservedChange> observedOf(const QString &caseId, const QList<ObservedChange> &all)
{
    QList<ObservedChange> own;
    for (const ObservedChange &change : all) {
        if (change.caseId == caseId)
            own << change;
    }
    return own;
}

} // namespace

Dossier buildDossier(const DossierInput &input)
{
    Dossier dossier;
    dossier.generatedAt = input.now.isValid()
        ? input.now
        : Timestamp::fromDateTime(QDateTime::currentDateTimeUtc());
    dossier.policy = input.policy;
    dossier.source = input.source;
    dossier.generator = input.generator;
    dossier.profile = input.profile;
    dossier.words = input.words;
    dossier.localZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    dossier.cases.reserve(input.cases.size());
    for (const Case &c : input.cases) {
        DossierCase d;
        d.c = c;
        const QList<ObservedChange> observed = observedOf(c.id, input.observed);
        QList<StatusChange> history = statusChangesFromThread(c, input.words);
        history += statusChangesFrom(observed);
        d.targets = input.policy.targetsFor(c.priority);
        d.sla = computeSla(c, history, input.policy, input.words, dossier.generatedAt);
        d.outage = outageOf(c, input.words, dossier.generatedAt);
        d.timeline = buildTimeline(c, observed, input.words);
        d.thread = c.communications;
        std::stable_sort(
            d.thread.begin(), d.thread.end(), [](const Communication &a, const Communication &b) {
                return a.timestamp < b.timestamp;
            });
        const QByteArray canonical = ThreadDigest::canonical(c.communications);
        d.canonicalBytes = canonical.size();
        d.threadSha256 = QString::fromLatin1(
            QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
        d.remarks = remarksOn(c, d.targets);
        d.source = input.sourceOf.value(c.id, input.source);
        dossier.cases << std::move(d);
    }
    return dossier;
}
