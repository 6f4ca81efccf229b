#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One case's current status in the Case Repository ("Case Status" of the Eximee Case Repository
// API). Dates are local date-times without zone on the wire; the sandbox documents them as UTC,
// and so they are read (QDateTime in UTC).
struct RepositoryEntry
{
    QString caseId; // a UUID made by the server
    QDateTime creationDate;
    QDateTime updateDate;
    QString caseType;
    QString clientId;
    QString clientType;
    QString status;
    QString statusDescription;
    QString businessKey;
    QString source;

    // An entry as the repository answers it (caseId and status required).
    static std::optional<RepositoryEntry> fromJson(const QJsonObject &json);
    // The fields an outbox item holds, without any check.
    static RepositoryEntry fromPayload(const QJsonObject &json);
    QJsonObject toJson() const;
    // The fields a create sends, as Eximee's published contract for POST /v1 has them: caseType,
    // clientType and status; businessKey always (null when there is none); clientId,
    // statusDescription and source only when set.
    QJsonObject createBody() const;
    // What keeps the repository from accepting this entry as a new one, in words; empty when
    // it has what a create requires (a case type, a client type and a status).
    QString createProblem() const;
    // The fields of `edited` that differ from this entry (what an update sends); empty when
    // nothing changed. A cleared client id, description or business key is sent as null.
    QJsonObject changesTo(const RepositoryEntry &edited) const;
    // A name an engineer recognises the entry by: its business key, else its caseId.
    QString displayName() const { return businessKey.isEmpty() ? caseId : businessKey; }

    // "2025-01-10T14:00:00" <-> QDateTime (UTC).
    static QDateTime parseDate(const QString &text);
    static QString formatDate(const QDateTime &dateTime);

    friend bool operator==(const RepositoryEntry &, const RepositoryEntry &) = default;
};

// One record of an entry's history.
struct RepositoryEntryChange
{
    struct Field
    {
        QString name;
        QString from; // empty for null
        QString to;
        friend bool operator==(const Field &, const Field &) = default;
    };
    QDateTime time;
    QString action; // CREATED or UPDATED
    QString user;
    QString source;
    QList<Field> changes;

    // A history answer ({"caseId","entries":[...]}); nullopt without an `entries` list.
    static std::optional<QList<RepositoryEntryChange>> listFromJson(const QJsonObject &json);

    friend bool operator==(const RepositoryEntryChange &, const RepositoryEntryChange &) = default;
};

// A search of the repository: exact filters combined with AND, a page of results.
struct RepositoryQuery
{
    QString clientId;
    QString clientType;
    QString caseType;
    QString status;
    QString businessKey;
    QString source;
    QDateTime updatedFrom; // inclusive; invalid = not given
    QDateTime updatedTo;
    int page = 0; // 0-based
    int size = 20; // 1 to 200
    QString sortField = QStringLiteral("updateDate");
    bool sortDescending = true;

    static constexpr int MaximumSize = 200;
    QJsonObject toJson() const;
    friend bool operator==(const RepositoryQuery &, const RepositoryQuery &) = default;
};

struct RepositoryPage
{
    QList<RepositoryEntry> content;
    int size = 0;
    int number = 0;
    int totalElements = 0;
    int totalPages = 0;

    // A search answer ({"content":[...],"page":{...}}); nullopt without `content` and `page`
    // (then *badEntry false) or with an item that is not a status (*badEntry true).
    static std::optional<RepositoryPage> fromJson(
        const QJsonObject &json, bool *badEntry = nullptr);
};

// The repository's status values: a label and whether a case in it is open, from one table
// (resources/repository-statuses.json), with the publishing defaults.
class RepositoryStatuses
{
public:
    struct Status
    {
        QString id;
        QString label;
        bool open = true;
    };

    static const RepositoryStatuses &builtIn();
    static std::optional<RepositoryStatuses> fromJson(
        const QByteArray &json, QString *error = nullptr);

    const QList<Status> &statuses() const { return m_statuses; }
    // The label for a value; the value itself when the table does not know it.
    QString label(const QString &status) const;
    // Unknown values count as open: better shown as needing attention than hidden.
    bool isOpen(const QString &status) const;
    QStringList clientTypes() const { return m_clientTypes; }

    // Publishing defaults: provider status -> repository status, provider type -> case type.
    QString defaultSource() const { return m_source; }
    QMap<QString, QString> defaultStatusMap() const { return m_statusMap; }
    QMap<QString, QString> defaultCaseTypeMap() const { return m_caseTypeMap; }

private:
    QList<Status> m_statuses;
    QStringList m_clientTypes;
    QString m_source;
    QMap<QString, QString> m_statusMap;
    QMap<QString, QString> m_caseTypeMap;
};

Q_DECLARE_METATYPE(RepositoryEntry)
Q_DECLARE_METATYPE(RepositoryQuery)
