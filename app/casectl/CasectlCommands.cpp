// The commands of casectl; argument handling and connection setup are in Casectl.cpp.

#include "Casectl.h"
#include "api/CaseApi.h"
#include "api/CaseJson.h"
#include "api/CasePoller.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "api/SecretStore.h"
#include "models/CaseDraft.h"
#include "models/CaseLabels.h"
#include "models/CaseTypeMatrix.h"
#include "models/Limits.h"
#include "store/ProfileStore.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QString localTime(const Timestamp &t)
{
    return t.isValid()
        ? QLocale::c().toString(t.toDateTime().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
        : QString();
}

// One column of a table: a line break in the value would start a false row.
QString cell(QString text, int width)
{
    text.replace(u'\n', QLatin1String("\\n"));
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

// A message argument; "-" reads standard input.
QString messageText(const QString &value)
{
    if (value != QLatin1String("-"))
        return value;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll()).trimmed();
}

} // namespace

void Casectl::printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented);
}

void Casectl::printCaseTable(const QList<Case> &cases)
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    m_out << cell(tr("CASE"), 11) << ' ' << cell(tr("PRI"), 3) << ' ' << cell(tr("TYPE"), 15) << ' '
          << cell(tr("STATUS"), 24) << ' ' << cell(tr("MODIFIED"), 16) << ' '
          << cell(tr("SUBJECT"), 20) << ' ' << tr("SERVICE") << '\n';
    for (const Case &c : cases) {
        // "—": the provider reports no priority (docs/provider-compatibility.md).
        m_out << cell(c.id, 11) << ' '
              << cell(c.priority.isEmpty() ? QStringLiteral("—") : c.priority, 3) << ' '
              << cell(matrix.typeLabel(c.type), 15) << ' ' << cell(statusText(c), 24) << ' '
              << cell(localTime(c.lastModifiedDate), 16) << ' '
              << cell(matrix.subjectLabel(c.subject), 20) << ' '
              << (c.serviceName.isEmpty() ? c.serviceId : c.serviceName) << '\n';
    }
    m_out << tr("%n case(s)", nullptr, int(cases.size())) << '\n';
}

QString Casectl::statusText(const Case &c)
{
    // "(closed)" where the word does not say so itself ("Solved (closed)", not "Closed (closed)").
    const bool saysClosed = words().statusKind(c.status) == ProviderWords::StatusKind::Closed;
    return words().isOpen(c.status) || saysClosed
        ? CaseLabels::status(c.status)
        : tr("%1 (closed)").arg(CaseLabels::status(c.status));
}

void Casectl::printCase(const Case &c)
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    const auto line = [this](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_out << cell(label, 18) << value << '\n';
    };
    line(tr("Case"), c.id);
    line(tr("Subject"), matrix.subjectLabel(c.subject));
    line(tr("Type"), matrix.typeLabel(c.type));
    line(tr("Priority"), c.priority);
    line(tr("Status"), statusText(c));
    line(tr("Origin"), c.origin);
    line(tr("Service"), c.serviceName.isEmpty() ? c.serviceId : c.serviceName);
    line(tr("Site"), c.siteName.isEmpty() ? c.siteId : c.siteName);
    line(tr("Reference"), c.customerReference);
    line(tr("Start of incident"), localTime(c.startOfIncident));
    line(tr("End of incident"), localTime(c.endOfIncident));
    line(tr("Created"), localTime(c.createdDate));
    line(tr("Last modified"), localTime(c.lastModifiedDate));
    for (const Communication &m : c.communications) {
        // Our side and the provider's in the provider's words; its word for the type as it came.
        const QString side = words().isOurs(m.type) ? tr("ours")
            : words().isStatusUpdate(m.type)        ? tr("status update")
                                                    : tr("provider");
        const QString who = m.sentBy.isEmpty()
            ? (m.isFromProvider(words()) ? tr("Provider") : tr("Customer"))
            : m.sentBy;
        m_out << '\n'
              << localTime(m.timestamp) << "  " << who << "  [" << m.type << ", " << side << "]\n";
        // A CR LF is a line break; any other CR is shown (TerminalOutput), not obeyed.
        for (const QString &text :
            QString(m.message).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(u'\n'))
            m_out << "    " << text << '\n';
    }
}

