'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { serverAudits } = require('graphql-http');
const { startServer, GQL_JSON } = require('./helpers');

let s;
let token;
test.before(async () => {
  s = await startServer([]);
  token = await s.token();
});
test.after(() => s.stop());

test('syntax errors carry HC0011: 400 with graphql-response+json, 200 with application/json', async () => {
  const strict = await s.gql('{ viewer { account { accountId } }', undefined, { token, accept: GQL_JSON });
  assert.equal(strict.status, 400);
  assert.match(strict.headers.get('content-type'), /^application\/graphql-response\+json/);
  assert.equal(strict.body.errors[0].extensions.code, 'HC0011');
  assert.equal('data' in strict.body, false);
  const lax = await s.gql('{ viewer { account { accountId } }', undefined, { token, accept: 'application/json' });
  assert.equal(lax.status, 200);
  assert.match(lax.headers.get('content-type'), /^application\/json/);
  assert.equal(lax.body.errors[0].extensions.code, 'HC0011');
  // no Accept header at all behaves like application/json
  const res = await fetch(s.urls.graphql, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{' }) });
  assert.equal(res.status, 200);
  assert.equal((await res.json()).errors[0].extensions.code, 'HC0011');
});

test('validation, variable and request errors have HotChocolate codes and spec status codes', async () => {
  const checks = [
    ['{ viewer { nope } }', undefined, 'HC0009'],
    ['query($id: String!) { viewer { account { cases(id: $id) { id } } } }', {}, 'HC0018'],
    ['query($n: Int) { viewer { account { cases(lastModifiedMinutes: $n) { id } } } }', { n: 'ten' }, 'HC0016'],
  ];
  for (const [query, variables, code] of checks) {
    const strict = await s.gql(query, variables, { token, accept: GQL_JSON });
    assert.equal(strict.status, 400, query);
    assert.equal(strict.body.errors[0].extensions.code, code, query);
    const lax = await s.gql(query, variables, { token });
    assert.equal(lax.status, 200, query);
    assert.equal(lax.body.errors[0].extensions.code, code);
  }
  // malformed JSON and a missing query are request errors (400 in both modes)
  for (const [body, code] of [['{"query":', 'HC0009'], ['{}', 'HC0013']]) {
    const res = await fetch(s.urls.graphql, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].extensions.code, code);
  }
});

test('queries work over GET; mutations over GET are refused with 405', async () => {
  const get = await s.gql('{ viewer { account { accountId } } }', undefined, { token, method: 'GET' });
  assert.equal(get.status, 200);
  assert.equal(get.body.data.viewer.account.accountId, 'ACC-100245');
  const mut = await s.gql('mutation { replyToCase(caseId:"CS-0000001", message:"x") }', undefined, { token, method: 'GET' });
  assert.equal(mut.status, 405);
  const put = await fetch(s.urls.graphql, { method: 'PUT' });
  assert.equal(put.status, 405);
});

test('{ __typename } works without a token', async () => {
  const r = await s.gql('{ __typename }', undefined, { accept: GQL_JSON });
  assert.equal(r.status, 200);
  assert.deepEqual(r.body, { data: { __typename: 'Query' } });
});

test('graphql-http server audits: every MUST passes', async (t) => {
  const fetchFn = (input, init = {}) => {
    const headers = new Headers(init.headers || {});
    headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const audits = serverAudits({ url: s.urls.graphql, fetchFn });
  const failures = [];
  const warnings = [];
  for (const audit of audits) {
    const result = await audit.fn();
    if (result.status === 'ok') continue;
    if (audit.name.startsWith('MUST')) failures.push(`${audit.id} ${audit.name}: ${result.reason}`);
    else warnings.push(`${audit.id} ${audit.name}: ${result.reason}`);
  }
  if (warnings.length) t.diagnostic(`SHOULD audits not met: ${warnings.join('; ')}`);
  assert.deepEqual(failures, []);
  assert.ok(audits.length > 30);
});
