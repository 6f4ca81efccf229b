#include "api/SendOnceBody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstring>

SendOnceBody::SendOnceBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    // Unbuffered: QIODevice reads no further ahead than Qt asks, so pos() is what was read.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

QNetworkReply *SendOnceBody::send(QNetworkAccessManager *network, const QNetworkRequest &request,
    const QByteArray &verb, const QByteArray &body)
{
    auto *device = new SendOnceBody(body);
    QNetworkReply *reply = verb == "POST" ? network->post(request, device)
                                          : network->sendCustomRequest(request, verb, device);
    device->setParent(reply);
    return reply;
}

bool SendOnceBody::seek(qint64 pos)
{
    return pos == m_read && QIODevice::seek(pos);
}

qint64 SendOnceBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMax<qint64>(0, qMin(maxSize, qint64(m_data.size()) - m_read));
    if (n == 0)
        return 0;
    std::memcpy(data, m_data.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

qint64 SendOnceBody::writeData(const char *, qint64)
{
    return -1;
}
