'use strict';
// Seed data of the Case Repository: status entries with their histories, deterministic from the
// random seed (PRNG stream 2) and the sandbox clock at seeding time. Part of the entries are the
// statuses Case Console published for the provider's demo cases (source "case-console",
// businessKey = the provider case id), so the two halves of the sandbox tell one story.
const { createRng } = require('./prng');
const { parseIso, MS_PER_MINUTE } = require('./dates');

const DEMO_ENTRIES = 300;
const MAX_LARGE_ENTRIES = 100000;
const STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'COMPLETED', 'REJECTED', 'CANCELLED'];
const CLIENT_TYPES = ['PESEL', 'NIP', 'REGON'];
const CASE_TYPES = ['NetworkIncident', 'ServiceRequest', 'ComplaintCase', 'ContractChange'];
const SOURCES = ['eximee', 'crm', 'portal', 'case-console'];
/** The NIP Case Console publishes the account's (Northwind Logistics) statuses under. */
const ACCOUNT_NIP = '5252344078';
const PUBLISHER_USER = { eximee: 'eximee-lowcode', crm: 'crm-sync', portal: 'portal-backend', 'case-console': 'demo-publisher' };

/** Status paths (oldest first) ending in each final status; a history has 1 to 4 entries. */
const PATHS = {
  OPEN: [['OPEN']],
  IN_PROGRESS: [['OPEN', 'IN_PROGRESS'], ['IN_PROGRESS'], ['OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'IN_PROGRESS']],
  WAITING_FOR_CUSTOMER: [['OPEN', 'WAITING_FOR_CUSTOMER'], ['OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER']],
  COMPLETED: [['OPEN', 'IN_PROGRESS', 'COMPLETED'], ['OPEN', 'COMPLETED'], ['OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'COMPLETED']],
  REJECTED: [['OPEN', 'REJECTED'], ['OPEN', 'IN_PROGRESS', 'REJECTED']],
  CANCELLED: [['OPEN', 'CANCELLED'], ['OPEN', 'IN_PROGRESS', 'CANCELLED'], ['CANCELLED']],
};
const STATUS_WEIGHTS = [['OPEN', 15], ['IN_PROGRESS', 25], ['WAITING_FOR_CUSTOMER', 12], ['COMPLETED', 30], ['REJECTED', 8], ['CANCELLED', 10]];
const DESCRIPTIONS = {
  OPEN: ['Case registered.', 'Request received, awaiting assignment.', 'Submitted through the online form.'],
  IN_PROGRESS: ['Assigned to the second line.', 'An engineer is working on it.', 'Documents are being verified.'],
  WAITING_FOR_CUSTOMER: ['Waiting for the signed annex.', 'Customer asked for a maintenance window.', 'Missing documents requested from the customer.'],
  COMPLETED: ['Resolved and confirmed by the customer.', 'Change applied.', 'Closed after a successful test.'],
  REJECTED: ['Outside the contract scope.', 'Duplicate of an earlier request.', 'Incomplete application.'],
  CANCELLED: ['Withdrawn by the customer.', 'Cancelled, no longer needed.'],
};
const EXTRA_NOTES = ['Customer informed by phone.', 'Priority raised after a call.', 'Note added by the case owner.'];
// provider case status (GraphQL half) -> repository status, as Case Console publishes it
const FROM_PROVIDER = {
  New: 'OPEN', InProgress: 'IN_PROGRESS', PendingCustomer: 'WAITING_FOR_CUSTOMER', OnHold: 'IN_PROGRESS',
  Resolved: 'COMPLETED', Closed: 'COMPLETED', Cancelled: 'CANCELLED',
};

const digits = (rng, n) => Array.from({ length: n }, () => rng.int(0, 9));
const weighted = (ds, weights) => ds.reduce((s, d, i) => s + d * weights[i], 0);

function pesel(rng) {
  const year = rng.int(1950, 2005);
  const month = rng.int(1, 12) + (year >= 2000 ? 20 : 0);
  const day = rng.int(1, 28);
  const ds = [...String(year % 100).padStart(2, '0'), ...String(month).padStart(2, '0'), ...String(day).padStart(2, '0')]
    .map(Number).concat(digits(rng, 4));
  const check = (10 - (weighted(ds, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  return ds.join('') + check;
}

function nip(rng) {
  for (;;) {
    const ds = [rng.int(1, 9), ...digits(rng, 8)];
    const check = weighted(ds, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
    if (check !== 10) return ds.join('') + check;
  }
}

function regon(rng) {
  const ds = [rng.int(1, 9), ...digits(rng, 7)];
  return ds.join('') + (weighted(ds, [8, 9, 2, 3, 4, 5, 6, 7]) % 11) % 10;
}

function uuid(rng) {
  const b = Array.from({ length: 16 }, () => rng.int(0, 255));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const local = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);

function businessKeyFor(rng, source, n) {
  switch (source) {
    case 'crm': return `CRM-${String(700000 + n).padStart(7, '0')}`;
    case 'portal': return `PRT-${2024 + (n % 2)}-${String(10000 + n).padStart(6, '0')}`;
    case 'case-console': return `CS-41009${String(n % 100).padStart(2, '0')}`; // replaced when not unique
    default: return rng.chance(0.3) ? null : `EXM-${String(n).padStart(8, '0')}`; // eximee: the low-code platform often sends none
  }
}

/** Builds one record: the entry and its history along `path`, between createdMs and endMs. */
function buildRecord(rng, { caseId, caseType, clientType, clientId, source, businessKey, path, createdMs, endMs }) {
  const steps = path.slice();
  // a description-only update now and then, while the history stays within 4 entries
  const noteAt = steps.length < 4 && rng.chance(0.25) ? rng.int(1, steps.length) : -1;
  const times = [createdMs];
  const n = steps.length + (noteAt >= 0 ? 1 : 0);
  for (let k = 1; k < n; k++) times.push(createdMs + Math.floor(rng.next() * (endMs - createdMs)));
  times.sort((a, b) => a - b);
  const user = PUBLISHER_USER[source];
  const entry = {
    caseId, creationDate: local(times[0]), updateDate: local(times[0]),
    caseType, clientId, clientType, status: steps[0],
    statusDescription: rng.chance(0.85) ? rng.pick(DESCRIPTIONS[steps[0]]) : null,
    businessKey, source,
  };
  const created = {};
  for (const f of ['caseType', 'clientId', 'clientType', 'status', 'statusDescription', 'businessKey', 'source']) {
    if (entry[f] !== null) created[f] = { from: null, to: entry[f] };
  }
  const history = [{ time: entry.creationDate, action: 'CREATED', user, source, changes: created }];
  let t = 1;
  for (let k = 1; k <= steps.length; k++) {
    if (k === noteAt) {
      const note = `${entry.statusDescription ?? ''} ${rng.pick(EXTRA_NOTES)}`.trim();
      history.push({ time: local(times[t++]), action: 'UPDATED', user, source, changes: { statusDescription: { from: entry.statusDescription, to: note } } });
      entry.statusDescription = note;
    }
    if (k === steps.length) break;
    const status = steps[k];
    const description = rng.pick(DESCRIPTIONS[status]);
    const changes = { status: { from: entry.status, to: status } };
    if (description !== entry.statusDescription) changes.statusDescription = { from: entry.statusDescription, to: description };
    entry.status = status;
    entry.statusDescription = description;
    history.push({ time: local(times[t++]), action: 'UPDATED', user, source, changes });
  }
  entry.updateDate = history[history.length - 1].time;
  return { entry, history };
}

/**
 * The repository state for a --seed value: "demo" (300 entries), "empty" (none) or "large:N"
 * (min(N, 100000) entries). `providerCases` are the GraphQL half's cases (id, type, status,
 * createdDate, lastModifiedDate): about half of the first 60 get a "case-console" entry.
 */
function seedRepository({ seed = 'demo', randomSeed = '1', nowMs, providerCases = [] }) {
  let count = 0;
  if (seed === 'demo') count = DEMO_ENTRIES;
  else if (seed.startsWith('large:')) count = Math.min(Number(seed.slice(6)), MAX_LARGE_ENTRIES);
  if (count === 0) return { cases: [] };
  const made = [];
  const rng = createRng(randomSeed, 2);
  const ids = new Set();
  const keys = new Set();
  const newId = () => {
    let id;
    do id = uuid(rng); while (ids.has(id));
    ids.add(id);
    return id;
  };

  // provider case ids are taken by Case Console's publications (or left unpublished on purpose)
  for (const c of providerCases) keys.add(`case-console\u0000${c.id}`);
  // Case Console's own publications for provider cases
  for (const c of providerCases.slice(0, 60)) {
    if (made.length >= Math.floor(count / 5) || !rng.chance(0.5)) continue;
    const final = FROM_PROVIDER[c.status] || 'OPEN';
    const createdMs = parseIso(c.createdDate).ms;
    const endMs = Math.max(createdMs, parseIso(c.lastModifiedDate).ms);
    made.push({ ms: createdMs, rec: buildRecord(rng, {
      caseId: newId(), caseType: c.type === 'Incident' ? 'NetworkIncident' : 'ServiceRequest',
      clientType: 'NIP', clientId: ACCOUNT_NIP, source: 'case-console', businessKey: c.id,
      path: rng.pick(PATHS[final]), createdMs, endMs,
    }) });
  }

  // a pool of clients, so that one client has several cases
  const clients = Array.from({ length: Math.max(8, Math.ceil(count / 4)) }, () => {
    const clientType = rng.weighted([['PESEL', 50], ['NIP', 35], ['REGON', 15]]);
    return { clientType, clientId: clientType === 'PESEL' ? pesel(rng) : clientType === 'NIP' ? nip(rng) : regon(rng) };
  });
  for (let n = 1; made.length < count; n++) {
    const source = rng.weighted([['eximee', 35], ['crm', 25], ['portal', 25], ['case-console', 15]]);
    let businessKey = businessKeyFor(rng, source, n);
    if (businessKey !== null && keys.has(`${source}\u0000${businessKey}`)) {
      businessKey = source === 'case-console' ? `CS-${String(4200000 + n).padStart(7, '0')}` : `${businessKey}-${n}`;
    }
    if (businessKey !== null) keys.add(`${source}\u0000${businessKey}`);
    const client = rng.pick(clients);
    const caseType = source === 'case-console'
      ? rng.pick(['NetworkIncident', 'ServiceRequest'])
      : rng.weighted([['NetworkIncident', 20], ['ServiceRequest', 35], ['ComplaintCase', 25], ['ContractChange', 20]]);
    const final = rng.weighted(STATUS_WEIGHTS);
    const open = ['OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER'].includes(final);
    const ageMin = open ? rng.int(60, 30 * 1440) : rng.int(2 * 1440, 90 * 1440);
    const createdMs = nowMs - ageMin * MS_PER_MINUTE - rng.int(0, 59999);
    const endMs = open && rng.chance(0.4)
      ? nowMs - rng.int(5, 240) * MS_PER_MINUTE // recently updated
      : createdMs + Math.floor(rng.next() * (nowMs - 5 * MS_PER_MINUTE - createdMs));
    made.push({ ms: createdMs, rec: buildRecord(rng, {
      caseId: newId(), caseType, ...client, source, businessKey,
      path: rng.pick(PATHS[final]), createdMs, endMs: Math.max(createdMs, endMs),
    }) });
  }
  made.sort((a, b) => a.ms - b.ms); // creation order (numbers: fast for 100,000 entries)
  return { cases: made.map((m) => m.rec) };
}

module.exports = {
  seedRepository, STATUSES, CLIENT_TYPES, CASE_TYPES, SOURCES, ACCOUNT_NIP, DEMO_ENTRIES, MAX_LARGE_ENTRIES,
};
