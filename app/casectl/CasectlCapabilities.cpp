// casectl capabilities: what the provider has beyond its documented schema, as the profile's
// cache holds it (learned again with --refresh, or when a day old), and the cache itself: read
// from the profile's local store before a provider command, written when the API learns.

#include "Casectl.h"
#include "api/CaseApi.h"
#include "api/ProviderConnection.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

void Casectl::useCapabilityCache()
{
    CaseApi *api = m_connection->api();
    if (Store *local = store()) {
        const QByteArray cached = local->providerCapabilities();
        if (const auto caps = ProviderCapabilities::fromJson(cached); caps && !cached.isEmpty())
            api->setCapabilities(*caps);
    }
    connect(api, &CaseApi::capabilitiesLearned, this, [this](const ProviderCapabilities &caps) {
        if (Store *local = store())
            local->setProviderCapabilities(caps.toJson());
    });
}

void Casectl::runCapabilities()
{
    CaseApi *api = m_connection->api();
    const auto print = [this, api] {
        const ProviderCapabilities caps = api->capabilities();
        const QString when = caps.discoveredAt().toString(Qt::ISODate);
        if (m_parser.isSet(QStringLiteral("json"))) {
            QJsonArray parts;
            for (const ProviderCapabilities::Part part : ProviderCapabilities::allParts()) {
                const ProviderCapabilities::Finding f = caps.finding(part);
                QJsonObject o {{QStringLiteral("capability"), ProviderCapabilities::key(part)},
                    {QStringLiteral("present"), f.present},
                    {QStringLiteral("learnedBy"), ProviderCapabilities::sourceName(f.source)}};
                if (!f.detail.isEmpty())
                    o.insert(QStringLiteral("detail"), f.detail);
                parts.append(o);
            }
            printJson(QJsonObject {
                {QStringLiteral("discoveredAt"), when}, {QStringLiteral("capabilities"), parts}});
            done(Ok);
            return;
        }
        m_out << tr("Learned %1.")
                     .arg(QLocale::c().toString(
                         caps.discoveredAt().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")))
              << '\n';
        for (const ProviderCapabilities::Part part : ProviderCapabilities::allParts()) {
            const ProviderCapabilities::Finding f = caps.finding(part);
            QString line
                = QStringLiteral("%1 %2 %3")
                      .arg(ProviderCapabilities::key(part), -26)
                      .arg(f.present ? tr("present") : tr("absent"), -8)
                      .arg(f.source == ProviderCapabilities::Source::Unknown
                              ? tr("unknown (counts as absent)")
                              : tr("by %1").arg(ProviderCapabilities::sourceName(f.source)));
            if (!f.detail.isEmpty())
                line += QStringLiteral(": ") + f.detail;
            m_out << line.trimmed() << '\n';
        }
        const QList<ProviderCapabilities::Part> absent = caps.absentParts();
        if (!absent.isEmpty()) {
            QStringList words;
            for (const ProviderCapabilities::Part part : absent)
                words << ProviderCapabilities::absentWords(part);
            m_out << tr("This provider does not report: %1.").arg(words.join(QStringLiteral("; ")))
                  << '\n';
        }
        done(Ok);
    };
    if (!m_parser.isSet(QStringLiteral("refresh")) && !api->capabilities().isDue()) {
        print();
        return;
    }
    whenDone(api->discoverCapabilities(), print);
}
