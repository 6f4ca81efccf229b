#include "models/RepositoryEntry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QDateTime RepositoryEntry::parseDate(const QString &value)
{
    QDateTime parsed = QDateTime::fromString(value, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    // No zone on the wire: the repository's local time, which the sandbox documents as UTC.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}

QString RepositoryEntry::formatDate(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

std::optional<RepositoryEntry> RepositoryEntry::fromJson(const QJsonObject &json)
{
    RepositoryEntry e = fromPayload(json);
    // An entry without its id or status is not one.
    if (e.caseId.isEmpty() || e.status.isEmpty())
        return std::nullopt;
    return e;
}

RepositoryEntry RepositoryEntry::fromPayload(const QJsonObject &json)
{
    RepositoryEntry e;
    e.caseId = text(json, "caseId");
    e.creationDate = parseDate(text(json, "creationDate"));
    e.updateDate = parseDate(text(json, "updateDate"));
    e.caseType = text(json, "caseType");
    e.clientId = text(json, "clientId");
    e.clientType = text(json, "clientType");
    e.status = text(json, "status");
    e.statusDescription = text(json, "statusDescription");
    e.businessKey = text(json, "businessKey");
    e.source = text(json, "source");
    return e;
}

std::optional<QList<RepositoryEntryChange>> RepositoryEntryChange::listFromJson(
    const QJsonObject &json)
{
    const QJsonValue entries = json.value(QLatin1String("entries"));
    if (!entries.isArray())
        return std::nullopt;
    QList<RepositoryEntryChange> changes;
    for (const QJsonValue &v : entries.toArray()) {
        const QJsonObject o = v.toObject();
        RepositoryEntryChange change;
        change.time = RepositoryEntry::parseDate(o.value(QLatin1String("time")).toString());
        change.action = o.value(QLatin1String("action")).toString();
        change.user = o.value(QLatin1String("user")).toString();
        change.source = o.value(QLatin1String("source")).toString();
        const QJsonObject fields = o.value(QLatin1String("changes")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonObject fromTo = it.value().toObject();
            change.changes.append(
                {it.key(), fromTo.value(QLatin1String("from")).toVariant().toString(),
                    fromTo.value(QLatin1String("to")).toVariant().toString()});
        }
        changes.append(change);
    }
    return changes;
}

std::optional<RepositoryPage> RepositoryPage::fromJson(const QJsonObject &json, bool *badEntry)
{
    if (badEntry)
        *badEntry = false;
    const QJsonValue content = json.value(QLatin1String("content"));
    const QJsonObject page = json.value(QLatin1String("page")).toObject();
    if (!content.isArray() || page.isEmpty())
        return std::nullopt;
    RepositoryPage result;
    for (const QJsonValue &v : content.toArray()) {
        const auto entry = RepositoryEntry::fromJson(v.toObject());
        if (!entry) {
            if (badEntry)
                *badEntry = true;
            return std::nullopt;
        }
        result.content.append(*entry);
    }
    result.size = page.value(QLatin1String("size")).toInt();
    result.number = page.value(QLatin1String("number")).toInt();
    result.totalElements = page.value(QLatin1String("totalElements")).toInt();
    result.totalPages = page.value(QLatin1String("totalPages")).toInt();
    return result;
}

QJsonObject RepositoryEntry::toJson() const
{
    return {{QStringLiteral("caseId"), caseId},
        {QStringLiteral("creationDate"),
            orNull(creationDate.isValid() ? formatDate(creationDate) : QString())},
        {QStringLiteral("updateDate"),
            orNull(updateDate.isValid() ? formatDate(updateDate) : QString())},
        {QStringLiteral("caseType"), caseType}, {QStringLiteral("clientId"), orNull(clientId)},
        {QStringLiteral("clientType"), clientType}, {QStringLiteral("status"), status},
        {QStringLiteral("statusDescription"), orNull(statusDescription)},
        {QStringLiteral("businessKey"), orNull(businessKey)},
        {QStringLiteral("source"), orNull(source)}};
}

QJsonObject RepositoryEntry::createBody() const
{
    // The published contract requires the businessKey key, null allowed; clientId is optional.
    QJsonObject body {{QStringLiteral("caseType"), caseType},
        {QStringLiteral("clientType"), clientType}, {QStringLiteral("status"), status},
        {QStringLiteral("businessKey"), orNull(businessKey)}};
    if (!clientId.isEmpty())
        body.insert(QStringLiteral("clientId"), clientId);
    if (!statusDescription.isEmpty())
        body.insert(QStringLiteral("statusDescription"), statusDescription);
    if (!source.isEmpty())
        body.insert(QStringLiteral("source"), source);
    return body;
}

QString RepositoryEntry::createProblem() const
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("RepositoryEntry", text); };
    QStringList missing;
    if (caseType.trimmed().isEmpty())
        missing << tr("the case type");
    if (clientType.trimmed().isEmpty())
        missing << tr("the client type");
    if (status.trimmed().isEmpty())
        missing << tr("the status");
    if (missing.isEmpty())
        return {};
    const QString last = missing.takeLast();
    const QString what = missing.isEmpty()
        ? tr("%1 is missing").arg(last)
        : tr("%1 and %2 are missing").arg(missing.join(QStringLiteral(", ")), last);
    return tr("A new case status needs a case type, a client type and a status; %1. The "
              "business key and the client id may be left empty.")
        .arg(what);
}

QJsonObject RepositoryEntry::changesTo(const RepositoryEntry &edited) const
{
    QJsonObject changes;
    const auto compare
        = [&](const char *key, const QString &before, const QString &after, bool nullable) {
              if (before != after)
                  changes.insert(QLatin1String(key), nullable ? orNull(after) : QJsonValue(after));
          };
    compare("caseType", caseType, edited.caseType, false);
    compare("clientId", clientId, edited.clientId, true);
    compare("clientType", clientType, edited.clientType, false);
    compare("status", status, edited.status, false);
    compare("statusDescription", statusDescription, edited.statusDescription, true);
    compare("businessKey", businessKey, edited.businessKey, true);
    compare("source", source, edited.source, false);
    return changes;
}

QJsonObject RepositoryQuery::toJson() const
{
    QJsonObject body;
    const auto filter = [&body](const char *key, const QString &value) {
        if (!value.isEmpty())
            body.insert(QLatin1String(key), value);
    };
    filter("clientId", clientId);
    filter("clientType", clientType);
    filter("caseType", caseType);
    filter("status", status);
    filter("businessKey", businessKey);
    filter("source", source);
    if (updatedFrom.isValid())
        body.insert(QStringLiteral("updatedFrom"), RepositoryEntry::formatDate(updatedFrom));
    if (updatedTo.isValid())
        body.insert(QStringLiteral("updatedTo"), RepositoryEntry::formatDate(updatedTo));
    body.insert(QStringLiteral("page"), page);
    body.insert(QStringLiteral("size"), size);
    body.insert(QStringLiteral("sort"),
        sortField + (sortDescending ? QStringLiteral(",desc") : QStringLiteral(",asc")));
    return body;
}

std::optional<RepositoryStatuses> RepositoryStatuses::fromJson(
    const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.isEmpty()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    RepositoryStatuses table;
    for (const QJsonValue &v : root.value(QLatin1String("statuses")).toArray()) {
        const QJsonObject o = v.toObject();
        Status s {text(o, "id"), text(o, "label"), o.value(QLatin1String("open")).toBool(true)};
        if (s.id.isEmpty()) {
            if (error)
                *error = QStringLiteral("a status without an id");
            return std::nullopt;
        }
        table.m_statuses.append(s);
    }
    for (const QJsonValue &v : root.value(QLatin1String("clientTypes")).toArray())
        table.m_clientTypes.append(v.toString());
    const QJsonObject publishing = root.value(QLatin1String("publishing")).toObject();
    table.m_source = text(publishing, "source");
    const QJsonObject statusMap = publishing.value(QLatin1String("statusMap")).toObject();
    for (auto it = statusMap.begin(); it != statusMap.end(); ++it)
        table.m_statusMap.insert(it.key(), it.value().toString());
    const QJsonObject typeMap = publishing.value(QLatin1String("caseTypeMap")).toObject();
    for (auto it = typeMap.begin(); it != typeMap.end(); ++it)
        table.m_caseTypeMap.insert(it.key(), it.value().toString());
    return table;
}

const RepositoryStatuses &RepositoryStatuses::builtIn()
{
    static const RepositoryStatuses table = [] {
        QFile file(QStringLiteral(":/repository-statuses.json"));
        QString error;
        std::optional<RepositoryStatuses> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        if (!loaded)
            qFatal("the built-in repository status table does not load: %s", qPrintable(error));
        return *loaded;
    }();
    return table;
}

QString RepositoryStatuses::label(const QString &status) const
{
    for (const Status &s : m_statuses) {
        if (s.id == status)
            return QCoreApplication::translate("RepositoryStatuses", s.label.toUtf8().constData());
    }
    return status;
}

bool RepositoryStatuses::isOpen(const QString &status) const
{
    for (const Status &s : m_statuses) {
        if (s.id == status)
            return s.open;
    }
    return true;
}
