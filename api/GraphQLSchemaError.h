#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// A GraphQL validation error that names a field or an argument the server's schema lacks, read
// from the error's message and extensions in the words of graphql-js
// (`Cannot query field "priority" on type "Case".`, `Unknown argument "priority" on field
// "Mutation.createCase".`), of HotChocolate (``The field `priority` does not exist on the type
// `Case`.``, ``The argument `priority` does not exist.`` with extensions type, field, argument)
// and, loosely, of other servers (a quoted field or argument name with "unknown", "does not
// exist", "cannot query", "not defined" or "not found").
struct GraphQLSchemaError
{
    enum class Kind { None, Field, Argument };

    Kind kind = Kind::None;
    QString name; // the field or argument: "priority"
    // Where: the type of a field ("Case"), the field of an argument ("Mutation.createCase" or
    // "createCase"); empty when the server does not say.
    QString owner;

    bool isValid() const { return kind != Kind::None; }
    // "the field “priority” on “Case”", "the argument “priority” of “Mutation.createCase”";
    // translated.
    QString describe() const;

    static GraphQLSchemaError read(const QJsonObject &error);
    // The first error of the list that names a missing field or argument.
    static GraphQLSchemaError firstIn(const QJsonArray &errors);
};
