#pragma once

#include "models/Timestamp.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

class CaseTypeMatrix;

// A case the engineer is about to create: what the create-case form edits, what the outbox
// stores and what createCase sends.
struct CaseDraft
{
    enum class Field {
        Type,
        Priority,
        Subject,
        Service,
        Message,
        StartOfIncident,
        EndOfIncident,
        CustomerReference,
        SentBy
    };

    struct Problem
    {
        Field field;
        QString message;
    };

    QString type;
    QString priority;
    QString subject;
    QString serviceId;
    QString message;
    QString customerReference;
    QString sentBy;
    // For an Incident: when it began (required) and ended (invalid = open-ended, sent as null).
    Timestamp startOfIncident;
    Timestamp endOfIncident;

    // Everything that keeps the provider from accepting this draft, per field; empty when the
    // draft can be sent.
    QList<Problem> problems(const CaseTypeMatrix &matrix) const;
    bool isValid(const CaseTypeMatrix &matrix) const { return problems(matrix).isEmpty(); }

    // The message as sent to a provider whose createCase takes no priority: a first line that
    // states the requested priority ("Requested priority: P1"), a blank line, the message. Not
    // translated: the provider's staff read it, whatever the engineer's language.
    QString messageStatingPriority() const;

    // For the outbox and saved drafts; dates keep their 7 digits and offset.
    QJsonObject toJson() const;
    static CaseDraft fromJson(const QJsonObject &json);

    friend bool operator==(const CaseDraft &, const CaseDraft &) = default;
};

Q_DECLARE_METATYPE(CaseDraft)
