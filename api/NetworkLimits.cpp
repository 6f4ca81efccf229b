#include "api/NetworkLimits.h"

#include "api/Logging.h"

#include <QNetworkReply>
#include <QTimer>

namespace NetworkLimits {

namespace {
constexpr char ExceededProperty[] = "caseconsole.exceeded";
constexpr char MaxBytesProperty[] = "caseconsole.maxBytes";
constexpr char DeadlineProperty[] = "caseconsole.deadlineMs";

void stop(QNetworkReply *reply, Exceeded why)
{
    if (reply->isFinished() || exceeded(reply) != Exceeded::None)
        return;
    qCWarning(lcApi) << "stopping the answer from" << reply->url().toDisplayString()
                     << (why == Exceeded::Size ? "(larger than the limit)" : "(past the deadline)");
    reply->setProperty(ExceededProperty, int(why));
    reply->abort();
}
} // namespace

void guard(QNetworkReply *reply, qint64 maxBytes, int deadlineMs)
{
    reply->setProperty(MaxBytesProperty, maxBytes);
    reply->setProperty(DeadlineProperty, deadlineMs);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes)
            stop(reply, Exceeded::Size);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
        [reply, maxBytes](qint64 received, qint64 total) {
            if (received > maxBytes || total > maxBytes)
                stop(reply, Exceeded::Size);
        });
    QObject::connect(reply, &QIODevice::readyRead, reply, [reply, maxBytes] {
        if (reply->bytesAvailable() > maxBytes)
            stop(reply, Exceeded::Size);
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(
        deadline, &QTimer::timeout, reply, [reply] { stop(reply, Exceeded::Deadline); });
    deadline->start(deadlineMs);
}

Exceeded exceeded(const QNetworkReply *reply)
{
    return Exceeded(reply->property(ExceededProperty).toInt());
}

qint64 maxBytes(const QNetworkReply *reply)
{
    return reply->property(MaxBytesProperty).toLongLong();
}

int deadlineMs(const QNetworkReply *reply)
{
    return reply->property(DeadlineProperty).toInt();
}

} // namespace NetworkLimits