void Casectl::runCases()
{
    bool ok = true;
    const int minutes = m_parser.isSet(QStringLiteral("updated-within"))
        ? m_parser.value(QStringLiteral("updated-within")).toInt(&ok)
        : 0;
    if (!ok || minutes < 0) {
        done(usageError(tr("--updated-within takes a number of minutes")));
        return;
    }
    const CaseFilter filter {
        m_parser.value(QStringLiteral("service")), m_parser.value(QStringLiteral("reference"))};
    const auto print = [this](const QList<Case> &cases) {
        if (m_parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Case &c : cases)
                array.append(CaseJson::toJson(c));
            printJson(array);
        } else {
            printCaseTable(cases);
        }
    };
    const QDateTime started = QDateTime::currentDateTimeUtc();
    CasesReply *reply = m_connection->api()->fetchUpdatedCases(minutes, filter);
    connect(reply, &ApiReply::finished, this, [=, this] {
        reply->deleteLater();
        if (!reply->error().isError()) {
            // Keep what was fetched for offline use; only a complete fetch is a sync point.
            if (Store *cache = store()) {
                const bool complete = minutes == 0 && filter.serviceId.isEmpty()
                    && filter.customerReference.isEmpty();
                // A first complete fetch is the baseline of "new", as in the console.
                cache->applyCases(reply->cases(), complete && cache->caseCount() == 0);
                if (complete)
                    cache->setLastSync(started);
            }
            learnWordsFrom(reply->cases());
            print(reply->cases());
            done(Ok);
            return;
        }
        const bool cached = answerFromCache(reply->error(), [&](Store &cache) {
            const Timestamp since = Timestamp::fromDateTime(
                QDateTime::currentDateTimeUtc().addSecs(-qint64(minutes) * 60));
            QList<Case> cases;
            for (const Case &c : cache.loadCases()) {
                if ((minutes == 0 || !(c.lastModifiedDate < since))
                    && (filter.serviceId.isEmpty() || c.serviceId == filter.serviceId)
                    && (filter.customerReference.isEmpty()
                        || c.customerReference == filter.customerReference))
                    cases.append(c);
            }
            if (cache.loadSummaries().isEmpty())
                return false;
            print(cases);
            return true;
        });
        done(cached ? Ok : fail(reply->error()));
    });
}

void Casectl::runCase()
{
    const QString id = m_positional.constFirst();
    const auto print = [this](const Case &c) {
        if (m_parser.isSet(QStringLiteral("json")))
            printJson(CaseJson::toJson(c));
        else
            printCase(c);
    };
    CasesReply *reply = m_connection->api()->fetchCase(id);
    connect(reply, &ApiReply::finished, this, [=, this] {
        reply->deleteLater();
        if (reply->error().isError()) {
            const bool cached = answerFromCache(reply->error(), [&](Store &cache) {
                const auto c = cache.loadCase(id);
                if (c)
                    print(*c);
                return c.has_value();
            });
            done(cached ? Ok : fail(reply->error()));
            return;
        }
        if (reply->cases().isEmpty()) {
            m_err << "casectl: " << tr("no case %1").arg(id) << Qt::endl;
            done(Server);
            return;
        }
        if (Store *cache = store())
            cache->applyCases(reply->cases());
        learnWordsFrom(reply->cases());
        print(reply->cases().constFirst());
        done(Ok);
    });
}

