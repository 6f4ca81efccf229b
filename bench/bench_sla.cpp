// The SLA clocks of every case, as at start (docs/sla.md, session/SlaClocks): 1k, 10k and 100k
// cases with 5 communications each (a question, a status update, one case in seven closed):
// the skeletons the clocks keep, every report computed from them, and a tick that computes
// the moving clocks again. Target: all clocks of 100k cases under 50 ms (release build).
//
//   bench_sla [N ...]

#include "models/Case.h"
#include "models/ProviderWords.h"
#include "models/SlaClock.h"
#include "models/SlaPolicy.h"
#include "session/SlaClocks.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {

Timestamp at(qint64 minutes)
{
    return Timestamp::fromTicks((1'790'000'000LL + minutes * 60) * 10'000'000LL, 3600);
}

QList<Case> makeCases(int count)
{
    QList<Case> cases;
    cases.reserve(count);
    for (int i = 0; i < count; ++i) {
        Case c;
        c.id = QStringLiteral("CS-%1").arg(4'000'000 + i);
        c.type = i % 2 ? QStringLiteral("Incident") : QStringLiteral("NonIncident");
        c.subject = i % 2 ? QStringLiteral("ServiceDown") : QStringLiteral("ChangeRequest");
        c.priority = QStringLiteral("P%1").arg(i % 2 ? 1 + i % 5 : 3 + i % 3);
        c.status = i % 7
            ? (i % 5 ? QStringLiteral("InProgress") : QStringLiteral("PendingCustomer"))
            : QStringLiteral("Closed");
        const qint64 start = -(i % 5000);
        c.createdDate = at(start);
        c.startOfIncident = at(start - 10);
        c.lastModifiedDate = at(start + 90);
        c.communications
            = {{QStringLiteral("Site down since 09:50, fibre cut suspected."),
                   QStringLiteral("CustomerMessage"), at(start), QStringLiteral("noc")},
                {QStringLiteral("Status changed from New to InProgress."),
                    QStringLiteral("StatusUpdate"), at(start + 5), QStringLiteral("system")},
                {QStringLiteral("Can you confirm the CPE has power?"),
                    QStringLiteral("ProviderMessage"), at(start + 12), QStringLiteral("provider")},
                {QStringLiteral("Yes, power is fine."), QStringLiteral("CustomerMessage"),
                    at(start + 20), QStringLiteral("noc")},
                {QStringLiteral("Engineer dispatched, ETA two hours."),
                    QStringLiteral("ProviderMessage"), at(start + 60), QStringLiteral("provider")}};
        cases.append(std::move(c));
    }
    return cases;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes << arg.toInt();
    if (sizes.isEmpty())
        sizes = {1'000, 10'000, 100'000};
    const ProviderWords words;
    const SlaPolicy policy = SlaPolicy::defaults();
    const Timestamp now = at(120);
    std::printf(
        "| cases | skeletons | every clock (at start) | a tick (moving clocks) | running |\n");
    std::printf("|---|---|---|---|---|\n");
    for (int n : sizes) {
        const QList<Case> cases = makeCases(n);
        QElapsedTimer timer;
        timer.start();
        QList<Case> skeletons;
        QList<QList<StatusChange>> histories;
        skeletons.reserve(n);
        histories.reserve(n);
        for (const Case &c : cases) {
            skeletons.append(SlaClocks::skeletonOf(c, words));
            histories.append(statusChangesFromThread(c, words));
        }
        const double skeletonMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        QList<SlaReport> reports;
        reports.reserve(n);
        for (qsizetype i = 0; i < skeletons.size(); ++i)
            reports.append(computeSla(skeletons.at(i), histories.at(i), policy, words, now));
        const double allMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        int moving = 0;
        for (qsizetype i = 0; i < skeletons.size(); ++i) {
            if (!reports.at(i).nextBreach().isValid() && !reports.at(i).anyBreached())
                continue;
            ++moving;
            const SlaReport again
                = computeSla(skeletons.at(i), histories.at(i), policy, words, at(121));
            if (!SlaClocks::sameShown(again, reports.at(i)))
                reports[i] = again;
        }
        const double tickMs = timer.nsecsElapsed() / 1e6;
        std::printf(
            "| %d | %.1f ms | %.1f ms | %.1f ms | %d |\n", n, skeletonMs, allMs, tickMs, moving);
    }
    return 0;
}
