#pragma once

#include "models/Timestamp.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One message or event in a case's history. The provider gives communications no id: a
// communication is identified by its content (see identityKey()).
struct Communication
{
    QString message;
    // CustomerMessage, ProviderMessage or StatusUpdate (sandbox/README.md, "Decisions").
    QString type;
    Timestamp timestamp;
    QString sentBy;

    bool isFromProvider() const { return type != QLatin1String("CustomerMessage"); }
    // Stable across polls: the same communication returned twice has the same key.
    QString identityKey() const;

    friend bool operator==(const Communication &, const Communication &) = default;
};

// A support case as the provider reports it, with its complete history.
struct Case
{
    QString id;
    QString subject;
    QString type; // Incident or NonIncident
    QString priority; // P1 to P5
    QString status;
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
    QList<Communication> communications;

    bool isIncident() const { return type == QLatin1String("Incident"); }
    bool isOpen() const;

    friend bool operator==(const Case &, const Case &) = default;
};

Q_DECLARE_METATYPE(Case)