void Casectl::runCreate()
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    CaseDraft draft;
    draft.type = m_parser.value(QStringLiteral("type"));
    draft.priority = m_parser.value(QStringLiteral("priority"));
    draft.subject = m_parser.value(QStringLiteral("subject"));
    draft.serviceId = m_parser.value(QStringLiteral("service"));
    draft.message = messageText(m_parser.value(QStringLiteral("message")));
    draft.customerReference = m_parser.value(QStringLiteral("reference"));
    draft.sentBy = m_parser.value(QStringLiteral("sent-by"));
    if (m_parser.isSet(QStringLiteral("end")) && m_parser.isSet(QStringLiteral("open-ended"))) {
        done(usageError(tr("--end and --open-ended exclude each other")));
        return;
    }
    const CaseTypeMatrix::Type *spec = matrix.type(draft.type);
    const bool incident = spec && spec->requiresIncidentDates;
    if (!incident
        && (m_parser.isSet(QStringLiteral("start")) || m_parser.isSet(QStringLiteral("end"))
            || m_parser.isSet(QStringLiteral("open-ended")))) {
        done(usageError(tr("--start, --end and --open-ended are for incidents only")));
        return;
    }
    if (incident) {
        if (m_parser.isSet(QStringLiteral("start"))) {
            const auto start = Timestamp::parse(m_parser.value(QStringLiteral("start")));
            if (!start) {
                done(usageError(tr("--start is not an ISO 8601 date and time")));
                return;
            }
            draft.startOfIncident = *start;
        } else {
            draft.startOfIncident = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc());
        }
        if (m_parser.isSet(QStringLiteral("end"))) {
            const auto end = Timestamp::parse(m_parser.value(QStringLiteral("end")));
            if (!end) {
                done(usageError(tr("--end is not an ISO 8601 date and time")));
                return;
            }
            draft.endOfIncident = *end;
        }
    }
    if (const auto problems = draft.problems(matrix); !problems.isEmpty()) {
        for (const CaseDraft::Problem &p : problems)
            m_err << "casectl: " << p.message << Qt::endl;
        done(Usage);
        return;
    }
    sendThroughOutbox(OutboxItem::Kind::CreateCase, draft.toJson(), [this](const OutboxItem &item) {
        if (m_parser.isSet(QStringLiteral("json")))
            printJson(QJsonObject {{QStringLiteral("id"), item.resultId}});
        else
            m_out << tr("Created case %1").arg(item.resultId) << '\n';
        done(Ok);
    });
}

void Casectl::runReply()
{
    const QString message = messageText(m_parser.value(QStringLiteral("message")));
    if (message.trimmed().isEmpty()) {
        done(usageError(tr("reply needs --message")));
        return;
    }
    // What the provider would refuse is refused here, before it is queued.
    const QString sentBy = m_parser.value(QStringLiteral("sent-by"));
    for (const QString &problem :
        {Limits::messageProblem(message), Limits::sentByProblem(sentBy)}) {
        if (!problem.isEmpty()) {
            done(usageError(problem + u' ' + tr("Nothing was sent.")));
            return;
        }
    }
    const QString id = m_positional.constFirst();
    sendThroughOutbox(OutboxItem::Kind::ReplyToCase,
        QJsonObject {{QStringLiteral("caseId"), id}, {QStringLiteral("message"), message},
            {QStringLiteral("sentBy"), sentBy}},
        [this, id](const OutboxItem &) {
            m_out << tr("Replied to case %1").arg(id) << '\n';
            done(Ok);
        });
}

void Casectl::runReference()
{
    const QString id = m_positional.at(0);
    const QString reference = m_positional.at(1).trimmed();
    if (reference.isEmpty()) {
        done(usageError(tr("the reference is empty")));
        return;
    }
    if (const QString tooLong = Limits::referenceProblem(reference); !tooLong.isEmpty()) {
        done(usageError(tooLong + u' ' + tr("Nothing was sent.")));
        return;
    }
    sendThroughOutbox(OutboxItem::Kind::AddCustomerReference,
        QJsonObject {
            {QStringLiteral("caseId"), id}, {QStringLiteral("customerReference"), reference}},
        [this, id, reference](const OutboxItem &) {
            m_out << tr("Case %1 now has reference %2").arg(id, reference) << '\n';
            done(Ok);
        });
}

void Casectl::runPoll()
{
    bool ok = true;
    const int interval = m_parser.isSet(QStringLiteral("interval"))
        ? m_parser.value(QStringLiteral("interval")).toInt(&ok)
        : 60;
    if (!ok || interval < 5) {
        done(usageError(tr("--interval takes a number of seconds, at least 5")));
        return;
    }
    const bool once = m_parser.isSet(QStringLiteral("once"));
    m_poller = new CasePoller(m_connection->api(), this);
    m_poller->setInterval(interval);
    m_poller->followSystemNetworkState();
    connect(m_poller, &CasePoller::casesReceived, this, [this](const QList<Case> &cases) {
        learnWordsFrom(cases);
        for (const Case &c : cases) {
            const auto previous = m_seen.constFind(c.id);
            if (previous != m_seen.cend() && *previous == c)
                continue;
            const qsizetype known = previous == m_seen.cend() ? 0 : previous->communications.size();
            QJsonArray added;
            const QJsonArray all
                = CaseJson::toJson(c).value(QLatin1String("communications")).toArray();
            for (qsizetype i = known; i < all.size() && i < c.communications.size(); ++i) {
                // Which side wrote it, in the provider's words (its type word stays as it came).
                QJsonObject m = all.at(i).toObject();
                m.insert(
                    QStringLiteral("fromProvider"), c.communications.at(i).isFromProvider(words()));
                added.append(m);
            }
            const QJsonObject line {
                {QStringLiteral("change"),
                    previous == m_seen.cend() ? QStringLiteral("new") : QStringLiteral("updated")},
                {QStringLiteral("id"), c.id}, {QStringLiteral("status"), c.status},
                {QStringLiteral("open"), c.isOpen(words())},
                {QStringLiteral("priority"), c.priority}, {QStringLiteral("subject"), c.subject},
                {QStringLiteral("lastModifiedDate"), c.lastModifiedDate.toIsoString()},
                {QStringLiteral("newCommunications"), added}};
            m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
            m_seen.insert(c.id, c);
        }
        m_out.flush();
    });
    connect(m_poller, &CasePoller::pollSucceeded, this, [this, once] {
        if (once)
            done(Ok);
    });
    connect(m_poller, &CasePoller::pollFailed, this, [this, once](const ApiError &error) {
        const int code = fail(error);
        if (once || !error.isRetryable())
            done(code);
    });
    m_poller->start();
}

