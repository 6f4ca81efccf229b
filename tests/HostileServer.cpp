#include "HostileServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <sys/socket.h>

QByteArray HostileServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

bool HostileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl HostileServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void HostileServer::countWritten(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) { m_bytesSent += n; });
}

void HostileServer::serve(QTcpSocket *socket)
{
    socket->setParent(this);
    countWritten(socket);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    const int connection = ++m_connections;
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, connection] {
        buffer->append(socket->readAll());
        // Every complete request in the buffer (a client may send the next one on the same
        // connection).
        while (socket->state() == QAbstractSocket::ConnectedState) {
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            request.connection = connection;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.append(
                        {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
            }
            const qsizetype length = request.header("Content-Length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);
            m_requests.append(request);
            emit requestReceived();
            if (m_handler)
                m_handler(socket, request);
        }
    });
}

namespace {

QByteArray head(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n";
    for (const auto &[key, value] : headers)
        out += key + ": " + value + "\r\n";
    return out + "\r\n";
}

} // namespace

HostileServer::Handler HostileServer::respond(
    int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    return [status, headers, body](QTcpSocket *socket, const Request &) {
        auto all = headers;
        all.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(body.size())));
        all.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
        socket->write(head(status, all) + body);
        socket->disconnectFromHost();
    };
}

HostileServer::Handler HostileServer::respondKeepingOpen(
    int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    return [status, headers, body](QTcpSocket *socket, const Request &) {
        auto all = headers;
        all.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(body.size())));
        socket->write(head(status, all) + body);
    };
}

HostileServer::Handler HostileServer::closeUnanswered(bool reset)
{
    return [reset](QTcpSocket *socket, const Request &) {
        if (!reset) {
            socket->disconnectFromHost();
            return;
        }
        // A zero linger makes close() send a reset rather than a FIN.
        const linger now {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &now, sizeof now);
        socket->abort();
    };
}

HostileServer::Handler HostileServer::endless(qint64 safetyCap)
{
    return [safetyCap](QTcpSocket *socket, const Request &) {
        socket->write(head(
            200, {{"Content-Type", "application/graphql-response+json"}, {"Connection", "close"}}));
        const QByteArray chunk(64 * 1024, ' ');
        auto sent = std::make_shared<qint64>(0);
        const auto more = [socket, chunk, sent, safetyCap] {
            while (socket->bytesToWrite() < 4 * chunk.size() && *sent < safetyCap) {
                socket->write(chunk);
                *sent += chunk.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    };
}

HostileServer::Handler HostileServer::declares(qint64 declared)
{
    return [declared](QTcpSocket *socket, const Request &) {
        socket->write(head(200,
            {{"Content-Type", "application/json"},
                {"Content-Length", QByteArray::number(declared)}}));
        socket->write(QByteArray(64 * 1024, ' '));
    };
}

HostileServer::Handler HostileServer::trickle(qint64 length, int intervalMs)
{
    return [length, intervalMs](QTcpSocket *socket, const Request &) {
        socket->write(head(200,
            {{"Content-Type", "application/json"},
                {"Content-Length", QByteArray::number(length)}}));
        auto *timer = new QTimer(socket);
        auto left = std::make_shared<qint64>(length);
        connect(timer, &QTimer::timeout, socket, [socket, timer, left] {
            socket->write(" ");
            if (--*left <= 0)
                timer->stop();
        });
        timer->start(intervalMs);
    };
}
