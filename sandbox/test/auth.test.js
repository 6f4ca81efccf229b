'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { startServer, GQL_JSON, CREATE_CASE } = require('./helpers');

const MSG = 'The current user is not authorized to access this resource.';
let s;
test.before(async () => {
  s = await startServer(['--token-ttl', '600']);
});
test.after(() => s.stop());

async function tokenRequest(form, { headers = {}, contentType = 'application/x-www-form-urlencoded', method = 'POST' } = {}) {
  const res = await fetch(s.urls.token, {
    method,
    headers: { 'content-type': contentType, ...headers },
    body: method === 'POST' ? (typeof form === 'string' ? form : new URLSearchParams(form).toString()) : undefined,
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

test('client credentials: 200 with access_token, Bearer, expires_in and all scopes by default', async () => {
  const r = await tokenRequest({ grant_type: 'client_credentials', client_id: 'demo-client', client_secret: 'demo-secret' });
  assert.equal(r.status, 200);
  assert.equal(r.body.token_type, 'Bearer');
  assert.equal(r.body.expires_in, 600);
  assert.ok(r.body.access_token.length >= 32);
  assert.deepEqual(r.body.scope.split(' ').sort(), ['customerapi/basic.read', 'customerapi/support.read', 'customerapi/support.read-write']);
  assert.equal(r.headers.get('cache-control'), 'no-store');
  const r2 = await tokenRequest({ grant_type: 'client_credentials', client_id: 'demo-client', client_secret: 'demo-secret' });
  assert.notEqual(r2.body.access_token, r.body.access_token, 'tokens are random');
});

test('a requested scope subset is granted as asked; HTTP Basic client auth works', async () => {
  const r = await tokenRequest({ grant_type: 'client_credentials', client_id: 'readonly-client', client_secret: 'readonly-secret', scope: 'customerapi/support.read' });
  assert.equal(r.status, 200);
  assert.equal(r.body.scope, 'customerapi/support.read');
  const basic = Buffer.from('demo-client:demo-secret').toString('base64');
  const b = await tokenRequest({ grant_type: 'client_credentials' }, { headers: { authorization: `Basic ${basic}` } });
  assert.equal(b.status, 200);
  assert.equal(b.body.token_type, 'Bearer');
});

test('token errors follow RFC 6749', async () => {
  const base = { grant_type: 'client_credentials', client_id: 'demo-client', client_secret: 'demo-secret' };
  const cases = [
    [{ ...base, client_secret: 'wrong' }, {}, 401, 'invalid_client'],
    [{ ...base, client_id: 'nobody' }, {}, 401, 'invalid_client'],
    [{ grant_type: 'client_credentials' }, { headers: { authorization: `Basic ${Buffer.from('demo-client:bad').toString('base64')}` } }, 401, 'invalid_client'],
    [{ ...base, scope: 'customerapi/unknown' }, {}, 400, 'invalid_scope'],
    [{ grant_type: 'client_credentials', client_id: 'readonly-client', client_secret: 'readonly-secret', scope: 'customerapi/support.read-write' }, {}, 400, 'invalid_scope'],
    [{ ...base, grant_type: 'password' }, {}, 400, 'unsupported_grant_type'],
    [{ client_id: 'demo-client', client_secret: 'demo-secret' }, {}, 400, 'invalid_request'],
    [{ grant_type: 'client_credentials', client_secret: 'demo-secret' }, {}, 400, 'invalid_request'],
    [{ grant_type: 'client_credentials', client_id: 'demo-client' }, {}, 400, 'invalid_request'],
    [JSON.stringify(base), { contentType: 'application/json' }, 400, 'invalid_request'],
    ['grant_type=client_credentials&grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret', {}, 400, 'invalid_request'],
  ];
  for (const [form, opts, status, error] of cases) {
    const r = await tokenRequest(form, opts);
    assert.equal(r.status, status, `${JSON.stringify(form)} -> ${JSON.stringify(r.body)}`);
    assert.equal(r.body.error, error);
    assert.equal(typeof r.body.error_description, 'string');
  }
  const basicBad = await tokenRequest({ grant_type: 'client_credentials' }, { headers: { authorization: `Basic ${Buffer.from('demo-client:bad').toString('base64')}` } });
  assert.match(basicBad.headers.get('www-authenticate'), /^Basic/);
  const get = await fetch(s.urls.token);
  assert.equal(get.status, 405);
});

const ACCOUNT_QUERY = '{ viewer { account { accountId name services { serviceId } sites { siteId } cases { id } } } }';

test('missing or unknown token: AUTH_NOT_AUTHENTICATED, 401 with graphql-response+json, 200 with application/json', async () => {
  for (const token of [undefined, 'not-a-real-token']) {
    const strict = await s.gql('{ viewer { account { cases { id } } } }', undefined, { token, accept: GQL_JSON });
    assert.equal(strict.status, 401);
    assert.match(strict.headers.get('content-type'), /^application\/graphql-response\+json/);
    assert.match(strict.headers.get('www-authenticate'), /^Bearer/);
    assert.equal(strict.body.errors[0].message, MSG);
    assert.equal(strict.body.errors[0].extensions.code, 'AUTH_NOT_AUTHENTICATED');
    assert.deepEqual(strict.body.errors[0].path, ['viewer', 'account', 'cases']);
    assert.deepEqual(strict.body.data, { viewer: { account: { cases: null } } });

    const lax = await s.gql('{ viewer { account { cases { id } } } }', undefined, { token, accept: 'application/json' });
    assert.equal(lax.status, 200);
    assert.match(lax.headers.get('content-type'), /^application\/json/);
    assert.equal(lax.body.errors[0].extensions.code, 'AUTH_NOT_AUTHENTICATED');
    assert.equal(lax.body.errors[0].message, MSG);
  }
});

test('scopes: missing scope is AUTH_NOT_AUTHORIZED on that field only, partial data, 200 in both modes', async () => {
  const basicOnly = await s.token('readonly-client', 'readonly-secret', 'customerapi/basic.read');
  for (const accept of [GQL_JSON, 'application/json']) {
    const r = await s.gql(ACCOUNT_QUERY, undefined, { token: basicOnly, accept });
    assert.equal(r.status, 200);
    assert.equal(r.body.data.viewer.account.accountId, 'ACC-100245');
    assert.equal(r.body.data.viewer.account.name, 'Northwind Logistics');
    assert.ok(r.body.data.viewer.account.services.length > 0);
    assert.equal(r.body.data.viewer.account.cases, null);
    assert.equal(r.body.errors.length, 1);
    assert.equal(r.body.errors[0].message, MSG);
    assert.equal(r.body.errors[0].extensions.code, 'AUTH_NOT_AUTHORIZED');
    assert.deepEqual(r.body.errors[0].path, ['viewer', 'account', 'cases']);
  }
  const supportOnly = await s.token('readonly-client', 'readonly-secret', 'customerapi/support.read');
  const r = await s.gql(ACCOUNT_QUERY, undefined, { token: supportOnly });
  assert.equal(r.body.data.viewer.account.services, null);
  assert.equal(r.body.data.viewer.account.sites, null);
  assert.ok(r.body.data.viewer.account.cases.length > 0);
  assert.deepEqual(r.body.errors.map((e) => e.path.join('.')).sort(), ['viewer.account.services', 'viewer.account.sites']);
});

test('readonly-client can read cases but cannot mutate', async () => {
  const ro = await s.token('readonly-client', 'readonly-secret');
  const cases = await s.cases(ro);
  assert.ok(cases.length > 0);
  const vars = { type: 'NonIncident', subject: 'Other', serviceId: 'SVC-204871', message: 'hello' };
  const r = await s.gql(CREATE_CASE, vars, { token: ro, accept: GQL_JSON });
  assert.equal(r.status, 200);
  assert.deepEqual(r.body.data, { createCase: null });
  assert.equal(r.body.errors[0].extensions.code, 'AUTH_NOT_AUTHORIZED');
  assert.deepEqual(r.body.errors[0].path, ['createCase']);
  const reply = await s.gql('mutation($id:String!){ replyToCase(caseId:$id, message:"x") }', { id: cases[0].id }, { token: ro });
  assert.equal(reply.body.errors[0].extensions.code, 'AUTH_NOT_AUTHORIZED');
  const ref = await s.gql('mutation($id:String!){ addCustomerReference(caseId:$id, customerReference:"X") }', { id: cases[0].id }, { token: ro });
  assert.equal(ref.body.errors[0].extensions.code, 'AUTH_NOT_AUTHORIZED');
  // and without any token a mutation is a 401
  const anon = await s.gql(CREATE_CASE, vars, { accept: GQL_JSON });
  assert.equal(anon.status, 401);
  assert.equal(anon.body.errors[0].extensions.code, 'AUTH_NOT_AUTHENTICATED');
});

test('a token expires after --token-ttl on the sandbox clock', async () => {
  const t = await s.token();
  assert.equal((await s.gql('{ viewer { account { accountId } } }', undefined, { token: t })).status, 200);
  await s.control('POST', '/_sandbox/clock', { advanceMinutes: 9 });
  let r = await s.gql('{ viewer { account { accountId } } }', undefined, { token: t, accept: GQL_JSON });
  assert.equal(r.status, 200, 'still valid after 9 of 10 minutes');
  await s.control('POST', '/_sandbox/clock', { advanceMinutes: 2 });
  r = await s.gql('{ viewer { account { accountId } } }', undefined, { token: t, accept: GQL_JSON });
  assert.equal(r.status, 401);
  assert.equal(r.body.errors[0].extensions.code, 'AUTH_NOT_AUTHENTICATED');
  assert.match(r.headers.get('www-authenticate'), /invalid_token/);
  r = await s.gql('{ viewer { account { accountId } } }', undefined, { token: t, accept: 'application/json' });
  assert.equal(r.status, 200);
  assert.equal(r.body.errors[0].extensions.code, 'AUTH_NOT_AUTHENTICATED');
  // a fresh token works again
  const fresh = await s.token();
  assert.equal((await s.gql('{ viewer { account { accountId } } }', undefined, { token: fresh, accept: GQL_JSON })).status, 200);
});
