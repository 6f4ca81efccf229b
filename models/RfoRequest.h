#pragma once

#include "models/Case.h"
#include "models/CaseDraft.h"

#include <QDateTime>
#include <QString>

class ProviderWords;

// A link between a resolved or closed incident and the Reason for Outage request made for it
// (store: case_links), written when the request's create is confirmed.
struct CaseLink
{
    QString originalId; // the incident
    QString rfoId; // the RfoRequest case
    QDateTime created; // when the link was stored (UTC)

    friend bool operator==(const CaseLink &, const CaseLink &) = default;
};

// Requesting a Reason for Outage (RFO) for a resolved or closed incident (issue 14 item 4,
// docs/architecture.md "Request RFO"): a new Incident case with the subject RfoRequest, the
// same service, the incident's start and end, the customer reference reference(id) and a
// message naming the original case. The console's Case > Request RFO… and `casectl rfo` share
// it.
namespace RfoRequest {

// The subject the provider's article lists for it under Incident.
inline constexpr char16_t Subject[] = u"RfoRequest";

// Why no RFO can be requested for `c` (empty when one can): not an incident, or still open (in
// the profile's words: an RFO needs a resolved or closed incident).
QString refusal(const CaseHeader &c, const ProviderWords &words);

// The customer reference the request carries: "RFO-" and the original case's id. The outbox
// looks a create whose answer was lost up by its reference, so it is the original's own (one per
// incident); RFOs requested again later for the same case are told apart by their creation
// time and what the profile confirmed (docs/architecture.md, "The outbox").
QString reference(const QString &originalId);

// The request's message for the provider's staff, naming the case and the incident's times (in
// UTC): translatable (the engineer's language).
QString message(const CaseHeader &c);

// The create form's draft: Incident / RfoRequest, the service, the incident's start (else the
// case's creation) and end (open-ended when the case has none), the type's default priority,
// the reference and the message. `sentBy` as the engineer signs.
CaseDraft draft(const CaseHeader &c, const QString &sentBy = {});

} // namespace RfoRequest
