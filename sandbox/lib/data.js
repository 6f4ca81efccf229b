'use strict';
// Seed data: one account, its sites and services (fixed), and cases generated deterministically
// from the random seed relative to the sandbox clock at seeding time.
const { createRng } = require('./prng');
const { formatInstant, MS_PER_MINUTE, TICKS_PER_MS } = require('./dates');
const text = require('./texts');

const ACCOUNT = { accountId: 'ACC-100245', name: 'Northwind Logistics' };

// offsetMinutes is the (fixed, winter-time) UTC offset the provider uses for that site's dates.
const SITES = [
  { siteId: 'SITE-NL-0101', name: 'Rotterdam DC', city: 'Rotterdam', country: 'NL', offsetMinutes: 60 },
  { siteId: 'SITE-NL-0102', name: 'Amsterdam HQ', city: 'Amsterdam', country: 'NL', offsetMinutes: 60 },
  { siteId: 'SITE-DE-0201', name: 'Frankfurt Warehouse', city: 'Frankfurt am Main', country: 'DE', offsetMinutes: 60 },
  { siteId: 'SITE-PL-0301', name: 'Warsaw Distribution Centre', city: 'Warsaw', country: 'PL', offsetMinutes: 60 },
  { siteId: 'SITE-GB-0401', name: 'London Office', city: 'London', country: 'GB', offsetMinutes: 0 },
  { siteId: 'SITE-FR-0501', name: 'Lyon Depot', city: 'Lyon', country: 'FR', offsetMinutes: 60 },
  { siteId: 'SITE-US-0601', name: 'Chicago Hub', city: 'Chicago', country: 'US', offsetMinutes: -360 },
  { siteId: 'SITE-SG-0701', name: 'Singapore APAC Office', city: 'Singapore', country: 'SG', offsetMinutes: 480 },
];

const SERVICES = [
  ['SVC-204871', 'Internet 500M - Rotterdam DC', 'Active', 'Internet', '500 Mbps', 'SITE-NL-0101'],
  ['SVC-204872', 'MPLS 100M - Rotterdam DC', 'Active', 'MPLS', '100 Mbps', 'SITE-NL-0101'],
  ['SVC-204880', 'SD-WAN Premium - Amsterdam HQ', 'Active', 'SD-WAN', '1 Gbps', 'SITE-NL-0102'],
  ['SVC-205113', 'Ethernet 10G - Frankfurt Warehouse', 'Active', 'Ethernet', '10 Gbps', 'SITE-DE-0201'],
  ['SVC-205240', 'Internet 200M - Warsaw Distribution Centre', 'Active', 'Internet', '200 Mbps', 'SITE-PL-0301'],
  ['SVC-205241', 'Wireless 4G Backup - Warsaw Distribution Centre', 'Suspended', 'Wireless', '150 Mbps', 'SITE-PL-0301'],
  ['SVC-205377', 'MPLS 50M - London Office', 'Active', 'MPLS', '50 Mbps', 'SITE-GB-0401'],
  ['SVC-205502', 'Internet 100M - Lyon Depot', 'Ceased', 'Internet', '100 Mbps', 'SITE-FR-0501'],
  ['SVC-205618', 'SD-WAN - Chicago Hub', 'Active', 'SD-WAN', '500 Mbps', 'SITE-US-0601'],
  ['SVC-205790', 'Internet 300M - Singapore APAC Office', 'Provisioning', 'Internet', '300 Mbps', 'SITE-SG-0701'],
].map(([serviceId, serviceName, status, serviceType, bandwidth, siteId]) => ({
  serviceId, serviceName, status, serviceType, bandwidth, siteId,
}));

const STATUSES = ['New', 'InProgress', 'PendingCustomer', 'OnHold', 'Resolved', 'Closed', 'Cancelled'];
const OPEN_STATUSES = ['New', 'InProgress', 'PendingCustomer', 'OnHold', 'Resolved'];
const ORIGINS = ['Portal', 'Api', 'Email', 'Phone', 'Proactive'];
const COMM_TYPES = ['CustomerMessage', 'ProviderMessage', 'StatusUpdate'];
const FAR_FUTURE = '9999-12-31T23:59:59.9999999+00:00';
const FIRST_CASE_NUMBER = 4100000;

const STATUS_WEIGHTS = [
  ['New', 8], ['InProgress', 20], ['PendingCustomer', 10], ['OnHold', 6],
  ['Resolved', 12], ['Closed', 36], ['Cancelled', 6],
];
const SUBJECT_WEIGHTS = {
  Incident: [['ServiceDown', 25], ['ServiceDegradation', 30], ['ServiceIntermittent', 30], ['RfoRequest', 15]],
  NonIncident: [
    ['ActivationSupport', 10], ['ChangeRequest', 25], ['EngineerDispatch', 12], ['InformationRequest', 18],
    ['Other', 8], ['SoftwareUpdate', 12], ['UtilizationReport', 15],
  ],
};

