'use strict';
// Case Repository seed data (demo, empty, large:N, determinism), reset and --data persistence.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startServer, LOCAL_DATE_RE, UUID_RE } = require('./helpers');
const { validateCreate, FIELDS } = require('../lib/repository');

const NOW = '2026-11-22T09:00:00Z';

async function allEntries(s) {
  const out = [];
  for (let page = 0; ; page++) {
    const r = await s.repo('POST', '/v1/search', { page, size: 200, sort: 'creationDate,asc' });
    assert.equal(r.status, 200);
    out.push(...r.body.content);
    if (page + 1 >= r.body.page.totalPages) return out;
  }
}

const weightedSum = (ds, w) => w.reduce((sum, x, i) => sum + x * Number(ds[i]), 0);
const validPesel = (v) => /^\d{11}$/.test(v) && (10 - (weightedSum(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]);
const validNip = (v) => /^\d{10}$/.test(v) && weightedSum(v, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(v[9]);
const validRegon = (v) => /^\d{9}$/.test(v) && (weightedSum(v, [8, 9, 2, 3, 4, 5, 6, 7]) % 11) % 10 === Number(v[8]);

test('demo data: 300 entries over every status, client type, case type and source, with 1-4 consistent history entries', async () => {
  const s = await startServer(['--now', NOW]);
  try {
    const entries = await allEntries(s);
    assert.equal(entries.length, 300);
    const values = (f) => [...new Set(entries.map((e) => e[f]))].sort();
    assert.deepEqual(values('status'), ['CANCELLED', 'COMPLETED', 'IN_PROGRESS', 'OPEN', 'REJECTED', 'WAITING_FOR_CUSTOMER']);
    assert.deepEqual(values('clientType'), ['NIP', 'PESEL', 'REGON']);
    assert.deepEqual(values('caseType'), ['ComplaintCase', 'ContractChange', 'NetworkIncident', 'ServiceRequest']);
    assert.deepEqual(values('source'), ['case-console', 'crm', 'eximee', 'portal']);
    assert.equal(new Set(entries.map((e) => e.caseId)).size, 300);
    const keys = entries.filter((e) => e.businessKey !== null).map((e) => `${e.source}/${e.businessKey}`);
    assert.equal(new Set(keys).size, keys.length, 'businessKey unique per source');
    assert.ok(entries.some((e) => e.businessKey === null) && keys.length > 200);
    for (const e of entries) {
      assert.match(e.caseId, UUID_RE);
      assert.match(e.creationDate, LOCAL_DATE_RE);
      assert.match(e.updateDate, LOCAL_DATE_RE);
      assert.ok(e.creationDate <= e.updateDate && e.updateDate <= '2026-11-22T09:00:00', `${e.caseId} dates`);
      assert.ok(e.creationDate >= '2026-08-23T00:00:00', 'within ~90 days');
      const valid = { PESEL: validPesel, NIP: validNip, REGON: validRegon }[e.clientType];
      assert.ok(valid(e.clientId), `${e.clientType} ${e.clientId}`);
      // every seeded entry is one the published create contract accepts
      assert.doesNotThrow(() => validateCreate(Object.fromEntries(FIELDS.map((f) => [f, e[f]]))), e.caseId);
    }
    assert.ok(entries.filter((e) => e.updateDate >= '2026-11-22T05:00:00').length >= 5, 'some updated in the last hours');

    // histories: CREATED then UPDATED, 1..4 entries, replaying the changes gives the entry
    const lengths = new Set();
    for (const e of entries) {
      const h = (await s.repo('GET', `/v1/history?caseId=${e.caseId}`)).body;
      lengths.add(h.entries.length);
      assert.equal(h.entries[0].action, 'CREATED');
      assert.ok(h.entries.slice(1).every((x) => x.action === 'UPDATED'));
      assert.equal(h.entries[0].time, e.creationDate);
      assert.equal(h.entries.at(-1).time, e.updateDate);
      const replay = {};
      for (const x of h.entries) {
        for (const [f, { from, to }] of Object.entries(x.changes)) {
          assert.equal(replay[f] ?? null, from, `${e.caseId} ${f}`);
          replay[f] = to;
        }
        assert.equal(x.source, e.source);
      }
      const { caseId, creationDate, updateDate, ...fields } = e;
      assert.deepEqual(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)), replay);
      assert.ok(h.entries.map((x) => x.time).every((t, i, a) => i === 0 || a[i - 1] <= t), 'in time order');
    }
    assert.deepEqual([...lengths].sort(), [1, 2, 3, 4]);

    // Case Console's publications point at provider demo cases; some provider cases are unpublished
    const token = await s.token();
    const providerIds = new Set((await s.cases(token)).map((c) => c.id));
    const linked = entries.filter((e) => e.source === 'case-console' && providerIds.has(e.businessKey));
    assert.ok(linked.length >= 10 && linked.length < providerIds.size, `${linked.length} linked`);
    assert.ok(linked.every((e) => e.clientType === 'NIP' && e.clientId === '5252344078'));
    assert.ok(entries.some((e) => /^CS-41009\d\d$/.test(e.businessKey) && !providerIds.has(e.businessKey)));
  } finally {
    await s.stop();
  }
});

