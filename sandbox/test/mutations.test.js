'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { startServer, DATE_RE, CREATE_CASE, GQL_JSON, sleep } = require('./helpers');

const MATRIX = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'resources', 'case-types.json'), 'utf8'));
const SVC = 'SVC-204871';
let s;
let token;
test.before(async () => {
  s = await startServer([]);
  token = await s.token();
});
test.after(() => s.stop());

const create = (vars, opts = {}) => s.gql(CREATE_CASE, vars, { token, ...opts });
const incident = (extra = {}) => ({
  type: 'Incident', subject: 'ServiceDown', serviceId: SVC, message: 'Circuit down',
  startOfIncident: '2026-11-20T08:00:00Z', endOfIncident: null, ...extra,
});

test('an Incident without startOfIncident or endOfIncident answers exactly HC0011 "An error has occurred"', async () => {
  const variants = [
    { type: 'Incident', subject: 'ServiceDown', serviceId: SVC, message: 'x' },
    { type: 'Incident', subject: 'ServiceDown', serviceId: SVC, message: 'x', startOfIncident: '2026-11-20T08:00:00Z' },
    { type: 'Incident', subject: 'ServiceDown', serviceId: SVC, message: 'x', endOfIncident: '2026-11-20T08:00:00Z' },
  ];
  for (const vars of variants) {
    for (const accept of ['application/json', GQL_JSON]) {
      const r = await create(vars, { accept });
      assert.equal(r.status, 200);
      assert.deepEqual(r.body.data, { createCase: null });
      assert.equal(r.body.errors.length, 1);
      const { message, extensions, path: p } = r.body.errors[0];
      assert.equal(message, 'An error has occurred');
      assert.deepEqual(extensions, { code: 'HC0011' });
      assert.deepEqual(p, ['createCase']);
    }
  }
  // the same with inline arguments (no variables): start only
  const inline = await s.gql('mutation { createCase(type:"Incident", subject:"ServiceDown", serviceId:"SVC-204871", message:"x", startOfIncident:"2026-11-20T08:00:00Z") { id } }', undefined, { token });
  assert.deepEqual(inline.body, { errors: [{ message: 'An error has occurred', locations: inline.body.errors[0].locations, path: ['createCase'], extensions: { code: 'HC0011' } }], data: { createCase: null } });
});

test('an Incident with endOfIncident explicitly null, equal to start, or far future is created', async () => {
  for (const end of [null, '2026-11-20T08:00:00Z', '9999-12-31T23:59:59.9999999+00:00']) {
    const r = await create(incident({ endOfIncident: end, customerReference: 'INC0012345', sentBy: 'Anna de Vries' }));
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const c = r.body.data.createCase;
    assert.match(c.id, /^CS-\d{7}$/);
    assert.equal(c.status, 'New');
    assert.equal(c.origin, 'Api');
    assert.equal(c.type, 'Incident');
    assert.equal(c.priority, 'P3', 'default priority');
    assert.equal(c.customerReference, 'INC0012345');
    assert.equal(c.createdDate, c.lastModifiedDate);
    assert.match(c.createdDate, DATE_RE);
    assert.equal(c.startOfIncident, '2026-11-20T08:00:00.0000000+00:00');
    assert.equal(c.endOfIncident, end === null ? null : end.startsWith('9999') ? end : '2026-11-20T08:00:00.0000000+00:00');
    assert.equal(c.service.serviceId, SVC);
    assert.equal(c.site.siteId, 'SITE-NL-0101', "the service's site");
    assert.deepEqual(c.communications.map(({ message, type, sentBy }) => ({ message, type, sentBy })),
      [{ message: 'Circuit down', type: 'CustomerMessage', sentBy: 'Anna de Vries' }]);
    // it is visible in the query, newest first
    const list = await s.cases(token);
    assert.equal(list[0].id, c.id);
  }
});

test('created ids are unique; any ISO 8601 input form is accepted and normalised', async () => {
  const forms = ['2026-11-20T08:00:00+01:00', '2026-11-20T08:00:00.1234567-05:00', '2026-11-20T08:00:00.5', '2026-11-20T08:00', '2026-11-20'];
  const ids = new Set();
  for (const start of forms) {
    const r = await create(incident({ startOfIncident: start, endOfIncident: null }));
    assert.equal(r.body.errors, undefined, `${start}: ${JSON.stringify(r.body.errors)}`);
    assert.match(r.body.data.createCase.startOfIncident, DATE_RE);
    ids.add(r.body.data.createCase.id);
  }
  assert.equal(ids.size, forms.length);
  const r = await create(incident({ startOfIncident: '2026-11-20T08:00:00.1234567-05:00' }));
  assert.equal(r.body.data.createCase.startOfIncident, '2026-11-20T08:00:00.1234567-05:00');
});