/** The status transitions a case went through to reach its final status. */
function statusPath(rng, finalStatus, room) {
  const path = [];
  if (finalStatus === 'New') return path;
  if (finalStatus === 'Cancelled') return rng.chance(0.5) ? ['InProgress', 'Cancelled'] : ['Cancelled'];
  path.push('InProgress');
  // long threads wander through waiting states before settling
  let loops = Math.max(0, Math.min(3, Math.floor(room / 8)));
  while (loops-- > 0) path.push(rng.pick(['PendingCustomer', 'OnHold']), 'InProgress');
  if (finalStatus === 'PendingCustomer' || finalStatus === 'OnHold') path.push(finalStatus);
  if (finalStatus === 'Resolved' || finalStatus === 'Closed') path.push('Resolved');
  if (finalStatus === 'Closed') path.push('Closed');
  return path;
}

function messageCount(rng, status) {
  if (status === 'New') return rng.int(1, 3);
  return Math.min(30, 2 + Math.floor(rng.exponential(5)));
}

function customerReference(rng, type) {
  if (type === 'Incident') return `INC${String(rng.int(1000000, 9999999)).padStart(7, '0')}`;
  return rng.chance(0.5) ? `CHG${rng.int(100000, 999999)}` : `RITM${rng.int(1000000, 9999999)}`;
}

/**
 * Generates `count` cases ending at the instant nowMs. Options: forceShapes puts a 30-message
 * thread on the first case and a single-message New case second, and cycles through every status
 * first, so that the demo data always shows every variant.
 */
