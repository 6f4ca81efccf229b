#include "models/RepositoryPublishing.h"

#include "models/CaseLabels.h"
#include "models/CaseTypeMatrix.h"

#include <QCoreApplication>

namespace RepositoryPublishing {

namespace {

QString mapped(
    const QMap<QString, QString> &own, const QMap<QString, QString> &defaults, const QString &key)
{
    if (const auto it = own.constFind(key); it != own.cend() && !it->isEmpty())
        return *it;
    return defaults.value(key);
}

} // namespace

RepositoryEntry entryFor(const Case &c, const RepositorySettings &settings,
    const ProviderWords &words, const RepositoryStatuses &table)
{
    RepositoryEntry e;
    e.businessKey = c.id;
    e.source = settings.source.isEmpty() ? table.defaultSource() : settings.source;

    QString caseType = mapped(settings.caseTypeMap, {}, c.type + u'/' + c.subject);
    if (caseType.isEmpty())
        caseType = mapped(settings.caseTypeMap, table.defaultCaseTypeMap(), c.type);
    e.caseType = caseType.isEmpty() ? c.type : caseType;

    e.clientId = settings.clientId;
    e.clientType = settings.clientType;
    if (const QString client = settings.clientByService.value(c.serviceId); !client.isEmpty()) {
        const qsizetype colon = client.indexOf(u':');
        if (colon > 0) {
            e.clientType = client.left(colon);
            e.clientId = client.mid(colon + 1);
        }
    }

    QString status = mapped(settings.statusMap, table.defaultStatusMap(), c.status);
    if (status.isEmpty()) {
        // Another provider's word: mapped as the sandbox's word of the same kind.
        if (const QString same = ProviderWords::sandboxStatus(words.statusKind(c.status));
            !same.isEmpty())
            status = mapped(settings.statusMap, table.defaultStatusMap(), same);
    }
    e.status = status.isEmpty() ? c.status : status;

    // The latest change in one line: the newest message, or the status when there is none.
    QString latest;
    Timestamp newest;
    for (const Communication &m : c.communications) {
        if (m.timestamp >= newest) {
            newest = m.timestamp;
            latest = m.message;
        }
    }
    latest = latest.simplified();
    if (latest.isEmpty())
        latest = QCoreApplication::translate("RepositoryPublishing", "%1: %2")
                     .arg(CaseTypeMatrix::builtIn().subjectLabel(c.subject),
                         CaseLabels::status(c.status));
    constexpr qsizetype Longest = 300;
    if (latest.size() > Longest)
        latest = latest.left(Longest - 1) + u'…';
    e.statusDescription = latest;
    return e;
}

QString problemWith(const RepositorySettings &settings)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("RepositoryPublishing", text);
    };
    if (!settings.isConfigured())
        return tr("No Case Repository is set up (URL and user).");
    if (settings.clientId.trimmed().isEmpty() || settings.clientType.trimmed().isEmpty())
        return tr("Publishing needs the client id and client type the statuses are about.");
    return {};
}

} // namespace RepositoryPublishing
