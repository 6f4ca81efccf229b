'use strict';
// --words plain: another valid vocabulary for statuses, communication types and the default sender.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startServer, CREATE_CASE } = require('./helpers');

const PLAIN_STATUSES = ['Open', 'In Progress', 'Pending Customer', 'On Hold', 'Solved', 'Closed', 'Canceled'];
const PLAIN_TYPES = ['Customer', 'Provider', 'System'];
const REPLY = 'mutation($id:String!,$m:String!,$by:String){ replyToCase(caseId:$id, message:$m, sentBy:$by) }';
const general = (extra = {}) => ({ type: 'NonIncident', subject: 'InformationRequest', serviceId: 'SVC-204880', message: 'Contract end date?', ...extra });

let s;
let token;
let dir;
let file;
test.before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-words-'));
  file = path.join(dir, 'state.json');
  s = await startServer(['--words', 'plain', '--data', file]);
  token = await s.token();
});
test.after(async () => {
  await s.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const caseById = async (id) => (await s.cases(token, { id }))[0];

test('cases and communications are answered in the plain words', async () => {
  const cases = await s.cases(token);
  assert.deepEqual([...new Set(cases.map((c) => c.status))].sort(), [...PLAIN_STATUSES].sort(), 'the demo has every status');
  const comms = cases.flatMap((c) => c.communications);
  assert.deepEqual([...new Set(comms.map((m) => m.type))].sort(), PLAIN_TYPES);
  const generated = comms.filter((m) => m.type === 'System' && m.message.startsWith('Status changed from '));
  assert.ok(generated.length > 10);
  const words = PLAIN_STATUSES.join('|');
  for (const m of generated) assert.match(m.message, new RegExp(`^Status changed from (${words}) to (${words})\\.$`));
  assert.ok(generated.some((m) => m.message === 'Status changed from In Progress to Solved.'));
  const state = (await s.control('GET', '/_sandbox/state')).body;
  assert.deepEqual(Object.keys(state.byStatus).sort(), [...PLAIN_STATUSES].sort());
  assert.deepEqual([state.options.schema, state.options.introspection, state.options.words], ['full', true, 'plain']);
});

test('createCase and replyToCase without a sender store the provider\'s default sender API', async () => {
  for (const sentBy of [undefined, null, '', '  ']) {
    const c = (await s.gql(CREATE_CASE, general(sentBy === undefined ? {} : { sentBy }), { token })).body.data.createCase;
    assert.equal(c.status, 'Open');
    assert.deepEqual(c.communications.map((m) => [m.type, m.sentBy]), [['Customer', 'API']], JSON.stringify(sentBy));
    const r = await s.gql(REPLY, { id: c.id, m: 'Any update?', ...(sentBy === undefined ? {} : { by: sentBy }) }, { token });
    assert.deepEqual(r.body, { data: { replyToCase: true } });
    assert.deepEqual((await caseById(c.id)).communications.map((m) => m.sentBy), ['API', 'API']);
  }
  const named = (await s.gql(CREATE_CASE, general({ sentBy: 'Anna de Vries' }), { token })).body.data.createCase;
  assert.equal(named.communications[0].sentBy, 'Anna de Vries');
  await s.gql(REPLY, { id: named.id, m: 'Named reply', by: 'Tomasz Kowalski' }, { token });
  assert.equal((await caseById(named.id)).communications[1].sentBy, 'Tomasz Kowalski');
});

test('the control API takes status changes in either words and answers in the plain ones', async () => {
  const c = (await s.gql(CREATE_CASE, general({ sentBy: 'Emma Clarke' }), { token })).body.data.createCase;
  let r = await s.control('POST', `/_sandbox/cases/${c.id}/status`, { status: 'InProgress' });
  assert.deepEqual([r.status, r.body.previousStatus, r.body.status], [200, 'Open', 'In Progress']);
  r = await s.control('POST', `/_sandbox/cases/${c.id}/status`, { status: 'Solved' });
  assert.deepEqual([r.body.previousStatus, r.body.status], ['In Progress', 'Solved']);
  let after = await caseById(c.id);
  assert.equal(after.status, 'Solved');
  assert.deepEqual(after.communications.slice(1).map((m) => [m.type, m.message, m.sentBy]), [
    ['System', 'Status changed from Open to In Progress.', null],
    ['System', 'Status changed from In Progress to Solved.', null],
  ]);

  // a customer reply reopens a Solved case
  await s.gql(REPLY, { id: c.id, m: 'Still broken.' }, { token });
  after = await caseById(c.id);
  assert.equal(after.status, 'In Progress');
  assert.equal(after.communications.at(-1).message, 'Status changed from Solved to In Progress.');

  const reply = await s.control('POST', `/_sandbox/cases/${c.id}/reply`, { message: 'Looking into it.' });
  assert.deepEqual([reply.body.communication.type, reply.body.communication.sentBy], ['Provider', 'Provider NOC']);

  const bad = await s.control('POST', `/_sandbox/cases/${c.id}/status`, { status: 'Resolved!' });
  assert.deepEqual([bad.status, bad.body.code], [400, 'CASE_INVALID_STATUS']);
  assert.match(bad.body.message, /Valid: Open, In Progress, Pending Customer, On Hold, Solved, Closed, Canceled\.$/);

  r = await s.control('POST', `/_sandbox/cases/${c.id}/status`, { status: 'Canceled' });
  assert.deepEqual([r.body.previousStatus, r.body.status], ['In Progress', 'Canceled']);
  const refused = await s.gql(REPLY, { id: c.id, m: 'too late' }, { token });
  assert.equal(refused.body.errors[0].extensions.code, 'CASE_CLOSED');
  assert.match(refused.body.errors[0].message, /is Canceled and no longer accepts replies/);

  const created = await s.control('POST', '/_sandbox/cases', { type: 'Incident', subject: 'ServiceDown', serviceId: 'SVC-205113', message: 'Loss of service.' });
  assert.equal(created.body.status, 'Open');
  assert.equal((await caseById(created.body.id)).communications[0].type, 'Provider');
  assert.equal((await s.control('POST', '/_sandbox/cases/CS-0000001/status', { status: 'Bogus' })).status, 404);
});

test('activity events are answered in the plain words', async () => {
  const events = [];
  for (let i = 0; i < 15; i++) events.push((await s.control('POST', '/_sandbox/activity/step')).body);
  const statusEvents = events.filter((e) => e.kind === 'status');
  assert.ok(statusEvents.length > 0);
  for (const e of statusEvents) {
    assert.ok(PLAIN_STATUSES.includes(e.status), e.status);
    assert.ok(PLAIN_STATUSES.includes(e.previousStatus), e.previousStatus);
  }
  const listed = (await s.control('GET', '/_sandbox/activity')).body.events;
  assert.deepEqual(listed.slice(-events.length), events);
});

test('the --data file stays canonical; the sandbox words read it back', async (t) => {
  const c = (await s.gql(CREATE_CASE, general(), { token })).body.data.createCase;
  await s.control('POST', `/_sandbox/cases/${c.id}/status`, { status: 'On Hold' });
  assert.equal((await s.stop()).code, 0);
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')).state.cases.find((x) => x.id === c.id);
  assert.equal(saved.status, 'OnHold');
  assert.deepEqual(saved.communications.map((m) => [m.type, m.message, m.sentBy]), [
    ['CustomerMessage', 'Contract end date?', 'API'],
    ['StatusUpdate', 'Status changed from New to OnHold.', null],
  ]);

  const canonical = await startServer(['--data', file]);
  t.after(() => canonical.stop());
  const t2 = await canonical.token();
  const [back] = await canonical.cases(t2, { id: c.id });
  assert.equal(back.status, 'OnHold');
  assert.deepEqual(back.communications.map((m) => m.type), ['CustomerMessage', 'StatusUpdate']);
  s = await startServer(['--words', 'plain', '--data', file]); // for test.after
});

test('the default (sandbox) words are unchanged: canonical words, no default sender', async (t) => {
  const d = await startServer([]);
  t.after(() => d.stop());
  const dt = await d.token();
  for (const [sentBy, stored] of [[undefined, null], [null, null], ['', '']]) {
    const c = (await d.gql(CREATE_CASE, general(sentBy === undefined ? {} : { sentBy }), { token: dt })).body.data.createCase;
    assert.deepEqual(c.communications.map((m) => [m.type, m.sentBy]), [['CustomerMessage', stored]]);
    assert.equal(c.status, 'New');
    await d.gql(REPLY, { id: c.id, m: 'Any update?', ...(sentBy === undefined ? {} : { by: sentBy }) }, { token: dt });
    assert.deepEqual((await d.cases(dt, { id: c.id }))[0].communications.map((m) => m.sentBy), [stored, stored]);
    const r = await d.control('POST', `/_sandbox/cases/${c.id}/status`, { status: 'Resolved' });
    assert.deepEqual([r.body.previousStatus, r.body.status], ['New', 'Resolved']);
  }
  const [any] = await d.cases(dt);
  const bad = await d.control('POST', `/_sandbox/cases/${any.id}/status`, { status: 'Solved' });
  assert.equal(bad.body.code, 'CASE_INVALID_STATUS', 'the plain words are not accepted with the sandbox words');
});
