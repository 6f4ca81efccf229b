#include "api/GraphQLSchemaError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// A name in double quotes, backticks or single quotes.
#define QUOTED "[\"`'](\\w+)[\"`']"

const QRegularExpression &pattern(int which)
{
    static const QRegularExpression patterns[] = {
        // graphql-js
        QRegularExpression(QStringLiteral("^Unknown argument \"(\\w+)\" on field \"([\\w.]+)\"")),
        QRegularExpression(QStringLiteral("^Cannot query field \"(\\w+)\" on type \"(\\w+)\"")),
        // HotChocolate (the argument's owner is in the extensions)
        QRegularExpression(QStringLiteral("^The argument " QUOTED " does not exist")),
        QRegularExpression(
            QStringLiteral("^The field " QUOTED " does not exist on the type " QUOTED)),
        // Anyone else: a quoted argument or field name and words of absence.
        QRegularExpression(
            QStringLiteral("\\bargument " QUOTED), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral("\\bfield " QUOTED), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral(
                "unknown|does ?n[o']t exist|cannot query|not defined|undefined|not found"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\b(?:on|in) (?:the )?type " QUOTED),
            QRegularExpression::CaseInsensitiveOption),
    };
    return patterns[which];
}

#undef QUOTED

} // namespace

QString GraphQLSchemaError::describe() const
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("GraphQLSchemaError", text); };
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Field:
        return owner.isEmpty() ? tr("the field “%1”").arg(name)
                               : tr("the field “%1” on “%2”").arg(name, owner);
    case Kind::Argument:
        return owner.isEmpty() ? tr("the argument “%1”").arg(name)
                               : tr("the argument “%1” of “%2”").arg(name, owner);
    }
    return {};
}

GraphQLSchemaError GraphQLSchemaError::read(const QJsonObject &error)
{
    const QString message = error.value(QLatin1String("message")).toString();
    const QJsonObject extensions = error.value(QLatin1String("extensions")).toObject();
    const auto ext
        = [&](const char *key) { return extensions.value(QLatin1String(key)).toString(); };

    if (const auto m = pattern(0).match(message); m.hasMatch())
        return {Kind::Argument, m.captured(1), m.captured(2)};
    if (const auto m = pattern(1).match(message); m.hasMatch())
        return {Kind::Field, m.captured(1), m.captured(2)};
    if (const auto m = pattern(2).match(message); m.hasMatch()) {
        QString owner = ext("field");
        if (!owner.isEmpty() && !ext("type").isEmpty())
            owner = ext("type") + u'.' + owner;
        return {Kind::Argument, m.captured(1), owner};
    }
    if (const auto m = pattern(3).match(message); m.hasMatch())
        return {Kind::Field, m.captured(1), m.captured(2)};
    if (!pattern(6).match(message).hasMatch())
        return {};
    const QString type = pattern(7).match(message).captured(1);
    if (const auto m = pattern(4).match(message); m.hasMatch())
        return {Kind::Argument, m.captured(1), type};
    if (const auto m = pattern(5).match(message); m.hasMatch())
        return {Kind::Field, m.captured(1), type};
    return {};
}

GraphQLSchemaError GraphQLSchemaError::firstIn(const QJsonArray &errors)
{
    for (const QJsonValue &e : errors) {
        if (const GraphQLSchemaError gap = read(e.toObject()); gap.isValid())
            return gap;
    }
    return {};
}
