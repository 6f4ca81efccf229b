#pragma once

#include "models/ApiError.h"
#include "models/ProviderCapabilities.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

class GraphQLReply;
class GraphQLTransport;

// Learns which optional parts (ProviderCapabilities) the provider has.
//
// First by introspection: one query for every type with its fields and arguments, followed
// from the root (Query.viewer.account; Mutation.createCase), since the article names no types.
// Where introspection is refused (an answer without a readable schema, other than a server
// failure: a 5xx or an answer cut short learns nothing), by probing each
// optional part once with a document holding the documented minimum and that part alone
// (GraphQLDocuments::probe):
// - a field: present when the server runs the query (it answers with data, whatever the data
//   or an authorization error say); absent when an error names the field (graphql-js' "Cannot
//   query field", HotChocolate's "does not exist", GraphQLSchemaError), or when the server
//   refuses the document as a whole (HTTP 400, or errors without data: the rest is documented);
// - an argument (createCase.priority): the probe can never run, so it is absent when an error
//   names the argument and present when the server's errors name other things only.
// Any other answer (an unreadable one, a server error) leaves the part Unknown, which counts as
// absent and makes the result due again (ProviderCapabilities::isDue). An answer that shows the
// server cannot be used at all (no connection, a timeout, no token, credentials refused, a
// redirect, HTTP 404 or 429: isFatal()) fails the whole discovery: nothing is learned.
class CapabilityDiscovery : public QObject
{
    Q_OBJECT

public:
    explicit CapabilityDiscovery(GraphQLTransport *transport, QObject *parent = nullptr);

    // Starts; finished() or failed() follows once, never from within start().
    void start();
    bool isRunning() const { return m_running; }

    // What one probe's answer says of `part`.
    struct ProbeAnswer
    {
        ApiError error; // the reply's error (none for a clean answer)
        QJsonArray errors; // the GraphQL errors, when the body could be read
        bool hasData = false; // the body had a top-level data (the document ran)
    };
    static ProviderCapabilities::Finding judgeProbe(
        ProviderCapabilities::Part part, const ProbeAnswer &answer);
    // The parts an introspection answer's data shows; nullopt when the data holds no schema
    // that leads from the query type to viewer.account.
    static std::optional<ProviderCapabilities> fromIntrospection(const QJsonObject &data);
    // Whether an error means the server cannot be used now (so nothing can be learned).
    static bool isFatal(const ApiError &error);

signals:
    void finished(const ProviderCapabilities &capabilities);
    void failed(const ApiError &error);

private:
    void onIntrospection(GraphQLReply *reply);
    void startProbes();
    void probeNext();
    void finishWith(const ProviderCapabilities &capabilities);
    void failWith(const ApiError &error);

    GraphQLTransport *m_transport;
    ProviderCapabilities m_result;
    QList<ProviderCapabilities::Part> m_toProbe;
    QList<GraphQLReply *> m_inFlight;
    bool m_running = false;
};