function generateCases(rng, count, nowMs, services, matrix, { forceShapes = true } = {}) {
  const cases = [];
  const forcedStatuses = rng.shuffle(STATUSES.filter((s) => s !== 'New'));
  forcedStatuses.splice(1, 0, 'New');
  const openServices = services.filter((s) => s.status !== 'Ceased');
  const sitesById = new Map(SITES.map((s) => [s.siteId, s]));
  let number = FIRST_CASE_NUMBER;

  for (let i = 0; i < count; i++) {
    number += rng.int(1, 37);
    const type = rng.chance(0.55) ? 'Incident' : 'NonIncident';
    const typeDef = matrix.types.get(type);
    const subject = rng.weighted(SUBJECT_WEIGHTS[type].filter(([s]) => typeDef.subjects.includes(s)));
    const status = forceShapes && i < forcedStatuses.length ? forcedStatuses[i] : rng.weighted(STATUS_WEIGHTS);
    const closed = status === 'Closed' || status === 'Cancelled';
    const service = closed && rng.chance(0.1)
      ? services.find((s) => s.status === 'Ceased') || rng.pick(services)
      : rng.pick(openServices);
    const site = sitesById.get(service.siteId);
    const off = site.offsetMinutes;

    let priority;
    if (type === 'Incident') {
      priority = subject === 'ServiceDown'
        ? rng.weighted([['P1', 5], ['P2', 4], ['P3', 1]])
        : rng.weighted([['P2', 2], ['P3', 5], ['P4', 3], ['P5', 1]]);
    } else {
      priority = rng.weighted([['P3', 3], ['P4', 5], ['P5', 2]]);
    }
    priority = typeDef.priorities.includes(priority) ? priority : typeDef.defaultPriority;

    const proactive = type === 'Incident' && subject !== 'RfoRequest' && rng.chance(0.18);
    const origin = proactive ? 'Proactive' : rng.weighted([['Portal', 40], ['Api', 20], ['Email', 28], ['Phone', 12]]);

    let msgs = messageCount(rng, status);
    if (forceShapes && i === 0) msgs = 30;
    if (forceShapes && i === 1) msgs = 1;

    // timeline, in ms before "now"
    const ageMin = closed || status === 'Resolved'
      ? rng.int(2 * 1440, 90 * 1440)
      : rng.int(30, rng.chance(0.5) ? 2 * 1440 : 30 * 1440);
    const createdMs = nowMs - ageMin * MS_PER_MINUTE - rng.int(0, 59999);
    let endMs;
    if (!closed && status !== 'Resolved' && rng.chance(0.5)) {
      endMs = nowMs - rng.int(3, 180) * MS_PER_MINUTE; // recently active (not in the last 2 minutes)
    } else {
      const spanMin = closed || status === 'Resolved' ? rng.int(60, 14 * 1440) : rng.int(10, ageMin);
      endMs = createdMs + spanMin * MS_PER_MINUTE;
    }
    endMs = Math.min(Math.max(endMs, createdMs + 60000), nowMs - 3 * MS_PER_MINUTE);
    if (msgs === 1) endMs = createdMs;
    const times = [createdMs];
    for (let k = 1; k < msgs - 1; k++) times.push(createdMs + Math.floor(rng.next() * (endMs - createdMs)));
    if (msgs > 1) times.push(endMs);
    times.sort((a, b) => a - b);
    const stamp = (ms) => formatInstant({ ms, sub: rng.int(0, TICKS_PER_MS - 1) }, off);

    const ctx = text.context(rng, { service, site, subject, type });
    const transitions = statusPath(rng, status, msgs);
    const usable = msgs - 1 >= transitions.length ? transitions : transitions.slice(transitions.length - (msgs - 1));
    const convoCount = msgs - 1 - usable.length;
    // plan: opening message, conversation with the earlier status updates spread through it,
    // the final status update(s) at the end
    const finalTail = usable.length && (status === 'Closed' || status === 'Resolved' || status === 'Cancelled')
      ? usable.slice(-Math.min(usable.length, status === 'Closed' ? 2 : 1))
      : usable.slice(-Math.min(usable.length, 1));
    const early = usable.slice(0, usable.length - finalTail.length);
    const plan = [];
    const gap = early.length ? Math.max(1, Math.floor(convoCount / (early.length + 1))) : 0;
    let e = 0;
    let lastSide = proactive ? 'provider' : 'customer';
    for (let k = 0; k < convoCount; k++) {
      if (e < early.length && k === gap * (e + 1) - 1) plan.push({ status: early[e++] });
      const side = rng.chance(0.75) ? (lastSide === 'customer' ? 'provider' : 'customer') : lastSide;
      plan.push({ side });
      lastSide = side;
    }
    while (e < early.length) plan.push({ status: early[e++] });
    for (const s of finalTail) plan.push({ status: s });

    const comms = [];
    const customer = rng.pick(text.CUSTOMER_ENGINEERS);
    comms.push(proactive
      ? { message: text.proactiveOpening(rng, ctx), type: 'ProviderMessage', timestamp: stamp(times[0]), sentBy: text.PROVIDER_NOC }
      : { message: text.opening(rng, ctx), type: 'CustomerMessage', timestamp: stamp(times[0]), sentBy: origin === 'Api' && rng.chance(0.3) ? null : customer });
    let prevStatus = 'New';
    let resolvedMs = null;
    for (let k = 0; k < plan.length; k++) {
      const p = plan[k];
      const ts = times[k + 1];
      if (p.status) {
        comms.push({ message: text.statusChange(prevStatus, p.status), type: 'StatusUpdate', timestamp: stamp(ts), sentBy: null });
        if (p.status === 'Resolved') resolvedMs = ts;
        prevStatus = p.status;
      } else if (p.side === 'provider') {
        comms.push({ message: text.providerReply(rng, ctx, k / Math.max(1, plan.length)), type: 'ProviderMessage', timestamp: stamp(ts), sentBy: rng.pick(text.PROVIDER_AGENTS) });
      } else {
        comms.push({ message: text.customerReply(rng, ctx), type: 'CustomerMessage', timestamp: stamp(ts), sentBy: rng.chance(0.8) ? customer : rng.pick(text.CUSTOMER_ENGINEERS) });
      }
    }

    const last = comms[comms.length - 1];
    const c = {
      id: `CS-${String(number).padStart(7, '0')}`,
      subject,
      type,
      priority,
      status,
      origin,
      createdDate: comms[0].timestamp,
      lastModifiedDate: last.timestamp,
      customerReference: rng.chance(0.4) ? customerReference(rng, type) : null,
      startOfIncident: null,
      endOfIncident: null,
      communications: comms,
      serviceId: service.serviceId,
      siteId: site.siteId,
    };
    if (type === 'Incident') {
      c.startOfIncident = stamp(createdMs - rng.int(5, 240) * MS_PER_MINUTE);
      if (resolvedMs !== null && status !== 'Cancelled') c.endOfIncident = stamp(resolvedMs - rng.int(1, 90) * MS_PER_MINUTE);
      else if (origin === 'Api' && rng.chance(0.4)) c.endOfIncident = FAR_FUTURE;
      if (c.endOfIncident && c.endOfIncident !== FAR_FUTURE && c.endOfIncident < c.startOfIncident) c.endOfIncident = c.startOfIncident;
    }
    cases.push(c);
  }
  return { cases, nextCaseNumber: number + 1 };
}

/**
 * Builds a fresh state for a --seed value: "demo" (about 60 cases), "empty" (no cases) or
 * "large:N" (N cases).
 */
function seedState({ seed = 'demo', randomSeed = '1', nowMs, matrix }) {
  const rng = createRng(randomSeed, 0);
  const services = SERVICES.map((s) => ({ ...s }));
  let count = 0;
  if (seed === 'demo') count = 60;
  else if (seed.startsWith('large:')) count = Number(seed.slice(6));
  const { cases, nextCaseNumber } = count
    ? generateCases(rng, count, nowMs, services, matrix)
    : { cases: [], nextCaseNumber: FIRST_CASE_NUMBER };
  return {
    account: { ...ACCOUNT },
    sites: SITES.map((s) => ({ ...s })),
    services,
    cases,
    nextCaseNumber,
  };
}

function isValidSeed(seed) {
  return seed === 'demo' || seed === 'empty' || /^large:[1-9]\d{0,6}$/.test(seed);
}

module.exports = {
  seedState, isValidSeed, generateCases,
  STATUSES, OPEN_STATUSES, ORIGINS, COMM_TYPES, ACCOUNT, SITES, SERVICES, FAR_FUTURE,
};
