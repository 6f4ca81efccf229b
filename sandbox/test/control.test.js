'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { startServer, GQL_JSON, DATE_RE } = require('./helpers');

let s;
let token;
test.before(async () => {
  s = await startServer([]);
  token = await s.token();
});
test.after(() => s.stop());

const ACCOUNT = '{ viewer { account { accountId } } }';
const openCase = async () => (await s.cases(token)).find((c) => ['New', 'InProgress', 'PendingCustomer', 'OnHold'].includes(c.status));

/** Raw HTTP request so that truncated / dropped responses can be observed. */
function rawRequest(url, { method = 'POST', headers = {}, body = '' } = {}) {
  return new Promise((resolve) => {
    const req = http.request(url, { method, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString(), complete: res.complete }));
      res.on('error', (err) => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString(), error: err }));
      res.on('aborted', () => {});
    });
    req.on('error', (err) => resolve({ error: err }));
    req.end(body);
  });
}

test('clock: GET shows it, POST advances it (forward only)', async () => {
  const before = (await s.control('GET', '/_sandbox/clock')).body;
  assert.match(before.now, DATE_RE);
  const r = await s.control('POST', '/_sandbox/clock', { advanceMinutes: 90 });
  assert.equal(r.status, 200);
  assert.equal(r.body.advancedMinutes, before.advancedMinutes + 90);
  const delta = Date.parse(r.body.now.slice(0, 23) + 'Z') - Date.parse(before.now.slice(0, 23) + 'Z');
  assert.ok(delta >= 90 * 60000 && delta < 90 * 60000 + 5000);
  assert.equal((await s.control('POST', '/_sandbox/clock', { advanceMinutes: -1 })).status, 400);
  assert.equal((await s.control('POST', '/_sandbox/clock', { minutes: 5 })).status, 400);
  token = await s.token();
});

test('cases/{id}/reply and cases/{id}/status act as the provider', async () => {
  const c = await openCase();
  const r = await s.control('POST', `/_sandbox/cases/${c.id}/reply`, { message: 'Engineer on site at 14:00.', sentBy: 'Provider NOC - QA' });
  assert.equal(r.status, 200);
  assert.equal(r.body.caseId, c.id);
  assert.deepEqual({ ...r.body.communication, timestamp: undefined }, { message: 'Engineer on site at 14:00.', type: 'ProviderMessage', sentBy: 'Provider NOC - QA', timestamp: undefined });
  let [after] = await s.cases(token, { id: c.id });
  assert.deepEqual(after.communications.at(-1), r.body.communication);
  assert.equal(after.lastModifiedDate, r.body.lastModifiedDate);

  const st = await s.control('POST', `/_sandbox/cases/${c.id}/status`, { status: 'PendingCustomer' });
  assert.equal(st.status, 200);
  assert.deepEqual([st.body.previousStatus, st.body.status], [c.status, 'PendingCustomer']);
  [after] = await s.cases(token, { id: c.id });
  assert.equal(after.status, 'PendingCustomer');
  assert.equal(after.communications.at(-1).type, 'StatusUpdate');
  assert.equal(after.lastModifiedDate, st.body.lastModifiedDate);

  assert.equal((await s.control('POST', `/_sandbox/cases/${c.id}/status`, { status: 'Bogus' })).body.code, 'CASE_INVALID_STATUS');
  const missing = await s.control('POST', '/_sandbox/cases/CS-0000001/reply', { message: 'x' });
  assert.deepEqual([missing.status, missing.body.code], [404, 'CASE_NOT_FOUND']);
  assert.equal((await s.control('POST', '/_sandbox/cases/CS-0000001/status', { status: 'Closed' })).status, 404);
  assert.equal((await s.control('GET', '/_sandbox/nothing')).status, 404);
});

test('POST /_sandbox/cases opens a provider-side (Proactive) case', async () => {
  const r = await s.control('POST', '/_sandbox/cases', { type: 'Incident', subject: 'ServiceDown', serviceId: 'SVC-205113', message: 'We detected a loss of service.' });
  assert.equal(r.status, 201);
  assert.equal(r.body.origin, 'Proactive');
  const [c] = await s.cases(token, { id: r.body.id });
  assert.equal(c.communications[0].type, 'ProviderMessage');
  assert.equal((await s.control('POST', '/_sandbox/cases', { type: 'Incident', subject: 'Nope', serviceId: 'SVC-205113', message: 'x' })).body.code, 'CASE_INVALID_SUBJECT');
});

