#pragma once

#include "models/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

// What a reader makes of a GraphQL response body (GraphQLTransport::BodyReader).
struct GraphQLBody
{
    QJsonObject data;
    QJsonArray errors;
    // The body has a top-level `data` (an object or null).
    bool hasData = false;
    // Non-empty when the body is not a GraphQL response the reader can read.
    QString error;
    // What a typed reader took out of the body (e.g. QList<Case>), read off the GUI thread.
    QVariant typed;
};

// One GraphQL operation in flight. Emits finished() once; then data() holds what the server
// returned (possibly partial) and error() the first failure, if any. A 200 answer with
// `errors` is a failure of the fields they name, not a success.
class GraphQLReply : public QObject
{
    Q_OBJECT

public:
    explicit GraphQLReply(QString operationName, QObject *parent = nullptr);
    // Deleting a reply that has not finished aborts its request.
    ~GraphQLReply() override;

    QString operationName() const { return m_operationName; }
    bool isFinished() const { return m_finished; }
    QJsonObject data() const { return m_data; }
    QJsonArray errors() const { return m_errors; }
    ApiError error() const { return m_error; }
    // What the operation's typed reader read, if it has one.
    QVariant typed() const { return m_typed; }

    // Stops the request; finished() is not emitted.
    void abort();

signals:
    void finished();

private:
    friend class GraphQLTransport;
    void complete(const QJsonObject &data, const QJsonArray &errors, const ApiError &error,
        const QVariant &typed = {});
    void setNetworkReply(QNetworkReply *reply) { m_networkReply = reply; }

    QPointer<QNetworkReply> m_networkReply;
    std::function<GraphQLBody(const QByteArray &)> m_reader;
    // Its body may reach the server only once (GraphQLTransport::sendsOnce).
    bool m_sendOnce = true;
    QVariant m_typed;

    QString m_operationName;
    QJsonObject m_data;
    QJsonArray m_errors;
    ApiError m_error;
    bool m_finished = false;
};
