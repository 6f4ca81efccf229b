#pragma once

// A provider on loopback for the capability tests (tst_capabilities): the documented schema
// plus chosen optional fields, answering in the words of graphql-js or of HotChocolate.

#include "HostileServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTcpSocket>

// A provider on loopback with a chosen schema: the documented core plus `has` (field names,
// and "createCase(priority)" for the argument), answering in the words of graphql-js or of
// HotChocolate, with introspection allowed or refused. Records every document it is sent.
class FakeProvider
{
public:
    enum class Style { GraphQLJs, HotChocolate };

    FakeProvider(Style style, QStringList has, bool introspection)
        : m_style(style)
        , m_has(std::move(has))
        , m_introspection(introspection)
    {
        m_server.setHandler([this](QTcpSocket *socket, const HostileServer::Request &request) {
            serve(socket, request);
        });
    }

    bool listen() { return m_server.listen(); }
    QUrl url(const QString &path) const { return m_server.url(path); }
    QStringList documents() const { return m_documents; }
    QJsonObject lastVariables() const { return m_variables; }
    // Fields refused although the schema (and introspection) says they exist.
    void setAlsoRefused(QStringList fields) { m_alsoRefused = std::move(fields); }

private:
    // The optional fields a document may name, and on which type.
    static QList<QPair<QString, QString>> optionalFields()
    {
        return {{QStringLiteral("priority"), QStringLiteral("Case")},
            {QStringLiteral("endOfIncident"), QStringLiteral("Case")},
            {QStringLiteral("serviceName"), QStringLiteral("Service")},
            {QStringLiteral("accountId"), QStringLiteral("Account")},
            {QStringLiteral("name"), QStringLiteral("Account")},
            {QStringLiteral("services"), QStringLiteral("Account")},
            {QStringLiteral("sites"), QStringLiteral("Account")},
            {QStringLiteral("bandwidth"), QStringLiteral("Service")},
            {QStringLiteral("city"), QStringLiteral("Site")},
            {QStringLiteral("origin"), QStringLiteral("Case")}};
    }