int Casectl::runMatrix()
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray types;
        for (const CaseTypeMatrix::Type &t : matrix.types()) {
            QJsonArray subjects;
            for (const CaseTypeMatrix::Subject &s : t.subjects)
                subjects.append(s.id);
            types.append(QJsonObject {{QStringLiteral("type"), t.id},
                {QStringLiteral("priorities"), QJsonArray::fromStringList(t.priorities)},
                {QStringLiteral("subjects"), subjects},
                {QStringLiteral("requiresIncidentDates"), t.requiresIncidentDates}});
        }
        printJson(types);
        m_out.flush();
        return Ok;
    }
    for (const CaseTypeMatrix::Type &t : matrix.types()) {
        QStringList subjects;
        for (const CaseTypeMatrix::Subject &s : t.subjects)
            subjects << s.id;
        m_out << t.id << " (" << t.label << ")\n"
              << "  " << tr("priorities:") << ' ' << t.priorities.join(QStringLiteral(", ")) << '\n'
              << "  " << tr("subjects:") << ' ' << subjects.join(QStringLiteral(", ")) << '\n';
        if (t.requiresIncidentDates)
            m_out << "  " << tr("needs startOfIncident and endOfIncident (may be open-ended)")
                  << '\n';
    }
    m_out.flush();
    return Ok;
}

void Casectl::runStoreSecret()
{
    QFile in;
    QString secret;
    if (in.open(stdin, QIODevice::ReadOnly))
        secret = QString::fromUtf8(in.readLine()).trimmed();
    if (secret.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                done(usageError(tr("store-secret reads the client secret from standard input")));
            },
            Qt::QueuedConnection);
        return;
    }
    const Profile profile = m_connection->profile();
    m_secrets->write(profile.secretKey(), secret, this,
        [this, profile](SecretStore::Status status, const QString &message) {
            if (status != SecretStore::Status::Ok) {
                m_err << "casectl: " << message << Qt::endl;
                done(Failure);
                return;
            }
            m_out << tr("Stored the client secret for %1 in the system keychain.")
                         .arg(profile.clientId)
                  << '\n';
            done(Ok);
        });
}

int Casectl::runSaveProfile()
{
    if (m_positional.size() != 1)
        return usageError(tr("save-profile takes a NAME"));
    Profile profile = m_connection->profile();
    profile.name = m_positional.constFirst();
    if (m_parser.isSet(QStringLiteral("repository"))) {
        profile.repository.url = QUrl::fromUserInput(m_parser.value(QStringLiteral("repository")));
        profile.repository.user = m_parser.value(QStringLiteral("repository-user"));
        if (profile.repository.user.isEmpty())
            return usageError(tr("--repository needs --repository-user"));
        if (const QString problem
            = m_repository->configure(profile.repository.url, profile.repository.user);
            !problem.isEmpty())
            return usageError(problem);
    } else if (m_parser.isSet(QStringLiteral("repository-user"))) {
        return usageError(tr("--repository-user goes with --repository"));
    }
    ProfileStore profiles;
    profiles.save(profile);
    if (profiles.activeName().isEmpty())
        profiles.setActiveName(profile.name);
    m_out << tr("Saved profile %1.").arg(profile.name) << '\n';
    m_out.flush();
    return Ok;
}
