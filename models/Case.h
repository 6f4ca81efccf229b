#pragma once

#include "models/Timestamp.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

class ProviderWords;

// One message or event in a case's history. The provider gives communications no id: a
// communication is identified by its content (see identityKey()).
struct Communication
{
    QString message;
    // The provider's word for who wrote it: the sandbox says CustomerMessage, ProviderMessage or
    // StatusUpdate, another provider Customer, Provider, System... (ProviderWords decides).
    QString type;
    Timestamp timestamp;
    QString sentBy;

    // The provider's side (its messages and status updates) in `words`.
    bool isFromProvider(const ProviderWords &words) const;
    // Stable across polls: the same communication returned twice has the same key.
    QString identityKey() const;

    friend bool operator==(const Communication &, const Communication &) = default;
};

// What identifies and describes a case, without its thread.
struct CaseHeader
{
    QString id;
    QString subject;
    QString type; // Incident or NonIncident
    QString priority; // P1 to P5
    QString status; // the provider's word, kept as it came (ProviderWords reads it)
    QString origin;
    QString customerReference;
    Timestamp createdDate;
    Timestamp lastModifiedDate;
    Timestamp startOfIncident;
    Timestamp endOfIncident;
    QString serviceId;
    QString serviceName;
    QString siteId;
    QString siteName;

    bool isIncident() const { return type == QLatin1String("Incident"); }
    // An incident that is an outage: not a Reason for Outage request (subject RfoRequest), whose
    // incident times are those of the outage it asks about (models/RfoRequest.h).
    bool isOutage() const { return isIncident() && subject != QLatin1String("RfoRequest"); }
    // Not in a status `words` count as closed.
    bool isOpen(const ProviderWords &words) const;

    friend bool operator==(const CaseHeader &, const CaseHeader &) = default;
};

// A support case as the provider reports it, with its complete history.
struct Case : CaseHeader
{
    QList<Communication> communications;

    friend bool operator==(const Case &, const Case &) = default;
};

// What the case list keeps of a case: the header, the size of the thread and what the engineer
// has seen of it. The thread itself stays in the store until a case is opened.
struct CaseSummary : CaseHeader
{
    int communicationCount = 0;
    Timestamp lastCommunicationAt;
    // Read state: the thread length and modification the engineer last saw.
    int seenCommunicationCount = 0;
    Timestamp seenModified;
    // What the SLA clocks need of the thread (SlaDigest::bytes()), as the store keeps it; empty
    // when it has none yet.
    QByteArray slaDigest;

    static CaseSummary of(const Case &c);
    // Changed since the engineer last looked (a new message, a status change, ...).
    bool isUnread() const { return seenModified < lastModifiedDate; }
    int unreadCommunications() const
    {
        return qMax(0, communicationCount - seenCommunicationCount);
    }

    friend bool operator==(const CaseSummary &, const CaseSummary &) = default;
};

Q_DECLARE_METATYPE(Case)
Q_DECLARE_METATYPE(CaseSummary)
