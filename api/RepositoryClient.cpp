#include "api/RepositoryClient.h"

#include "api/Logging.h"
#include "api/NetworkFailure.h"
#include "api/SendOnceBody.h"
#include "api/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

// Finishes `reply` after the caller has connected to it.
void finishLater(ApiReply *reply, const ApiError &error)
{
    QMetaObject::invokeMethod(
        reply, [reply, error] { reply->finish(error); }, Qt::QueuedConnection);
}

} // namespace

RepositoryClient::RepositoryClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

RepositoryClient::~RepositoryClient() = default;

QString RepositoryClient::configure(const QUrl &baseUrl, const QString &user)
{
    m_base = {};
    m_user = user;
    if (!baseUrl.isValid() || baseUrl.isRelative())
        return tr("The Case Repository URL is not a valid address.");
    if (const QString why = UrlPolicy::refusalReason(baseUrl); !why.isEmpty())
        return why;
    if (user.isEmpty())
        return tr("The Case Repository needs a user name.");
    m_base = baseUrl;
    // One trailing slash less, so paths join cleanly.
    QString path = m_base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_base.setPath(path);
    return {};
}

ApiError RepositoryClient::errorFor(int status, const QJsonObject &body)
{
    const QString code = body.value(QLatin1String("code")).toString();
    const QString message = body.value(QLatin1String("message")).toString();
    const QString field = body.value(QLatin1String("field")).toString();
    const QString said = message.isEmpty() ? QString::number(status) : message;
    using K = ApiError::Kind;
    K kind = K::Http;
    QString words;
    if (status == 401) {
        kind = K::Authentication;
        words = tr("The Case Repository did not accept the user name or password. Check the "
                   "profile's Case Repository user and password.");
    } else if (status == 403) {
        kind = K::Authorization;
        words = tr("This Case Repository user may only read. Ask for a user that may write "
                   "case statuses.");
    } else if (status == 404 && code == QLatin1String("CASE_NOT_FOUND")) {
        kind = K::Validation;
        words = tr("The Case Repository has no such case status (it may have been deleted).");
    } else if (status == 409) {
        kind = K::Validation;
        words = tr("The Case Repository already has a status entry with this business key and "
                   "source: %1")
                    .arg(said);
    } else if (status == 400) {
        kind = K::Validation;
        words = field.isEmpty()
            ? tr("The Case Repository refused the request: %1").arg(said)
            : tr("The Case Repository refused the value of “%1”: %2").arg(field, said);
    } else if (status == 404 || status == 405 || status == 415) {
        kind = K::Http;
        words = tr("The Case Repository does not serve this request (%1 %2). Check the Case "
                   "Repository URL in the settings.")
                    .arg(status)
                    .arg(said);
    } else if (status >= 500) {
        kind = K::Server;
        words = tr("The Case Repository failed while handling the request (%1); it may be busy "
                   "or down for a moment.")
                    .arg(status);
    } else {
        words = tr("The Case Repository answered %1: %2").arg(status).arg(said);
    }
    ApiError error(kind, message, status, code);
    error.setUserMessage(words);
    return error;
}

template<typename Reply, typename Handle>
Reply *RepositoryClient::send(Effect effect, const QByteArray &method, const QString &path,
    const QString &caseId, const QJsonObject *body, Handle handle)
{
    auto *reply = new Reply(this);
    if (!isConfigured()) {
        finishLater(reply,
            ApiError(ApiError::Kind::InvalidRequest,
                tr("No Case Repository is configured for this profile.")));
        return reply;
    }
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    if (!caseId.isNull()) {
        // Every character but the unreserved ones percent-encoded: QUrlQuery leaves `+` as it
        // is, which a server reads as a space.
        url.setQuery(
            QStringLiteral("caseId=") + QString::fromLatin1(QUrl::toPercentEncoding(caseId)),
            QUrl::StrictMode);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // A redirect would carry the password elsewhere: none is followed.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader(
        "Authorization", "Basic " + (m_user + u':' + m_password).toUtf8().toBase64());
    QByteArray data;
    if (body) {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        data = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    // A write's body cannot be rewound (even DELETE's empty one), so Qt cannot send it again
    // by itself (SendOnceBody says why and how).
    QNetworkReply *network = effect == Effect::Write
        ? SendOnceBody::send(m_network, request, method, data)
        : m_network->sendCustomRequest(request, method, data);
    NetworkLimits::guard(network, m_maxBytes, m_deadlineMs);
    network->setParent(reply); // deleting the reply cancels the request
    qCDebug(lcApi) << "case repository:" << method << url.path();
    connect(network, &QNetworkReply::finished, reply, [reply, network, handle] {
        network->deleteLater();
        if (const auto failure = NetworkFailure::of(network)) {
            reply->finish(*failure);
            return;
        }
        const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = network->readAll();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (status < 200 || status >= 300) {
            ApiError error = errorFor(status, document.object());
            if (status >= 300 && status < 400)
                error = NetworkFailure::redirect(network, status);
            NetworkFailure::applyRetryAfter(error, network);
            if (auto *entryReply = qobject_cast<RepositoryEntryReply *>(reply))
                entryReply->setConflictingCaseId(
                    document.object().value(QLatin1String("caseId")).toString());
            reply->finish(error);
            return;
        }
        if (status == 204) {
            reply->finish();
            return;
        }
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            reply->finish(ApiError(ApiError::Kind::MalformedReply,
                tr("The Case Repository's answer is not JSON: %1").arg(parseError.errorString()),
                status));
            return;
        }
        reply->finish(handle(reply, document.object()));
    });
    return reply;
}