test('faults: http (status, count, path), rate-limit and latency', async () => {
  let r = await s.control('POST', '/_sandbox/faults', { kind: 'http', status: 503, count: 2, path: '/graphql' });
  assert.equal(r.status, 201);
  assert.match(r.body.id, /^F\d+$/);
  assert.equal((await s.control('GET', '/_sandbox/faults')).body.faults.length, 1);
  const t = await s.token(); // /oauth2/token is not affected by a /graphql fault
  assert.equal((await s.gql(ACCOUNT, undefined, { token: t })).status, 503);
  assert.equal((await s.gql(ACCOUNT, undefined, { token: t })).status, 503);
  assert.equal((await s.gql(ACCOUNT, undefined, { token: t })).status, 200, 'count exhausted');

  await s.control('POST', '/_sandbox/faults', { kind: 'http', status: 500, path: '/oauth2/token' });
  const tr = await fetch(s.urls.token, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'demo-client', client_secret: 'demo-secret' }) });
  assert.equal(tr.status, 500);
  assert.match(tr.headers.get('content-type'), /^text\/plain/);
  assert.match(await tr.text(), /500 Internal Server Error/);

  await s.control('POST', '/_sandbox/faults', { kind: 'rate-limit', retryAfter: 7 });
  r = await s.gql(ACCOUNT, undefined, { token });
  assert.equal(r.status, 429);
  assert.equal(r.headers.get('retry-after'), '7');

  await s.control('POST', '/_sandbox/faults', { kind: 'latency', ms: 400 });
  const started = Date.now();
  r = await s.gql(ACCOUNT, undefined, { token });
  assert.equal(r.status, 200);
  assert.ok(Date.now() - started >= 390, 'delayed');

  // an http fault with process:true applies the mutation, then answers 502
  const c = await openCase();
  await s.control('POST', '/_sandbox/faults', { kind: 'http', status: 502, process: true });
  r = await s.gql('mutation($id:String!){ replyToCase(caseId:$id, message:"applied despite 502") }', { id: c.id }, { token });
  assert.equal(r.status, 502);
  const [after] = await s.cases(token, { id: c.id });
  assert.equal(after.communications.at(-1).message, 'applied despite 502');

  assert.equal((await s.control('POST', '/_sandbox/faults', { kind: 'explode' })).body.code, 'INVALID_FAULT');
  assert.equal((await s.control('POST', '/_sandbox/faults', { kind: 'http', status: 418 })).status, 400);
  await s.control('POST', '/_sandbox/faults', { kind: 'http', count: 5 });
  assert.deepEqual((await s.control('DELETE', '/_sandbox/faults')).body, { cleared: 1 });
  assert.equal((await s.gql(ACCOUNT, undefined, { token })).status, 200);
});

test('faults: truncate sends half the JSON with a matching Content-Length; drop cuts the connection', async () => {
  const c = await openCase();
  const body = JSON.stringify({ query: 'mutation($id:String!){ replyToCase(caseId:$id, message:"truncated reply") }', variables: { id: c.id } });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  await s.control('POST', '/_sandbox/faults', { kind: 'truncate', path: '/graphql' });
  let r = await rawRequest(s.urls.graphql, { headers, body });
  assert.equal(r.status, 200);
  assert.equal(Number(r.headers['content-length']), Buffer.byteLength(r.body));
  assert.ok(r.body.length > 0);
  assert.throws(() => JSON.parse(r.body));

  await s.control('POST', '/_sandbox/faults', { kind: 'drop' });
  r = await rawRequest(s.urls.graphql, { headers, body: body.replace('truncated reply', 'dropped reply') });
  assert.ok(r.error || r.complete === false, 'the response is incomplete');
  await assert.rejects(async () => {
    await s.control('POST', '/_sandbox/faults', { kind: 'drop', path: '/graphql' });
    const res = await fetch(s.urls.graphql, { method: 'POST', headers, body: JSON.stringify({ query: ACCOUNT }) });
    await res.text();
  });
  // both requests were processed before the response was damaged
  const [after] = await s.cases(token, { id: c.id });
  assert.deepEqual(after.communications.slice(-2).map((m) => m.message), ['truncated reply', 'dropped reply']);
});

