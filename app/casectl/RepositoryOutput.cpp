#include "RepositoryOutput.h"

#include "Output.h"
#include "api/RepositoryClient.h"

#include <QJsonArray>
#include <QLocale>

namespace {

// Repository times are UTC; people read them in local time, to the second the repository keeps.
QString localTime(const QDateTime &t)
{
    return t.isValid()
        ? QLocale::c().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        : QString();
}

QString cell(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

// The fields an entry's history names, in the order of the repository's model.
const QStringList FieldOrder {QStringLiteral("caseType"), QStringLiteral("clientId"),
    QStringLiteral("clientType"), QStringLiteral("status"), QStringLiteral("statusDescription"),
    QStringLiteral("businessKey"), QStringLiteral("source")};

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject pageJson(const RepositoryPage &page)
{
    QJsonArray content;
    for (const RepositoryEntry &e : page.content)
        content.append(e.toJson());
    return {{QStringLiteral("content"), content},
        {QStringLiteral("page"),
            QJsonObject {{QStringLiteral("size"), page.size},
                {QStringLiteral("number"), page.number},
                {QStringLiteral("totalElements"), page.totalElements},
                {QStringLiteral("totalPages"), page.totalPages}}}};
}

QJsonObject historyJson(const QString &caseId, const QList<RepositoryEntryChange> &changes)
{
    QJsonArray entries;
    for (const RepositoryEntryChange &c : changes) {
        QJsonObject fields;
        for (const RepositoryEntryChange::Field &f : c.changes)
            fields.insert(f.name,
                QJsonObject {{QStringLiteral("from"), orNull(f.from)},
                    {QStringLiteral("to"), orNull(f.to)}});
        entries.append(QJsonObject {{QStringLiteral("time"), RepositoryEntry::formatDate(c.time)},
            {QStringLiteral("action"), c.action}, {QStringLiteral("user"), c.user},
            {QStringLiteral("source"), orNull(c.source)}, {QStringLiteral("changes"), fields}});
    }
    return {{QStringLiteral("caseId"), caseId}, {QStringLiteral("entries"), entries}};
}

} // namespace

RepositoryOutput::RepositoryOutput(Output &output, bool json)
    : m_output(output)
    , m_json(json)
{ }

void RepositoryOutput::printEntry(const RepositoryEntry &e)
{
    if (m_json) {
        m_output.printJson(e.toJson());
        return;
    }
    const RepositoryStatuses &statuses = RepositoryStatuses::builtIn();
    const auto line = [this](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_output.out() << cell(label + u':', 14) << value << '\n';
    };
    line(tr("Case ID"), e.caseId);
    line(tr("Status"),
        tr("%1 (%2), %3")
            .arg(statuses.label(e.status), e.status,
                statuses.isOpen(e.status) ? tr("open") : tr("closed")));
    line(tr("Description"), e.statusDescription);
    line(tr("Case type"), e.caseType);
    line(tr("Client ID"), e.clientId);
    line(tr("Client type"), e.clientType);
    line(tr("Business key"), e.businessKey);
    line(tr("Source"), e.source);
    line(tr("Created"), localTime(e.creationDate));
    line(tr("Updated"), localTime(e.updateDate));
}

void RepositoryOutput::printEntries(const QList<RepositoryEntry> &entries)
{
    if (!m_json) {
        printTable(entries);
        return;
    }
    QJsonArray array;
    for (const RepositoryEntry &e : entries)
        array.append(e.toJson());
    m_output.printJson(array);
}

void RepositoryOutput::printPage(const RepositoryPage &page)
{
    if (m_json)
        m_output.printJson(pageJson(page));
    else
        printTable(page.content);
}

void RepositoryOutput::printTable(const QList<RepositoryEntry> &entries)
{
    QTextStream &out = m_output.out();
    out << cell(tr("CASE ID"), 36) << ' ' << cell(tr("STATUS"), 20) << ' '
        << cell(tr("CASE TYPE"), 16) << ' ' << cell(tr("CLIENT"), 18) << ' '
        << cell(tr("BUSINESS KEY"), 16) << ' ' << cell(tr("SOURCE"), 12) << ' ' << tr("UPDATED")
        << '\n';
    for (const RepositoryEntry &e : entries) {
        out << cell(e.caseId, 36) << ' ' << cell(e.status, 20) << ' ' << cell(e.caseType, 16) << ' '
            << cell(e.clientType + u' ' + e.clientId, 18) << ' ' << cell(e.businessKey, 16) << ' '
            << cell(e.source, 12) << ' ' << localTime(e.updateDate) << '\n';
    }
}

void RepositoryOutput::printHistory(
    const QString &caseId, const QList<RepositoryEntryChange> &changes)
{
    if (m_json) {
        m_output.printJson(historyJson(caseId, changes));
        return;
    }
    for (const RepositoryEntryChange &c : changes)
        printChange(c);
}

void RepositoryOutput::printChange(const RepositoryEntryChange &c)
{
    const auto value = [](const QString &v) { return v.isEmpty() ? tr("(none)") : v; };
    QList<RepositoryEntryChange::Field> fields = c.changes;
    std::stable_sort(fields.begin(), fields.end(), [](const auto &a, const auto &b) {
        return FieldOrder.indexOf(a.name) < FieldOrder.indexOf(b.name);
    });
    QStringList said;
    for (const RepositoryEntryChange::Field &f : std::as_const(fields))
        said << QStringLiteral("%1: %2 \u2192 %3").arg(f.name, value(f.from), value(f.to));
    m_output.out() << localTime(c.time) << "  " << c.action.leftJustified(7) << "  "
                   << c.user.leftJustified(16) << "  " << c.source.leftJustified(12) << "  "
                   << said.join(QStringLiteral("; ")) << '\n';
}

int RepositoryOutput::failEntry(RepositoryEntryReply *reply)
{
    ApiError error = reply->error();
    // Only a conflict (409) names an existing entry: the caseId in a 404's body is the one
    // asked for, which is not there. Case Repository ids are UUIDs, compared ignoring case.
    if (error.httpStatus() == 409 && !reply->conflictingCaseId().isEmpty()
        && !error.userMessage().contains(reply->conflictingCaseId(), Qt::CaseInsensitive))
        error.setUserMessage(error.userMessage() + u' '
            + tr("The existing entry is %1.").arg(reply->conflictingCaseId()));
    return m_output.fail(error);
}
