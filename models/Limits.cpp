#include "models/Limits.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString number(qsizetype n)
{
    return QLocale().toString(n);
}

} // namespace

QString Limits::messageProblem(const QString &message)
{
    if (message.size() <= MaxMessageLength)
        return {};
    return QCoreApplication::translate(
        "Limits", "The message is too long: at most %1 characters, this one has %2.")
        .arg(number(MaxMessageLength), number(message.size()));
}

QString Limits::referenceProblem(const QString &reference)
{
    if (reference.size() <= MaxReferenceLength)
        return {};
    return QCoreApplication::translate(
        "Limits", "The reference is too long: at most %1 characters, this one has %2.")
        .arg(number(MaxReferenceLength), number(reference.size()));
}

QString Limits::sentByProblem(const QString &sentBy)
{
    if (sentBy.size() <= MaxSentByLength)
        return {};
    return QCoreApplication::translate(
        "Limits", "\"Sent by\" is too long: at most %1 characters, this one has %2.")
        .arg(number(MaxSentByLength), number(sentBy.size()));
}