test('faults: operation aims a fault at one GraphQL operation or at any mutation', async () => {
  const c = await openCase();
  const reply = (text) => JSON.stringify({ operationName: 'ReplyToCase', query: 'mutation ReplyToCase($id:String!,$m:String!){ replyToCase(caseId:$id, message:$m) }', variables: { id: c.id, m: text } });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  let r = await s.control('POST', '/_sandbox/faults', { kind: 'http', status: 503, operation: 'ReplyToCase' });
  assert.equal(r.status, 201);
  assert.equal(r.body.operation, 'ReplyToCase');
  // queries pass untouched while the fault waits for its operation
  assert.equal((await s.gql(ACCOUNT, undefined, { token })).status, 200);
  assert.equal((await s.control('GET', '/_sandbox/faults')).body.faults.length, 1);
  r = await rawRequest(s.urls.graphql, { headers, body: reply('aimed') });
  assert.equal(r.status, 503);
  assert.equal((await s.control('GET', '/_sandbox/faults')).body.faults.length, 0);

  await s.control('POST', '/_sandbox/faults', { kind: 'http', status: 502, operation: 'mutation' });
  assert.equal((await s.gql(ACCOUNT, undefined, { token })).status, 200);
  r = await rawRequest(s.urls.graphql, { headers, body: JSON.stringify({ query: 'mutation { addCustomerReference(caseId: "' + c.id + '", customerReference: "X-1") }' }) });
  assert.equal(r.status, 502);

  r = await s.control('POST', '/_sandbox/faults', { kind: 'drop', operation: 'not a name' });
  assert.equal(r.status, 400);
  assert.equal(r.body.code, 'INVALID_FAULT');
});

test('faults: expire-token makes the presented token expired from then on', async () => {
  const t = await s.token();
  await s.control('POST', '/_sandbox/faults', { kind: 'expire-token', path: '/graphql' });
  let r = await s.gql(ACCOUNT, undefined, { token: t, accept: GQL_JSON });
  assert.equal(r.status, 401);
  assert.equal(r.body.errors[0].extensions.code, 'AUTH_NOT_AUTHENTICATED');
  r = await s.gql(ACCOUNT, undefined, { token: t, accept: 'application/json' });
  assert.equal(r.status, 200);
  assert.equal(r.body.errors[0].extensions.code, 'AUTH_NOT_AUTHENTICATED');
  assert.equal((await s.gql(ACCOUNT, undefined, { token })).body.data.viewer.account.accountId, 'ACC-100245', 'other tokens unaffected');
});

test('state reports counts and requests; reset re-seeds, clears faults and tokens, resets the clock', async () => {
  const state = (await s.control('GET', '/_sandbox/state')).body;
  assert.ok(state.cases > 50);
  assert.ok(state.requests.total > 10);
  assert.ok(state.requests.byRoute['/graphql'] > 5);
  assert.ok(state.tokens >= 1);
  assert.equal((await s.control('GET', '/_sandbox')).body.endpoints.length > 5, true);

  await s.control('POST', '/_sandbox/clock', { advanceMinutes: 5 });
  await s.control('POST', '/_sandbox/faults', { kind: 'http', count: 3, path: '/case-repository' });
  const r = await s.control('POST', '/_sandbox/reset');
  assert.equal(r.status, 200);
  assert.equal(r.body.reset, true);
  assert.equal(r.body.cases, 60);
  assert.equal(r.body.clock.advancedMinutes, 0);
  assert.deepEqual((await s.control('GET', '/_sandbox/faults')).body.faults, []);
  assert.equal((await s.gql(ACCOUNT, undefined, { token, accept: GQL_JSON })).status, 401, 'tokens cleared');
  token = await s.token();
  const cases = await s.cases(token);
  assert.equal(cases.length, 60);
  assert.ok(!cases.some((c) => c.communications.some((m) => /applied despite|truncated reply/.test(m.message))));
  assert.deepEqual((await s.control('DELETE', '/_sandbox/tokens')).body, { revoked: 1 });
});
