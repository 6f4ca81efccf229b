'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { startServer, DATE_RE, CASES_QUERY } = require('./helpers');

const toMs = (iso) => Date.parse(iso.replace(/(\.\d{3})\d+/, '$1'));
let s;
let token;
test.before(async () => {
  s = await startServer([]);
  token = await s.token();
});
test.after(() => s.stop());

test('services(id) and sites(name) filter; unknown id gives an empty list', async () => {
  const q = 'query($id:String,$name:String){ viewer { account { services(id:$id){ serviceId serviceName status serviceType bandwidth site { siteId } } sites(name:$name){ siteId name city country } } } }';
  const all = (await s.gql(q, {}, { token })).body.data.viewer.account;
  assert.ok(all.services.length >= 8 && all.services.length <= 12);
  assert.ok(all.sites.length >= 6);
  const one = (await s.gql(q, { id: all.services[3].serviceId, name: 'rotterdam' }, { token })).body.data.viewer.account;
  assert.deepEqual(one.services, [all.services[3]]);
  assert.ok(one.sites.length >= 1 && one.sites.every((x) => /rotterdam/i.test(x.name)));
  const none = (await s.gql(q, { id: 'SVC-000000', name: 'Atlantis' }, { token })).body.data.viewer.account;
  assert.deepEqual(none.services, []);
  assert.deepEqual(none.sites, []);
});

test('cases: sorted by lastModifiedDate descending, complete history oldest first, .NET dates everywhere', async () => {
  const cases = await s.cases(token);
  assert.ok(cases.length > 0);
  for (let i = 1; i < cases.length; i++) {
    assert.ok(toMs(cases[i - 1].lastModifiedDate) >= toMs(cases[i].lastModifiedDate), 'sorted newest first');
  }
  for (const c of cases) {
    for (const d of [c.createdDate, c.lastModifiedDate]) assert.match(d, DATE_RE);
    for (const d of [c.startOfIncident, c.endOfIncident]) if (d !== null) assert.match(d, DATE_RE);
    assert.ok(c.communications.length >= 1);
    let prev = -Infinity;
    for (const m of c.communications) {
      assert.match(m.timestamp, DATE_RE);
      assert.ok(toMs(m.timestamp) >= prev, `${c.id} history oldest first`);
      prev = toMs(m.timestamp);
    }
    assert.equal(c.communications[0].timestamp, c.createdDate);
    assert.ok(toMs(c.lastModifiedDate) >= prev);
    assert.ok(c.service.serviceId);
  }
  // single case by id: same complete history
  const one = await s.cases(token, { id: cases[5].id });
  assert.equal(one.length, 1);
  assert.deepEqual(one[0], cases[5]);
  assert.deepEqual(await s.cases(token, { id: 'CS-0000000' }), []);
});

test('serviceId and customerReference filter and combine with AND', async () => {
  const cases = await s.cases(token);
  const svc = cases[0].service.serviceId;
  const bySvc = await s.cases(token, { serviceId: svc });
  assert.deepEqual(bySvc.map((c) => c.id), cases.filter((c) => c.service.serviceId === svc).map((c) => c.id));
  const withRef = cases.find((c) => c.customerReference);
  assert.ok(withRef, 'demo data has customer references');
  const byRef = await s.cases(token, { customerReference: withRef.customerReference });
  assert.ok(byRef.every((c) => c.customerReference === withRef.customerReference));
  assert.ok(byRef.some((c) => c.id === withRef.id));
  const both = await s.cases(token, { customerReference: withRef.customerReference, serviceId: withRef.service.serviceId, id: withRef.id });
  assert.deepEqual(both.map((c) => c.id), [withRef.id]);
  const otherSvc = cases.find((c) => c.service.serviceId !== withRef.service.serviceId).service.serviceId;
  assert.deepEqual(await s.cases(token, { id: withRef.id, serviceId: otherSvc }), []);
  assert.deepEqual(await s.cases(token, { customerReference: 'NO-SUCH-REF' }), []);
});

test('lastModifiedMinutes: 0/absent = all, N = window on the sandbox clock, negative = error', async () => {
  const all = await s.cases(token);
  assert.equal((await s.cases(token, { lastModifiedMinutes: 0 })).length, all.length);
  for (const n of [30, 180, 1440, 10 * 1440]) {
    const before = toMs((await s.control('GET', '/_sandbox/clock')).body.now);
    const got = await s.cases(token, { lastModifiedMinutes: n });
    const after = toMs((await s.control('GET', '/_sandbox/clock')).body.now);
    const ids = new Set(got.map((c) => c.id));
    for (const c of all) {
      const lm = toMs(c.lastModifiedDate);
      if (lm >= after - n * 60000 + 1000) assert.ok(ids.has(c.id), `${c.id} within ${n} min`);
      if (lm < before - n * 60000 - 1000) assert.ok(!ids.has(c.id), `${c.id} older than ${n} min`);
    }
    if (n === 10 * 1440) assert.ok(got.length > 0 && got.length < all.length, 'demo data has recent and old cases');
  }
  const neg = await s.gql(CASES_QUERY, { lastModifiedMinutes: -5 }, { token });
  assert.equal(neg.body.errors[0].extensions.code, 'INVALID_ARGUMENT');
  assert.deepEqual(neg.body.errors[0].path, ['viewer', 'account', 'cases']);

  // move the clock 30 days: nothing changed in the last hour -> empty list (not null)
  await s.control('POST', '/_sandbox/clock', { advanceMinutes: 30 * 1440 });
  token = await s.token(); // the old one expired with the clock move
  assert.deepEqual(await s.cases(token, { lastModifiedMinutes: 60 }), []);
  // a change shows up in a 1-minute window, with a lastModifiedDate on the sandbox clock
  const target = all.find((c) => !['Closed', 'Cancelled'].includes(c.status));
  const r = await s.gql('mutation($id:String!){ replyToCase(caseId:$id, message:"still broken", sentBy:"QA") }', { id: target.id }, { token });
  assert.equal(r.body.data.replyToCase, true);
  const recent = await s.cases(token, { lastModifiedMinutes: 1 });
  assert.deepEqual(recent.map((c) => c.id), [target.id]);
  const now = toMs((await s.control('GET', '/_sandbox/clock')).body.now);
  assert.ok(Math.abs(toMs(recent[0].lastModifiedDate) - now) < 5000);
});
