#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// A location of the customer's where services are delivered.
struct Site
{
    QString siteId;
    QString name;
    QString city;
    QString country;

    friend bool operator==(const Site &, const Site &) = default;
};

// A network service the provider delivers to the account.
struct Service
{
    QString serviceId;
    QString serviceName;
    QString status; // Active, Suspended, Ceased or Provisioning
    QString serviceType; // Internet, MPLS, SD-WAN, Ethernet or Wireless
    QString bandwidth;
    QString siteId;

    friend bool operator==(const Service &, const Service &) = default;
};

// The account behind the credentials, with its services and sites.
struct Account
{
    QString accountId;
    QString name;
    QList<Service> services;
    QList<Site> sites;

    const Site *site(const QString &siteId) const;
    const Service *service(const QString &serviceId) const;
};

Q_DECLARE_METATYPE(Account)