test('the type matrix from resources/case-types.json is enforced', async () => {
  for (const t of MATRIX.types) {
    const dates = t.requiresIncidentDates ? { startOfIncident: '2026-11-20T08:00:00Z', endOfIncident: null } : {};
    for (const subject of t.subjects.map((x) => x.id)) {
      const r = await create({ type: t.id, subject, serviceId: SVC, message: 'm', ...dates });
      assert.equal(r.body.errors, undefined, `${t.id}/${subject}`);
      assert.equal(r.body.data.createCase.priority, t.defaultPriority);
    }
    for (const p of ['P1', 'P2', 'P3', 'P4', 'P5']) {
      const r = await create({ type: t.id, subject: t.subjects[0].id, priority: p, serviceId: SVC, message: 'm', ...dates });
      if (t.priorities.includes(p)) assert.equal(r.body.data.createCase.priority, p);
      else {
        assert.equal(r.body.errors[0].extensions.code, 'CASE_INVALID_PRIORITY', `${t.id} ${p}`);
        assert.deepEqual(r.body.data, { createCase: null });
      }
    }
    const other = MATRIX.types.find((x) => x.id !== t.id);
    const wrongSubject = other.subjects.map((x) => x.id).find((id) => !t.subjects.some((y) => y.id === id));
    const r = await create({ type: t.id, subject: wrongSubject, serviceId: SVC, message: 'm', ...dates });
    assert.equal(r.body.errors[0].extensions.code, 'CASE_INVALID_SUBJECT');
  }
  assert.deepEqual(MATRIX.types.find((t) => t.id === 'NonIncident').priorities, ['P3', 'P4', 'P5']);
});

test('createCase validation errors have distinct codes', async () => {
  const checks = [
    [{ type: 'Question', subject: 'Other', serviceId: SVC, message: 'm' }, 'CASE_INVALID_TYPE'],
    [incident({ serviceId: 'SVC-999999' }), 'SERVICE_NOT_FOUND'],
    [incident({ startOfIncident: 'yesterday' }), 'CASE_INVALID_DATE'],
    [incident({ startOfIncident: '2026-13-01T00:00:00Z' }), 'CASE_INVALID_DATE'],
    [incident({ endOfIncident: '2026-11-20 08:00 tomorrow' }), 'CASE_INVALID_DATE'],
    [incident({ endOfIncident: '2026-11-20T07:59:59Z' }), 'CASE_INVALID_DATE_RANGE'],
    [incident({ message: '' }), 'INVALID_ARGUMENT'],
    [incident({ message: '   ' }), 'INVALID_ARGUMENT'],
    [{ type: 'NonIncident', subject: 'ServiceDown', serviceId: SVC, message: 'm' }, 'CASE_INVALID_SUBJECT'],
    [{ type: 'NonIncident', subject: 'Other', priority: 'P1', serviceId: SVC, message: 'm' }, 'CASE_INVALID_PRIORITY'],
  ];
  for (const [vars, code] of checks) {
    const r = await create(vars);
    assert.equal(r.status, 200);
    assert.equal(r.body.errors?.[0]?.extensions?.code, code, `${JSON.stringify(vars)} -> ${JSON.stringify(r.body)}`);
    assert.notEqual(r.body.errors[0].message, 'An error has occurred');
    assert.deepEqual(r.body.data, { createCase: null });
  }
});

test('replyToCase and addCustomerReference append / set and bump lastModifiedDate', async () => {
  const c = (await create(incident())).body.data.createCase;
  await sleep(5);
  const r = await s.gql('mutation($id:String!,$m:String!,$by:String){ replyToCase(caseId:$id, message:$m, sentBy:$by) }', { id: c.id, m: 'Any update?', by: 'Tomasz Kowalski' }, { token });
  assert.deepEqual(r.body, { data: { replyToCase: true } });
  const [after] = await s.cases(token, { id: c.id });
  assert.equal(after.communications.length, 2);
  assert.deepEqual(after.communications[1].message, 'Any update?');
  assert.equal(after.communications[1].type, 'CustomerMessage');
  assert.equal(after.communications[1].sentBy, 'Tomasz Kowalski');
  assert.ok(after.lastModifiedDate > c.lastModifiedDate, 'bumped');
  assert.equal(after.lastModifiedDate, after.communications[1].timestamp);
  await sleep(5);
  const ref = await s.gql('mutation($id:String!,$r:String!){ addCustomerReference(caseId:$id, customerReference:$r) }', { id: c.id, r: 'CHG004512' }, { token });
  assert.deepEqual(ref.body, { data: { addCustomerReference: true } });
  const [after2] = await s.cases(token, { id: c.id });
  assert.equal(after2.customerReference, 'CHG004512');
  assert.ok(after2.lastModifiedDate > after.lastModifiedDate, 'bumped again');
  assert.deepEqual((await s.cases(token, { customerReference: 'CHG004512' })).map((x) => x.id), [c.id]);
  // unknown case
  for (const q of ['mutation { replyToCase(caseId:"CS-0000001", message:"x") }', 'mutation { addCustomerReference(caseId:"CS-0000001", customerReference:"x") }']) {
    const u = await s.gql(q, undefined, { token });
    assert.equal(u.body.errors[0].extensions.code, 'CASE_NOT_FOUND');
  }
  const empty = await s.gql('mutation($id:String!){ replyToCase(caseId:$id, message:"") }', { id: c.id }, { token });
  assert.equal(empty.body.errors[0].extensions.code, 'INVALID_ARGUMENT');
});

