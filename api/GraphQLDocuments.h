#pragma once

#include "models/ProviderCapabilities.h"

#include <QList>
#include <QString>
#include <QStringList>

// Builds the text of each GraphQL operation for what a provider has: the operation's documented
// core (resources/graphql/<Operation>.graphql) with its parts filled in. In a stored document,
// a line "#@ include X" stands for resources/graphql/parts/X.graphql (a shared piece, e.g. the
// documented fields of a case), and "#@ slot S" for the sections "#@ into S" of every optional
// part whose capability ("#@ capability key") the provider has (and whose "#@ needs key", if
// any, too), in file-name order, indented like the marker. The markers are comments, so every
// stored file is GraphQL as it stands.
//
// Parts are text rather than GraphQL fragments on purpose: a fragment needs a type condition
// ("on Case"), and the provider's article names no types.
class GraphQLDocuments
{
public:
    // The text of `operation` for a provider with `capabilities`; empty when there is no such
    // operation.
    static QString compose(const QString &operation, const ProviderCapabilities &capabilities);
    // The optional parts `operation` can carry (its slots' parts); empty for the others.
    static QList<ProviderCapabilities::Part> partsOf(const QString &operation);
    // Every stored operation, by name.
    static QStringList operations();

    // A document with the documented minimum and `part` alone (CapabilityDiscovery): a case
    // query, an account query, or a createCase that can never run.
    static QString probe(ProviderCapabilities::Part part);
    // The introspection query of CapabilityDiscovery.
    static QString introspection();
};
