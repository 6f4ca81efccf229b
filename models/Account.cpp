#include "models/Account.h"

#include <algorithm>

const Site *Account::site(const QString &siteId) const
{
    const auto it = std::find_if(
        sites.cbegin(), sites.cend(), [&](const Site &s) { return s.siteId == siteId; });
    return it == sites.cend() ? nullptr : &*it;
}

const Service *Account::service(const QString &serviceId) const
{
    const auto it = std::find_if(services.cbegin(), services.cend(),
        [&](const Service &s) { return s.serviceId == serviceId; });
    return it == services.cend() ? nullptr : &*it;
}