test('a reply reopens a Resolved case; Closed and Cancelled cases refuse replies with CASE_CLOSED', async () => {
  const c = (await create(incident())).body.data.createCase;
  await s.control('POST', `/_sandbox/cases/${c.id}/status`, { status: 'Resolved' });
  let r = await s.gql('mutation($id:String!){ replyToCase(caseId:$id, message:"It broke again") }', { id: c.id }, { token });
  assert.equal(r.body.data.replyToCase, true);
  const [reopened] = await s.cases(token, { id: c.id });
  assert.equal(reopened.status, 'InProgress');
  assert.deepEqual(reopened.communications.slice(-2).map((m) => m.type), ['CustomerMessage', 'StatusUpdate']);
  for (const status of ['Closed', 'Cancelled']) {
    await s.control('POST', `/_sandbox/cases/${c.id}/status`, { status });
    r = await s.gql('mutation($id:String!){ replyToCase(caseId:$id, message:"hello?") }', { id: c.id }, { token });
    assert.equal(r.body.data.replyToCase, null);
    assert.equal(r.body.errors[0].extensions.code, 'CASE_CLOSED');
    // a customer reference can still be added
    r = await s.gql('mutation($id:String!){ addCustomerReference(caseId:$id, customerReference:"INC0099999") }', { id: c.id }, { token });
    assert.equal(r.body.data.addCustomerReference, true);
  }
});

test('--closed-reply generic|false: a reply to a closed case refused as the provider may (bare HC0011, or false)', async () => {
  for (const how of ['generic', 'false']) {
    const other = await startServer(['--closed-reply', how]);
    try {
      const t = await other.token();
      const c = (await other.gql(CREATE_CASE, incident(), { token: t })).body.data.createCase;
      await other.control('POST', `/_sandbox/cases/${c.id}/status`, { status: 'Closed' });
      const r = await other.gql('mutation($id:String!){ replyToCase(caseId:$id, message:"hello?") }', { id: c.id }, { token: t });
      assert.equal(r.status, 200);
      assert.equal(r.body.data.replyToCase, how === 'false' ? false : null);
      if (how === 'generic') {
        assert.equal(r.body.errors.length, 1);
        assert.equal(r.body.errors[0].message, 'An error has occurred');
        assert.deepEqual(r.body.errors[0].extensions, { code: 'HC0011' });
      } else {
        assert.equal(r.body.errors, undefined);
      }
      const [after] = await other.cases(t, { id: c.id });
      assert.equal(after.communications.length, 2); // the message and the status update only
      const state = await other.control('GET', '/_sandbox/state');
      assert.equal(state.body.options.closedReply, how);
    } finally {
      await other.stop();
    }
  }
});

test('the matrix is data: a modified case-types.json changes what createCase accepts', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-matrix-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'case-types.json');
  const changed = JSON.parse(JSON.stringify(MATRIX));
  const general = changed.types.find((x) => x.id === 'NonIncident');
  general.priorities.unshift('P2');
  general.defaultPriority = 'P4';
  fs.writeFileSync(file, JSON.stringify(changed));
  const other = await startServer([], { env: { SANDBOX_CASE_TYPES: file } });
  try {
    const tok = await other.token();
    const r = await other.gql(CREATE_CASE, { type: 'NonIncident', subject: 'Other', priority: 'P2', serviceId: SVC, message: 'm' }, { token: tok });
    assert.equal(r.body.data.createCase.priority, 'P2');
    const d = await other.gql(CREATE_CASE, { type: 'NonIncident', subject: 'Other', serviceId: SVC, message: 'm' }, { token: tok });
    assert.equal(d.body.data.createCase.priority, 'P4');
  } finally {
    await other.stop();
  }
});