namespace {

ApiError malformed(const QString &what)
{
    return ApiError(ApiError::Kind::MalformedReply,
        QCoreApplication::translate("RepositoryClient", "The Case Repository's answer lacks %1.")
            .arg(what),
        200);
}

ApiError readEntry(RepositoryEntryReply *reply, const QJsonObject &json)
{
    const auto entry = RepositoryEntry::fromJson(json);
    if (!entry)
        return malformed(QStringLiteral("a case status (caseId and status)"));
    reply->setEntry(*entry);
    return {};
}

} // namespace

RepositoryEntryReply *RepositoryClient::create(const RepositoryEntry &entry)
{
    // Checked here, so that nothing the repository must refuse is sent (or queued for retry).
    if (const QString problem = entry.createProblem(); !problem.isEmpty()) {
        auto *reply = new RepositoryEntryReply(this);
        finishLater(reply, ApiError(ApiError::Kind::InvalidRequest, problem));
        return reply;
    }
    const QJsonObject body = entry.createBody();
    return send<RepositoryEntryReply>(
        Effect::Write, "POST", QStringLiteral("/v1"), QString(), &body, readEntry);
}

RepositoryEntryReply *RepositoryClient::get(const QString &caseId)
{
    return send<RepositoryEntryReply>(
        Effect::Read, "GET", QStringLiteral("/v1"), caseId, nullptr, readEntry);
}

RepositoryEntryReply *RepositoryClient::update(const QString &caseId, const QJsonObject &changes)
{
    return send<RepositoryEntryReply>(
        Effect::Write, "PATCH", QStringLiteral("/v1"), caseId, &changes, readEntry);
}

ApiReply *RepositoryClient::remove(const QString &caseId)
{
    return send<ApiReply>(Effect::Write, "DELETE", QStringLiteral("/v1"), caseId, nullptr,
        [](ApiReply *, const QJsonObject &) { return ApiError(); });
}

RepositoryPageReply *RepositoryClient::search(const RepositoryQuery &query)
{
    const QJsonObject body = query.toJson();
    // A search changes nothing: it may be sent twice.
    return send<RepositoryPageReply>(Effect::Read, "POST", QStringLiteral("/v1/search"), QString(),
        &body, [](RepositoryPageReply *reply, const QJsonObject &json) {
            bool badEntry = false;
            const auto page = RepositoryPage::fromJson(json, &badEntry);
            if (!page) {
                return malformed(badEntry ? QStringLiteral("a case status in the results")
                                          : QStringLiteral("“content” and “page”"));
            }
            reply->setPage(*page);
            return ApiError();
        });
}

RepositoryHistoryReply *RepositoryClient::history(const QString &caseId)
{
    return send<RepositoryHistoryReply>(Effect::Read, "GET", QStringLiteral("/v1/history"), caseId,
        nullptr, [](RepositoryHistoryReply *reply, const QJsonObject &json) {
            const auto changes = RepositoryEntryChange::listFromJson(json);
            if (!changes)
                return malformed(QStringLiteral("“entries”"));
            reply->setChanges(*changes);
            return ApiError();
        });
}

RepositoryEntryReply *RepositoryClient::publish(const RepositoryEntry &entry)
{
    auto *result = new RepositoryEntryReply(this);
    if (entry.businessKey.isEmpty()) {
        finishLater(result,
            ApiError(ApiError::Kind::InvalidRequest,
                tr("A published status needs a business key (the provider case id).")));
        return result;
    }
    // Each step is a child of the result: deleting the result cancels whatever runs.
    const auto adopt = [result](ApiReply *step) {
        step->setParent(result);
        return step;
    };
    const auto updateExisting = [this, result, entry, adopt](const RepositoryEntry &existing) {
        const QJsonObject changes = existing.changesTo(entry);
        if (changes.isEmpty()) {
            result->setEntry(existing);
            result->finish();
            return;
        }
        auto *update
            = static_cast<RepositoryEntryReply *>(adopt(this->update(existing.caseId, changes)));
        connect(update, &ApiReply::finished, result, [result, update] {
            result->setEntry(update->entry());
            result->finish(update->error());
        });
    };
    RepositoryQuery query;
    query.businessKey = entry.businessKey;
    query.source = entry.source.isEmpty() ? QStringLiteral("eximee") : entry.source;
    query.size = 1;
    auto *search = static_cast<RepositoryPageReply *>(adopt(this->search(query)));
    connect(search, &ApiReply::finished, result, [=, this] {
        if (search->error().isError()) {
            result->finish(search->error());
            return;
        }
        if (!search->page().content.isEmpty()) {
            updateExisting(search->page().content.first());
            return;
        }
        auto *create = static_cast<RepositoryEntryReply *>(adopt(this->create(entry)));
        connect(create, &ApiReply::finished, result, [=, this] {
            if (create->error().httpStatus() == 409 && !create->conflictingCaseId().isEmpty()) {
                // Someone (an earlier, lost attempt) created it meanwhile: update that one.
                auto *existing
                    = static_cast<RepositoryEntryReply *>(adopt(get(create->conflictingCaseId())));
                connect(existing, &ApiReply::finished, result, [=] {
                    if (existing->error().isError())
                        result->finish(existing->error());
                    else
                        updateExisting(existing->entry());
                });
                return;
            }
            result->setEntry(create->entry());
            result->finish(create->error());
        });
    });
    return result;
}
