#include "api/GraphQLReply.h"

#include <QNetworkReply>

GraphQLReply::GraphQLReply(QString operationName, QObject *parent)
    : QObject(parent)
    , m_operationName(std::move(operationName))
{ }

GraphQLReply::~GraphQLReply()
{
    abort();
}

void GraphQLReply::abort()
{
    m_finished = true;
    if (QNetworkReply *networkReply = std::exchange(m_networkReply, nullptr)) {
        networkReply->disconnect();
        networkReply->abort();
        networkReply->deleteLater();
    }
}

void GraphQLReply::complete(
    const QJsonObject &data, const QJsonArray &errors, const ApiError &error, const QVariant &typed)
{
    if (m_finished)
        return;
    m_finished = true;
    m_networkReply = nullptr;
    m_data = data;
    m_errors = errors;
    m_error = error;
    m_typed = typed;
    emit finished();
}
