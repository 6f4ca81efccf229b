'use strict';
// Message templates for the generated support threads (network-service support).

const PROVIDER_NOC = 'Provider NOC';
const PROVIDER_AGENTS = [
  'Provider NOC', 'Provider NOC - Jeroen Smit', 'Provider NOC - Aisha Khan', 'Provider Service Desk',
  'Provider NOC - Marco Bianchi', 'Provider Field Operations',
];
const CUSTOMER_ENGINEERS = [
  'Anna de Vries', 'Tomasz Kowalski', 'Lukas Becker', 'Emma Clarke', 'Julien Martin',
  'Priya Raman', 'Mark Jensen', 'Wei Ling Tan', 'Sofia Lindqvist', 'Daniel O\'Connor',
];

const PEERS = ['AS1299', 'AS3356', 'AS6453', 'AS174', 'AS2914', 'AS6762'];
const DEVICES = ['rtr-edge-01', 'rtr-edge-02', 'fw-core-01', 'sdwan-edge-a', 'cpe-01', 'sw-dist-02'];

function ip(rng) {
  return `${rng.pick(['198.51.100', '203.0.113', '192.0.2'])}.${rng.int(1, 254)}`;
}

function hhmm(rng) {
  return `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
}

/** Per-case values reused across a thread so that it reads consistently. */
function context(rng, { service, site, subject, type }) {
  return {
    svc: service.serviceName,
    sid: service.serviceId,
    site: site.name,
    city: site.city,
    subject,
    type,
    peer: rng.pick(PEERS),
    dev: rng.pick(DEVICES),
    ip: ip(rng),
    loss: rng.int(2, 35),
    lat: rng.int(60, 400),
    base: rng.int(4, 30),
    t1: hhmm(rng),
    t2: hhmm(rng),
    carrier: rng.pick(['the local loop carrier', 'the last-mile partner', 'our access provider in ' + site.city]),
    cref: `${rng.pick(['TT', 'LLC', 'CAR'])}-${rng.int(100000, 999999)}`,
    prefix: `${rng.pick(['198.51.100', '203.0.113'])}.0/${rng.pick([24, 25, 26])}`,
    fw: `${rng.int(16, 20)}.${rng.int(3, 12)}.${rng.int(1, 9)}`,
  };
}

const fill = (tpl, c) => tpl.replace(/\{(\w+)\}/g, (_, k) => (k in c ? String(c[k]) : `{${k}}`));

const OPENINGS = {
  ServiceDown: [
    'Circuit {svc} ({sid}) is down since {t1} local time. No link light on the CPE and the BGP session to {ip} is Idle. Site {site} is running on backup. Please investigate urgently.',
    'Total loss of service on {svc}. {dev} reports the WAN interface down/down since {t1}. We power-cycled the CPE without result.',
    'Our monitoring shows {site} unreachable since {t1}. Interface on {dev} is down, no ARP from the provider side.',
  ],
  ServiceDegradation: [
    'We see {loss}% packet loss towards {peer} on {svc} during business hours. Latency went from {base} ms to {lat} ms. Traceroute attached.',
    'Users at {site} report slow applications. Latency over {svc} is {lat} ms (normally {base} ms) and we measure {loss}% loss at peak.',
    'Throughput on {svc} is capped far below the contracted bandwidth since yesterday; iperf tests give a fraction of the committed rate.',
  ],
  ServiceIntermittent: [
    'BGP session on {svc} flaps every 10-20 minutes since {t1}: hold timer expired, neighbour {ip} down/up. Logs from {dev} attached.',
    'Intermittent drops on {svc}: the link goes down for 30-60 seconds several times an hour. CRC errors increasing on {dev}.',
    'Short outages on {svc} at {site} since this morning ({t1}, {t2}). Each time the tunnel to the hub re-establishes after about a minute.',
  ],
  RfoRequest: [
    'Please provide a Reason for Outage for the outage on {svc} yesterday between {t1} and {t2} local time.',
    'Our management requests a formal RFO for last week\'s incident on {svc} at {site}, including root cause and preventive actions.',
  ],
  ActivationSupport: [
    'Our engineer will be on site at {site} on Thursday to connect the new router to {svc}. Please have an activation engineer available for the turn-up.',
    'We received the handover for {svc} but cannot bring up the BGP session with {ip}. Please assist with the activation.',
  ],
  ChangeRequest: [
    'Please add prefix {prefix} to the BGP announcements on {svc}. LOA attached.',
    'Please change the SD-WAN application policy on {svc} to prefer the MPLS underlay for voice traffic.',
    'Request to increase the bandwidth of {svc} at {site}. Please send a quote and the earliest implementation date.',
  ],
  EngineerDispatch: [
    'Please dispatch a field engineer to {site} to replace the faulty CPE power supply on {svc}. Site contact is available 08:00-17:00.',
    'The NTU at {site} shows a red alarm LED. Please send an engineer; access requires 24h notice to building security.',
  ],
  InformationRequest: [
    'Can you confirm the committed data rate, the contract end date and the escalation matrix for {svc}?',
    'Please share the public IP assignment and the DNS resolvers configured for {svc} at {site}.',
  ],
  Other: [
    'Please update the site contact for {site}: all notifications should go to the network operations mailbox.',
    'We would like to schedule a service review call for the services at {site}.',
  ],
  SoftwareUpdate: [
    'Please schedule a firmware upgrade of the managed edge for {svc} to {fw}; preferred window Saturday 22:00-02:00.',
    'Security advisory: please confirm whether the managed router on {svc} is affected and plan the software update.',
  ],
  UtilizationReport: [
    'Please send the utilization report for {svc} for last month, including 95th percentile in and out.',
    'We need the monthly traffic and availability report for {svc} for our capacity planning.',
  ],
};

const PROACTIVE = [
  'Our monitoring detected a loss of service on {svc} at {t1}. We are investigating with {carrier} under reference {cref} and will update you within 30 minutes.',
  'Proactive notification: we see {loss}% packet loss on the access circuit of {svc} since {t1}. Investigation in progress.',
  'Our NOC detected repeated BGP session resets towards {ip} on {svc}. We have opened this case proactively and are investigating.',
];

const PROVIDER_EARLY = [
  'Thank you for contacting us. We have started investigating and will come back to you shortly.',
  'We have raised this with {carrier} under reference {cref}. Next update within 1 hour.',
  'Our NOC can see the issue on our side as well. Could you confirm the site has power and share a photo of the CPE LEDs?',
  'We ran a line test from the PE: errors seen on the access circuit. Escalated to {carrier}.',
  'Please confirm a contact on site and access hours so we can dispatch an engineer if needed.',
];
const PROVIDER_LATE = [
  'A field engineer is scheduled for tomorrow between 09:00 and 13:00 local time.',
  '{carrier} replaced a faulty card in the street cabinet. The interface is up since {t2}. Can you confirm the service is restored?',
  'The change has been implemented as requested. Please verify on your side.',
  'Our monitoring shows the service stable for the last 4 hours. We will resolve this case if we do not hear back within 24 hours.',
  'The requested report is attached. Let us know if you need a different period.',
  'Root cause: fibre cut by third-party civil works near {city}. Preventive action: diverse routing proposal to follow.',
];
const CUSTOMER_REPLIES = [
  'Thanks. Any ETA for the fix? Operations at {site} are impacted.',
  'Site contact is available 08:00-17:00, building access via the loading dock.',
  'We still see loss at peak hours, latency {lat} ms this morning. Updated traceroute attached.',
  'Confirmed, service looks stable since the change. OK to resolve.',
  'Photo of the CPE attached. PWR is green, WAN is off.',
  'Can you please escalate? This is the third occurrence this month.',
  'Please keep the case open until we have completed our own tests tonight.',
  'Thanks for the update.',
];

function pickFill(rng, list, c) {
  return fill(rng.pick(list), c);
}

module.exports = {
  PROVIDER_NOC,
  PROVIDER_AGENTS,
  CUSTOMER_ENGINEERS,
  context,
  opening: (rng, c) => pickFill(rng, OPENINGS[c.subject] || OPENINGS.Other, c),
  proactiveOpening: (rng, c) => pickFill(rng, PROACTIVE, c),
  providerReply: (rng, c, progress) => pickFill(rng, progress < 0.5 ? PROVIDER_EARLY : PROVIDER_LATE, c),
  customerReply: (rng, c) => pickFill(rng, CUSTOMER_REPLIES, c),
  statusChange: (from, to) => `Status changed from ${from} to ${to}.`,
};
