'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./helpers');

const NOW = '2026-11-22T09:00:00Z';
const withoutDates = (cases) => cases.map((c) => ({
  ...c, createdDate: 0, lastModifiedDate: 0, startOfIncident: 0, endOfIncident: 0,
  communications: c.communications.map((m) => ({ ...m, timestamp: 0 })),
}));

async function snapshot(args) {
  const s = await startServer(args);
  try {
    const token = await s.token();
    const services = (await s.gql('{ viewer { account { services { serviceId serviceName status serviceType bandwidth site { siteId name city country } } sites { siteId } } } }', undefined, { token })).body.data.viewer.account;
    return { services: services.services, sites: services.sites, cases: await s.cases(token) };
  } finally {
    await s.stop();
  }
}

test('demo data: ~10 services at ~8 sites, ~60 cases of both types, every status and origin, threads 1..30 from both sides', async () => {
  const { services, sites, cases } = await snapshot(['--seed', 'demo']);
  assert.ok(services.length >= 8 && services.length <= 12, `${services.length} services`);
  assert.ok(sites.length >= 6 && sites.length <= 10, `${sites.length} sites`);
  assert.ok(new Set(sites.map((x) => x.siteId)).size === sites.length);
  assert.ok(new Set(services.map((x) => x.site.country)).size >= 5, 'several countries');
  assert.deepEqual([...new Set(services.map((x) => x.serviceType))].sort(), ['Ethernet', 'Internet', 'MPLS', 'SD-WAN', 'Wireless']);
  assert.deepEqual([...new Set(services.map((x) => x.status))].sort(), ['Active', 'Ceased', 'Provisioning', 'Suspended']);
  assert.ok(cases.length >= 50 && cases.length <= 70, `${cases.length} cases`);
  assert.deepEqual([...new Set(cases.map((c) => c.type))].sort(), ['Incident', 'NonIncident']);
  assert.deepEqual([...new Set(cases.map((c) => c.status))].sort(), ['Cancelled', 'Closed', 'InProgress', 'New', 'OnHold', 'PendingCustomer', 'Resolved']);
  assert.deepEqual([...new Set(cases.map((c) => c.origin))].sort(), ['Api', 'Email', 'Phone', 'Portal', 'Proactive']);
  const lengths = cases.map((c) => c.communications.length);
  assert.ok(Math.min(...lengths) === 1 && Math.max(...lengths) === 30, `thread lengths ${Math.min(...lengths)}..${Math.max(...lengths)}`);
  const types = new Set(cases.flatMap((c) => c.communications.map((m) => m.type)));
  assert.deepEqual([...types].sort(), ['CustomerMessage', 'ProviderMessage', 'StatusUpdate']);
  assert.ok(cases.some((c) => c.customerReference) && cases.some((c) => !c.customerReference));
  const createdAgoDays = cases.map((c) => (Date.now() - Date.parse(c.createdDate.replace(/(\.\d{3})\d+/, '$1'))) / 86400000);
  assert.ok(Math.max(...createdAgoDays) > 45 && Math.max(...createdAgoDays) <= 91, 'spread over ~90 days');
  assert.ok(cases.filter((c) => c.type === 'Incident').every((c) => c.startOfIncident));
  assert.ok(new Set(cases.map((c) => c.lastModifiedDate.slice(-6))).size >= 3, 'several UTC offsets');
  for (const c of cases) {
    assert.match(c.id, /^CS-\d{7}$/);
    const allowed = c.type === 'Incident' ? ['P1', 'P2', 'P3', 'P4', 'P5'] : ['P3', 'P4', 'P5'];
    assert.ok(allowed.includes(c.priority), `${c.id} priority ${c.priority}`);
  }
});

test('same --random-seed gives the same data; a different seed different data', async () => {
  const [a, b, c] = await Promise.all([
    snapshot(['--random-seed', '7', '--now', NOW]),
    snapshot(['--random-seed', '7', '--now', NOW]),
    snapshot(['--random-seed', '8', '--now', NOW]),
  ]);
  assert.deepEqual(a.cases, b.cases, 'identical including dates');
  assert.notDeepEqual(withoutDates(a.cases), withoutDates(c.cases));
  // without --now the content is identical too; only the dates move with the real clock
  const d = await snapshot(['--random-seed', '7']);
  assert.deepEqual(withoutDates(d.cases), withoutDates(a.cases));
});

test('--seed empty has the account and services but no cases; --seed large:N has N cases', async () => {
  const empty = await snapshot(['--seed', 'empty']);
  assert.ok(empty.services.length >= 8);
  assert.deepEqual(empty.cases, []);
  // How fast it starts is a figure for a benchmark, not an assertion: a busy CI machine is slow.
  const s = await startServer(['--seed', 'large:10000']);
  try {
    const state = (await s.control('GET', '/_sandbox/state')).body;
    assert.equal(state.cases, 10000);
    const token = await s.token();
    const r = await s.gql('{ viewer { account { cases(lastModifiedMinutes: 0) { id } } } }', undefined, { token });
    assert.equal(r.body.data.viewer.account.cases.length, 10000);
    assert.equal(new Set(r.body.data.viewer.account.cases.map((c) => c.id)).size, 10000);
  } finally {
    await s.stop();
  }
  const small = await snapshot(['--seed', 'large:25']);
  assert.equal(small.cases.length, 25);
});