test('same --random-seed and --now give the same entries; another seed others; empty and large:N', async () => {
  const run = async (args) => {
    const s = await startServer(args);
    try {
      return { entries: await allEntries(s), state: (await s.control('GET', '/_sandbox/state')).body.caseRepository };
    } finally {
      await s.stop();
    }
  };
  const [a, b, c, empty, large] = await Promise.all([
    run(['--random-seed', '5', '--now', NOW]), run(['--random-seed', '5', '--now', NOW]),
    run(['--random-seed', '6', '--now', NOW]), run(['--seed', 'empty']), run(['--seed', 'large:1000']),
  ]);
  assert.deepEqual(a.entries, b.entries);
  assert.notDeepEqual(a.entries.map((e) => e.caseId), c.entries.map((e) => e.caseId));
  assert.equal(a.state.entries, 300);
  assert.deepEqual(empty.entries, []);
  assert.deepEqual(empty.state, { entries: 0, byStatus: {} });
  assert.equal(large.entries.length, 1000);
});

test('/_sandbox/reset re-seeds the Case Repository', async () => {
  const s = await startServer(['--now', NOW]);
  try {
    const before = await allEntries(s);
    const created = (await s.repo('POST', '/v1', { caseType: 'X', clientId: '1', clientType: 'PESEL', status: 'OPEN', businessKey: null })).body;
    assert.equal((await s.repo('DELETE', `/v1?caseId=${before[0].caseId}`)).status, 204);
    await s.repo('PATCH', `/v1?caseId=${before[1].caseId}`, { status: 'REOPENED' });
    const r = await s.control('POST', '/_sandbox/reset');
    assert.equal(r.body.caseRepository.entries, 300);
    assert.deepEqual(await allEntries(s), before);
    assert.equal((await s.repo('GET', `/v1?caseId=${created.caseId}`)).status, 404);
  } finally {
    await s.stop();
  }
});

test('--data saves the Case Repository with the rest of the state and loads it back', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-repo-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'state.json');

  const first = await startServer(['--data', file, '--now', NOW]);
  const seeded = await allEntries(first);
  const created = (await first.repo('POST', '/v1', { caseType: 'ServiceRequest', clientId: '5252344078', clientType: 'NIP', status: 'OPEN', businessKey: 'CS-4199999', source: 'case-console' })).body;
  await first.repo('PATCH', `/v1?caseId=${created.caseId}`, { status: 'IN_PROGRESS' });
  await first.repo('DELETE', `/v1?caseId=${seeded[5].caseId}`);
  const before = await allEntries(first);
  const history = (await first.repo('GET', `/v1/history?caseId=${created.caseId}`)).body;
  assert.equal((await first.stop('SIGTERM')).code, 0);
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(saved.caseRepository.cases.length, 300);

  const second = await startServer(['--data', file, '--seed', 'empty']);
  try {
    assert.deepEqual(await allEntries(second), before);
    assert.deepEqual((await second.repo('GET', `/v1/history?caseId=${created.caseId}`)).body, history);
    assert.equal((await second.repo('GET', `/v1?caseId=${seeded[5].caseId}`)).status, 404);
    // the unique index is rebuilt on load
    const dup = await second.repo('POST', '/v1', { caseType: 'X', clientId: '1', clientType: 'NIP', status: 'OPEN', businessKey: 'CS-4199999', source: 'case-console' });
    assert.equal(dup.status, 409);
  } finally {
    await second.stop();
  }

  // a state file written before the Case Repository existed loads with an empty repository
  delete saved.caseRepository;
  fs.writeFileSync(file, JSON.stringify(saved));
  const third = await startServer(['--data', file]);
  try {
    assert.deepEqual(await allEntries(third), []);
    assert.equal((await third.control('GET', '/_sandbox/state')).body.cases, 60);
  } finally {
    await third.stop();
  }
});
