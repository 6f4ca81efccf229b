#pragma once

#include <QByteArray>
#include <QIODevice>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// The body of a request that must reach the server at most once (a mutation, a write): Qt may
// read it once, never rewind it, so Qt's HTTP layer cannot send the request a second time.
//
// Why (Qt 6.4, src/network/access): when the connection closes before the first byte of the
// answer, QHttpNetworkConnectionChannel sends the current request again on a new connection,
// whatever its method: handleUnexpectedEOF() -> closeAndResendCurrentRequest(), and _q_error()
// -> resendCurrentRequest(), up to reconnectAttemptsDefault (3) times. The server may already
// have carried out the first one. Every such resend passes through
// QHttpNetworkConnectionPrivate::_q_startNextRequest(), which first calls
// QHttpNetworkConnectionChannel::resetUploadData(); when the upload device cannot be reset,
// Qt sends nothing and finishes the reply with QNetworkReply::ContentReSendError.
// QNetworkAccessManager rewinds a QByteArray or QBuffer body by itself
// (QNonContiguousByteDeviceBufferImpl) and copies a sequential device into a rewindable ring
// buffer (QNetworkReplyHttpImpl::_q_bufferOutgoingData, even with DoNotBufferUploadData unless
// a Content-Length is set); a random-access device that is not a QBuffer is used as it is
// (QNonContiguousByteDeviceIoDeviceImpl), and its reset() calls this device's reset(). So this
// device is random-access, not a QBuffer, and refuses reset() and any seek back: the request
// goes out once, and a connection closed before the answer ends in ContentReSendError, a
// failure of unknown outcome (NetworkFailure::of) that the outbox settles by a lookup.
// HTTP/2 (over TLS) resends nothing either: QHttp2ProtocolHandler finishes the stream with
// RemoteHostClosedError, or ContentReSendError after a GOAWAY.
class SendOnceBody : public QIODevice
{
    Q_OBJECT

public:
    explicit SendOnceBody(QByteArray data, QObject *parent = nullptr);

    // Sends `verb` with `body` read from a SendOnceBody owned by the returned reply.
    static QNetworkReply *send(QNetworkAccessManager *network, const QNetworkRequest &request,
        const QByteArray &verb, const QByteArray &body);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    // Only to where it already is: never back.
    bool seek(qint64 pos) override;
    // Never: this is what stops Qt's resend.
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    const QByteArray m_data;
    qint64 m_read = 0;
};
