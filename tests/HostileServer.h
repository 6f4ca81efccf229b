#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A tiny HTTP/1.1 server on a free loopback port that answers the way no decent server does:
// redirects, bodies without end, a false Content-Length, a body trickling a byte at a time, a
// connection closed after reading a request and before any byte of the answer.
// It records every request it receives, so a test can say what reached it (and what did not),
// and on which connection.
class HostileServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        // The connection it came on: 1 for the first the server accepted, 2 for the next...
        int connection = 0;
        QByteArray header(const QByteArray &name) const;
    };
    // Answers one request on `socket`; may keep writing later (the socket lives until the
    // client closes it or the server is destroyed).
    using Handler = std::function<void(QTcpSocket *socket, const Request &request)>;

    explicit HostileServer(QObject *parent = nullptr);
    bool listen();
    QUrl url(const QString &path) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QList<Request> requests() const { return m_requests; }
    // Bytes written to clients so far, by every handler.
    qint64 bytesSent() const { return m_bytesSent; }

    // A complete answer, then the connection closes.
    static Handler respond(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
        const QByteArray &body = {});
    // A complete answer on a connection kept open for the next request.
    static Handler respondKeepingOpen(int status,
        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body = {});
    // The whole request read (and recorded), then the connection closes before any byte of an
    // answer: with a FIN, or with a reset (RST) when `reset`. The server may have done what
    // was asked; the client cannot know.
    static Handler closeUnanswered(bool reset = false);
    // Headers without a length, then a body that never ends (stops at `safetyCap` bytes
    // only so a broken client cannot exhaust the test machine).
    static Handler endless(qint64 safetyCap = 512 * 1024 * 1024);
    // Headers declaring `declared` bytes, a little of the body, then silence.
    static Handler declares(qint64 declared);
    // Headers declaring `length` bytes, then one byte every `intervalMs`.
    static Handler trickle(qint64 length, int intervalMs);

signals:
    void requestReceived();

private:
    void serve(QTcpSocket *socket);
    void countWritten(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    qint64 m_bytesSent = 0;
    int m_connections = 0;
};