    QJsonObject fieldError(const QString &field, const QString &type) const
    {
        if (m_style == Style::GraphQLJs)
            return {{QStringLiteral("message"),
                QStringLiteral("Cannot query field \"%1\" on type \"%2\".").arg(field, type)}};
        return {
            {QStringLiteral("message"),
                QStringLiteral("The field `%1` does not exist on the type `%2`.").arg(field, type)},
            {QStringLiteral("extensions"),
                QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("field"), field}}}};
    }

    QJsonObject argumentError(const QString &argument) const
    {
        if (m_style == Style::GraphQLJs)
            return {{QStringLiteral("message"),
                QStringLiteral("Unknown argument \"%1\" on field \"Mutation.createCase\".")
                    .arg(argument)}};
        return {{QStringLiteral("message"),
                    QStringLiteral("The argument `%1` does not exist.").arg(argument)},
            {QStringLiteral("extensions"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("Mutation")},
                    {QStringLiteral("field"), QStringLiteral("createCase")},
                    {QStringLiteral("argument"), argument}}}};
    }

    // graphql-js (graphql-http) answers a refused document with 400 and
    // graphql-response+json; HotChocolate (as many servers do for application/json) with 200.
    void refuse(QTcpSocket *socket, const HostileServer::Request &request, QJsonArray errors)
    {
        const QJsonObject body {{QStringLiteral("errors"), errors}};
        if (m_style == Style::GraphQLJs)
            HostileServer::respond(400, {{"Content-Type", "application/graphql-response+json"}},
                QJsonDocument(body).toJson())(socket, request);
        else
            HostileServer::respond(200, {{"Content-Type", "application/json"}},
                QJsonDocument(body).toJson())(socket, request);
    }

    void answer(QTcpSocket *socket, const HostileServer::Request &request, const QJsonObject &data)
    {
        HostileServer::respond(200, {{"Content-Type", "application/json"}},
            QJsonDocument(QJsonObject {{QStringLiteral("data"), data}}).toJson())(socket, request);
    }

    QJsonObject schema() const
    {
        // Type names of its own: the console must follow the fields, not guess the names.
        const auto field = [](const QString &name, const QString &type, QStringList args = {}) {
            QJsonArray argList;
            for (const QString &a : args)
                argList.append(QJsonObject {{QStringLiteral("name"), a}});
            return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("args"), argList},
                {QStringLiteral("type"),
                    QJsonObject {{QStringLiteral("kind"), QStringLiteral("NON_NULL")},
                        {QStringLiteral("name"), QJsonValue::Null},
                        {QStringLiteral("ofType"),
                            QJsonObject {{QStringLiteral("kind"), QStringLiteral("OBJECT")},
                                {QStringLiteral("name"), type}}}}}};
        };
        const auto type = [](const QString &name, const QJsonArray &fields) {
            return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("fields"), fields}};
        };
        QJsonArray account {field(QStringLiteral("cases"), QStringLiteral("SupportCase"))};
        QJsonArray supportCase {field(QStringLiteral("id"), QStringLiteral("String")),
            field(QStringLiteral("site"), QStringLiteral("Location")),
            field(QStringLiteral("service"), QStringLiteral("Product"))};
        QJsonArray product {field(QStringLiteral("serviceId"), QStringLiteral("String"))};
        for (const QString &f : m_has) {
            if (f == QLatin1String("priority") || f == QLatin1String("endOfIncident"))
                supportCase.append(field(f, QStringLiteral("String")));
            else if (f == QLatin1String("serviceName"))
                product.append(field(f, QStringLiteral("String")));
            else if (f == QLatin1String("name") || f == QLatin1String("accountId"))
                account.append(field(f, QStringLiteral("String")));
        }
        QStringList createArgs {QStringLiteral("subject"), QStringLiteral("type"),
            QStringLiteral("serviceId"), QStringLiteral("message")};
        if (m_has.contains(QLatin1String("createCase(priority)")))
            createArgs << QStringLiteral("priority");
        const QJsonArray types {
            type(QStringLiteral("Root"), {field(QStringLiteral("viewer"), QStringLiteral("Me"))}),
            type(QStringLiteral("Me"),
                {field(QStringLiteral("account"), QStringLiteral("CustomerAccount"))}),
            type(QStringLiteral("CustomerAccount"), account),
            type(QStringLiteral("SupportCase"), supportCase),
            type(QStringLiteral("Location"),
                {field(QStringLiteral("siteId"), QStringLiteral("String"))}),
            type(QStringLiteral("Product"), product),
            type(QStringLiteral("Changes"),
                {field(QStringLiteral("createCase"), QStringLiteral("SupportCase"), createArgs)}),
        };
        return {{QStringLiteral("__schema"),
            QJsonObject {{QStringLiteral("queryType"),
                             QJsonObject {{QStringLiteral("name"), QStringLiteral("Root")}}},
                {QStringLiteral("mutationType"),
                    QJsonObject {{QStringLiteral("name"), QStringLiteral("Changes")}}},
                {QStringLiteral("types"), types}}}};
    }

    void serve(QTcpSocket *socket, const HostileServer::Request &request)
    {
        if (request.target.startsWith("/oauth2/token")) {
            HostileServer::respond(200, {{"Content-Type", "application/json"}},
                R"({"access_token":"t","token_type":"Bearer","expires_in":3600})")(socket, request);
            return;
        }
        const QString query = QJsonDocument::fromJson(request.body)
                                  .object()
                                  .value(QLatin1String("query"))
                                  .toString();
        m_documents << query;
        m_variables = QJsonDocument::fromJson(request.body)
                          .object()
                          .value(QLatin1String("variables"))
                          .toObject();
        if (query.contains(QLatin1String("__schema"))) {
            if (m_introspection) {
                answer(socket, request, schema());
            } else if (m_style == Style::GraphQLJs) {
                refuse(socket, request,
                    {QJsonObject {{QStringLiteral("message"),
                        QStringLiteral("GraphQL introspection has been disabled, but the "
                                       "requested query contained the field \"__schema\".")}}});
            } else {
                refuse(socket, request,
                    {QJsonObject {{QStringLiteral("message"),
                                      QStringLiteral(
                                          "Introspection is not allowed for the current request.")},
                        {QStringLiteral("extensions"),
                            QJsonObject {{QStringLiteral("code"), QStringLiteral("HC0046")}}}}});
            }
            return;
        }
        QJsonArray errors;
        const bool mutation = query.contains(QRegularExpression(
            QStringLiteral("^\\s*mutation\\b"), QRegularExpression::MultilineOption));
        for (const auto &[name, type] : optionalFields()) {
            const bool named
                = query.contains(QRegularExpression(QStringLiteral("\\b%1\\b(?!:)").arg(name)));
            const bool lacks = !m_has.contains(name) || m_alsoRefused.contains(name);
            if (named && lacks && !mutation
                && (name != QLatin1String("origin") || m_alsoRefused.contains(name)))
                errors.append(fieldError(name, type));
        }
        if (mutation && query.contains(QLatin1String("priority:"))
            && !m_has.contains(QLatin1String("createCase(priority)")))
            errors.append(argumentError(QStringLiteral("priority")));
        if (mutation && !query.contains(QLatin1String("subject:")))
            errors.append(QJsonObject {{QStringLiteral("message"),
                QStringLiteral("Field \"createCase\" argument \"subject\" of type \"String!\" is "
                               "required, but it was not provided.")}});
        if (!errors.isEmpty()) {
            refuse(socket, request, errors);
            return;
        }
        if (mutation) {
            answer(socket, request,
                {{QStringLiteral("createCase"),
                    QJsonObject {{QStringLiteral("id"), QStringLiteral("CS-1")}}}});
            return;
        }
        answer(socket, request,
            {{QStringLiteral("viewer"),
                QJsonObject {{QStringLiteral("account"),
                    QJsonObject {{QStringLiteral("__typename"), QStringLiteral("Account")},
                        {QStringLiteral("cases"), QJsonArray()}}}}}});
    }

    HostileServer m_server;
    Style m_style;
    QStringList m_has;
    QStringList m_alsoRefused;
    bool m_introspection;
    QStringList m_documents;
    QJsonObject m_variables;
};
