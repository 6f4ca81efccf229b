'use strict';
// The Case Repository REST API: create, get, update, delete, history, validation, authentication,
// routing, and faults. (Search: caseRepositorySearch.test.js; seed data and persistence:
// caseRepositoryData.test.js.)
const test = require('node:test');
const assert = require('node:assert/strict');
const { startServer, PUBLISHER, VIEWER, LOCAL_DATE_RE, UUID_RE } = require('./helpers');

let s;
test.before(async () => {
  s = await startServer(['--seed', 'empty', '--now', '2025-01-10T14:00:00Z']);
});
test.after(() => s.stop());

// The published contract's minimum (businessKey: required, nullable), and a usual body with a client.
const PUBLISHED_MINIMUM = { caseType: 'ServiceRequest', clientType: 'PESEL', status: 'OPEN', businessKey: null };
const MINIMAL = { ...PUBLISHED_MINIMUM, clientId: '85010112345' };
let keyCounter = 0;
const uniqueKey = () => `BK-${++keyCounter}`;

async function create(fields = {}) {
  const r = await s.repo('POST', '/v1', { ...MINIMAL, ...fields });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}

const search = async (body) => (await s.repo('POST', '/v1/search', body)).body;

function assertError(r, status, code, field) {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.match(r.headers.get('content-type'), /^application\/json/);
  assert.equal(r.body.code, code, JSON.stringify(r.body));
  assert.equal(typeof r.body.message, 'string');
  if (field !== undefined) assert.equal(r.body.field, field, JSON.stringify(r.body));
}

test('POST /v1 creates an entry: server-made UUID, local dates in UTC, source defaults to eximee', async () => {
  const r = await s.repo('POST', '/v1', MINIMAL);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^application\/json; charset=utf-8/);
  const e = r.body;
  assert.deepEqual(Object.keys(e), ['caseId', 'creationDate', 'updateDate', 'caseType', 'clientId', 'clientType', 'status', 'statusDescription', 'businessKey', 'source']);
  assert.match(e.caseId, UUID_RE);
  assert.match(e.creationDate, LOCAL_DATE_RE);
  assert.equal(e.updateDate, e.creationDate);
  assert.ok(e.creationDate >= '2025-01-10T14:00:00' && e.creationDate < '2025-01-10T14:05:00', `sandbox clock (--now): ${e.creationDate}`);
  assert.deepEqual({ ...e, caseId: 0, creationDate: 0, updateDate: 0 }, {
    caseId: 0, creationDate: 0, updateDate: 0, ...MINIMAL, statusDescription: null, businessKey: null, source: 'eximee',
  });
  const got = await s.repo('GET', `/v1?caseId=${e.caseId}`);
  assert.equal(got.status, 200);
  assert.deepEqual(got.body, e);
  // a caseId in upper case finds the same entry; a trailing slash is the same route
  assert.deepEqual((await s.repo('GET', `/v1/?caseId=${e.caseId.toUpperCase()}`)).body, e);

  const full = await create({ statusDescription: 'Registered by phone', businessKey: uniqueKey(), source: 'crm', clientType: 'NIP', clientId: '5252344078' });
  assert.equal(full.source, 'crm');
  assert.equal(full.statusDescription, 'Registered by phone');
  assert.notEqual(full.caseId, e.caseId);
  // explicit nulls for the optional fields mean "not given"
  const nulls = await create({ statusDescription: null, businessKey: null, source: null });
  assert.deepEqual([nulls.statusDescription, nulls.businessKey, nulls.source], [null, null, 'eximee']);
});

test('POST /v1 follows the published contract: businessKey required but nullable, clientId optional', async () => {
  // the published minimum: no clientId at all, businessKey null
  const bare = await s.repo('POST', '/v1', PUBLISHED_MINIMUM);
  assert.equal(bare.status, 200, JSON.stringify(bare.body));
  assert.deepEqual([bare.body.clientId, bare.body.businessKey, bare.body.source], [null, null, 'eximee']);
  assert.deepEqual((await s.repo('GET', `/v1?caseId=${bare.body.caseId}`)).body, bare.body);
  // clientId null is the same as absent; not recorded in the history
  const nullClient = await create({ clientId: null });
  assert.equal(nullClient.clientId, null);
  const h = (await s.repo('GET', `/v1/history?caseId=${nullClient.caseId}`)).body;
  assert.ok(!('clientId' in h.entries[0].changes));
  // a key given is kept
  const key = uniqueKey();
  assert.equal((await create({ businessKey: key, clientId: null })).businessKey, key);

  // businessKey absent: 400 naming it, saying that null is the way to have none
  const { businessKey, ...withoutKey } = MINIMAL; // eslint-disable-line no-unused-vars
  const noKey = await s.repo('POST', '/v1', withoutKey);
  assertError(noKey, 400, 'VALIDATION_ERROR', 'businessKey');
  assert.match(noKey.body.message, /businessKey is required.*null/);
  const { businessKey: _, clientId: __, ...nothingOptional } = MINIMAL; // eslint-disable-line no-unused-vars
  assertError(await s.repo('POST', '/v1', nothingOptional), 400, 'VALIDATION_ERROR', 'businessKey');
  // a clientId that is given must be a real value
  for (const bad of ['', '   ']) {
    assertError(await s.repo('POST', '/v1', { ...MINIMAL, clientId: bad }), 400, 'VALIDATION_ERROR', 'clientId');
  }
  assert.equal((await search({ clientId: '85010112345', size: 200 })).content.some((x) => x.caseId === bare.body.caseId), false);
});

test('POST /v1 validation: required, types, blanks, limits, unknown and server-set fields (400 naming the field)', async () => {
  for (const field of ['caseType', 'clientType', 'status']) {
    const body = { ...MINIMAL };
    delete body[field];
    assertError(await s.repo('POST', '/v1', body), 400, 'VALIDATION_ERROR', field);
    assertError(await s.repo('POST', '/v1', { ...MINIMAL, [field]: null }), 400, 'VALIDATION_ERROR', field);
    assertError(await s.repo('POST', '/v1', { ...MINIMAL, [field]: '   ' }), 400, 'VALIDATION_ERROR', field);
  }
  // the first offending field in the order of the model table
  assertError(await s.repo('POST', '/v1', {}), 400, 'VALIDATION_ERROR', 'caseType');
  assertError(await s.repo('POST', '/v1', { caseType: 'X', clientId: ' ', clientType: 'NIP', status: 'OPEN' }), 400, 'VALIDATION_ERROR', 'clientId');
  const limits = { caseType: 100, clientId: 64, clientType: 32, status: 64, statusDescription: 1000, businessKey: 128, source: 64 };
  for (const [field, max] of Object.entries(limits)) {
    for (const bad of [42, true, {}, ['OPEN']]) {
      assertError(await s.repo('POST', '/v1', { ...MINIMAL, [field]: bad }), 400, 'VALIDATION_ERROR', field);
    }
    assertError(await s.repo('POST', '/v1', { ...MINIMAL, [field]: 'x'.repeat(max + 1) }), 400, 'VALIDATION_ERROR', field);
    const value = field === 'businessKey' ? `${uniqueKey()}-`.padEnd(max, 'k') : 'é'.repeat(max); // characters, not bytes
    assert.equal((await s.repo('POST', '/v1', { ...MINIMAL, [field]: value })).status, 200, `${field} of ${max} characters`);
  }
  assertError(await s.repo('POST', '/v1', { ...MINIMAL, businessKey: ' ' }), 400, 'VALIDATION_ERROR', 'businessKey');
  assertError(await s.repo('POST', '/v1', { ...MINIMAL, source: '' }), 400, 'VALIDATION_ERROR', 'source');
  assert.equal((await s.repo('POST', '/v1', { ...MINIMAL, statusDescription: '' })).body.statusDescription, '', 'an empty description is allowed');
  // free text: any status and clientType value within the limits
  assert.equal((await s.repo('POST', '/v1', { ...MINIMAL, status: 'Escalated to legal', clientType: 'PASSPORT' })).status, 200);

  const unknown = await s.repo('POST', '/v1', { ...MINIMAL, priority: 'P1' });
  assertError(unknown, 400, 'VALIDATION_ERROR', 'priority');
  assert.match(unknown.body.message, /priority/);
  for (const field of ['caseId', 'creationDate', 'updateDate']) {
    const r = await s.repo('POST', '/v1', { ...MINIMAL, [field]: field === 'caseId' ? '6ea5d582-6a8e-4efe-a74e-4eaf2d881e7e' : '2025-01-01T00:00:00' });
    assertError(r, 400, 'VALIDATION_ERROR', field);
    assert.match(r.body.message, /set by the server/);
  }
});

test('bodies: not JSON is 400 INVALID_JSON, a non-JSON Content-Type is 415', async () => {
  for (const raw of ['', '{', '[]', '"text"', 'null', '42']) {
    assertError(await s.repo('POST', '/v1', undefined, { raw }), 400, 'INVALID_JSON');
  }
  for (const contentType of [null, 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=iso-8859-1']) {
    assertError(await s.repo('POST', '/v1', MINIMAL, { contentType }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  }
  assert.equal((await s.repo('POST', '/v1', MINIMAL, { contentType: 'application/json;charset=UTF-8' })).status, 200);
  const e = await create();
  assertError(await s.repo('PATCH', `/v1?caseId=${e.caseId}`, { status: 'X' }, { contentType: 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  assertError(await s.repo('POST', '/v1/search', {}, { contentType: null }), 415, 'UNSUPPORTED_MEDIA_TYPE');
});

test('a businessKey is unique per source: a second create is 409 naming the existing caseId', async () => {
  const key = uniqueKey();
  const first = await create({ businessKey: key, source: 'case-console' });
  const dup = await s.repo('POST', '/v1', { ...MINIMAL, businessKey: key, source: 'case-console', status: 'IN_PROGRESS' });
  assertError(dup, 409, 'DUPLICATE_BUSINESS_KEY', 'businessKey');
  assert.equal(dup.body.caseId, first.caseId);
  assert.equal((await search({ businessKey: key })).page.totalElements, 1, 'nothing was created');
  // another source may use the same key; entries without a key never conflict
  assert.equal((await s.repo('POST', '/v1', { ...MINIMAL, businessKey: key, source: 'crm' })).status, 200);
  await create();
  await create();
  // the default source counts: two creates without source share "eximee"
  const k2 = uniqueKey();
  await create({ businessKey: k2 });
  assertError(await s.repo('POST', '/v1', { ...MINIMAL, businessKey: k2, source: 'eximee' }), 409, 'DUPLICATE_BUSINESS_KEY');
  // update into a taken key or source is refused as well
  const other = await create({ businessKey: uniqueKey(), source: 'case-console' });
  assertError(await s.repo('PATCH', `/v1?caseId=${other.caseId}`, { businessKey: key }), 409, 'DUPLICATE_BUSINESS_KEY');
  const crm = await create({ businessKey: key, source: 'portal' });
  assertError(await s.repo('PATCH', `/v1?caseId=${crm.caseId}`, { source: 'crm' }), 409, 'DUPLICATE_BUSINESS_KEY');
  assert.equal((await s.repo('GET', `/v1?caseId=${crm.caseId}`)).body.source, 'portal', 'the refused update changed nothing');
  // after a delete the key is free again
  assert.equal((await s.repo('DELETE', `/v1?caseId=${first.caseId}`)).status, 204);
  assert.equal((await s.repo('POST', '/v1', { ...MINIMAL, businessKey: key, source: 'case-console' })).status, 200);
});

test('caseId query parameter: required, a UUID, unknown is 404; unknown or repeated parameters are 400', async () => {
  const e = await create();
  for (const [method, route, body] of [['GET', '/v1'], ['PATCH', '/v1', { status: 'X' }], ['DELETE', '/v1'], ['GET', '/v1/history']]) {
    assertError(await s.repo(method, route, body), 400, 'VALIDATION_ERROR', 'caseId');
    assertError(await s.repo(method, `${route}?caseId=`, body), 400, 'VALIDATION_ERROR', 'caseId');
    assertError(await s.repo(method, `${route}?caseId=CS-4100001`, body), 400, 'VALIDATION_ERROR', 'caseId');
    const missing = await s.repo(method, `${route}?caseId=00000000-0000-4000-8000-000000000000`, body);
    assertError(missing, 404, 'CASE_NOT_FOUND');
    assert.equal(missing.body.caseId, '00000000-0000-4000-8000-000000000000');
    assertError(await s.repo(method, `${route}?caseId=${e.caseId}&caseId=${e.caseId}`, body), 400, 'VALIDATION_ERROR', 'caseId');
    assertError(await s.repo(method, `${route}?caseId=${e.caseId}&expand=all`, body), 400, 'VALIDATION_ERROR', 'expand');
  }
  // the body is validated before the caseId is looked up
  assertError(await s.repo('PATCH', '/v1?caseId=00000000-0000-4000-8000-000000000000', {}), 400, 'VALIDATION_ERROR');
  assertError(await s.repo('PATCH', '/v1?caseId=00000000-0000-4000-8000-000000000000', { colour: 'red' }), 400, 'VALIDATION_ERROR', 'colour');
  assertError(await s.repo('POST', '/v1?caseId=x', MINIMAL), 400, 'VALIDATION_ERROR', 'caseId');
  assertError(await s.repo('POST', '/v1/search?page=1', {}), 400, 'VALIDATION_ERROR', 'page');
});

test('PATCH /v1 changes only the sent fields, moves updateDate and records the change in the history', async () => {
  const e = await create({ businessKey: uniqueKey(), statusDescription: 'Registered' });
  await s.control('POST', '/_sandbox/clock', { advanceMinutes: 90 });
  const r = await s.repo('PATCH', `/v1?caseId=${e.caseId}`, { status: 'IN_PROGRESS', statusDescription: 'Assigned to second line' });
  assert.equal(r.status, 200);
  assert.deepEqual({ ...r.body, updateDate: 0 }, { ...e, status: 'IN_PROGRESS', statusDescription: 'Assigned to second line', updateDate: 0 });
  assert.ok(r.body.updateDate > e.updateDate, `${r.body.updateDate} > ${e.updateDate}`);
  assert.match(r.body.updateDate, LOCAL_DATE_RE);
  assert.deepEqual((await s.repo('GET', `/v1?caseId=${e.caseId}`)).body, r.body);

  // null clears the optional fields; the same values again are no change at all
  await s.control('POST', '/_sandbox/clock', { advanceMinutes: 5 });
  const cleared = (await s.repo('PATCH', `/v1?caseId=${e.caseId}`, { statusDescription: null, businessKey: null })).body;
  assert.deepEqual([cleared.statusDescription, cleared.businessKey], [null, null]);
  // clientId is optional too: null clears it, and a later update gives it again
  const other = await create({ businessKey: uniqueKey() });
  const noClient = (await s.repo('PATCH', `/v1?caseId=${other.caseId}`, { clientId: null })).body;
  assert.equal(noClient.clientId, null);
  assert.equal((await s.repo('PATCH', `/v1?caseId=${other.caseId}`, { clientId: '5252344078' })).body.clientId, '5252344078');
  const otherHistory = (await s.repo('GET', `/v1/history?caseId=${other.caseId}`)).body.entries;
  assert.deepEqual(otherHistory.slice(1).map((x) => x.changes.clientId), [{ from: MINIMAL.clientId, to: null }, { from: null, to: '5252344078' }]);
  await s.control('POST', '/_sandbox/clock', { advanceMinutes: 5 });
  const same = await s.repo('PATCH', `/v1?caseId=${e.caseId}`, { status: 'IN_PROGRESS', statusDescription: null });
  assert.equal(same.status, 200);
  assert.deepEqual(same.body, cleared, 'no-op: updateDate unchanged');

  const h = (await s.repo('GET', `/v1/history?caseId=${e.caseId}`)).body;
  assert.equal(h.caseId, e.caseId);
  assert.deepEqual(h.entries.map((x) => x.action), ['CREATED', 'UPDATED', 'UPDATED']);
  assert.deepEqual(h.entries[0], {
    time: e.creationDate, action: 'CREATED', user: 'demo-publisher', source: 'eximee',
    changes: {
      caseType: { from: null, to: MINIMAL.caseType }, clientId: { from: null, to: MINIMAL.clientId },
      clientType: { from: null, to: 'PESEL' }, status: { from: null, to: 'OPEN' },
      statusDescription: { from: null, to: 'Registered' }, businessKey: { from: null, to: e.businessKey }, source: { from: null, to: 'eximee' },
    },
  });
  assert.deepEqual(h.entries[1], {
    time: r.body.updateDate, action: 'UPDATED', user: 'demo-publisher', source: 'eximee',
    changes: { status: { from: 'OPEN', to: 'IN_PROGRESS' }, statusDescription: { from: 'Registered', to: 'Assigned to second line' } },
  });
  assert.deepEqual(h.entries[2].changes, { statusDescription: { from: 'Assigned to second line', to: null }, businessKey: { from: e.businessKey, to: null } });
  assert.equal(h.entries[2].time, cleared.updateDate);
});

test('PATCH /v1 validation: no fields, unknown or server-set fields, nulls of required fields, types, limits', async () => {
  const e = await create();
  const patch = (body) => s.repo('PATCH', `/v1?caseId=${e.caseId}`, body);
  assertError(await patch({}), 400, 'VALIDATION_ERROR');
  assertError(await patch({ colour: 'red' }), 400, 'VALIDATION_ERROR', 'colour');
  assertError(await patch({ status: 'X', caseId: e.caseId }), 400, 'VALIDATION_ERROR', 'caseId');
  assertError(await patch({ updateDate: '2025-01-10T15:00:00' }), 400, 'VALIDATION_ERROR', 'updateDate');
  assertError(await patch({ creationDate: '2025-01-10T15:00:00' }), 400, 'VALIDATION_ERROR', 'creationDate');
  for (const field of ['caseType', 'clientType', 'status', 'source']) {
    assertError(await patch({ [field]: null }), 400, 'VALIDATION_ERROR', field);
    assertError(await patch({ [field]: '' }), 400, 'VALIDATION_ERROR', field);
  }
  for (const field of ['clientId', 'businessKey']) assertError(await patch({ [field]: '' }), 400, 'VALIDATION_ERROR', field);
  assertError(await patch({ status: 7 }), 400, 'VALIDATION_ERROR', 'status');
  assertError(await patch({ statusDescription: 'x'.repeat(1001) }), 400, 'VALIDATION_ERROR', 'statusDescription');
  assertError(await patch([]), 400, 'INVALID_JSON');
  assert.deepEqual((await s.repo('GET', `/v1?caseId=${e.caseId}`)).body, e, 'refused updates changed nothing');
  assert.equal((await s.repo('GET', `/v1/history?caseId=${e.caseId}`)).body.entries.length, 1);
});

test('DELETE /v1 removes the entry and its history for good', async () => {
  const key = uniqueKey();
  const e = await create({ businessKey: key, source: 'portal' });
  await s.repo('PATCH', `/v1?caseId=${e.caseId}`, { status: 'COMPLETED' });
  assert.equal((await search({ businessKey: key })).page.totalElements, 1);
  const r = await s.repo('DELETE', `/v1?caseId=${e.caseId}`);
  assert.equal(r.status, 204);
  assert.equal(r.body, '');
  assertError(await s.repo('GET', `/v1?caseId=${e.caseId}`), 404, 'CASE_NOT_FOUND');
  assertError(await s.repo('GET', `/v1/history?caseId=${e.caseId}`), 404, 'CASE_NOT_FOUND');
  assertError(await s.repo('PATCH', `/v1?caseId=${e.caseId}`, { status: 'OPEN' }), 404, 'CASE_NOT_FOUND');
  assertError(await s.repo('DELETE', `/v1?caseId=${e.caseId}`), 404, 'CASE_NOT_FOUND');
  const found = await search({ businessKey: key, size: 200 });
  assert.deepEqual(found.content, []);
  assert.equal(found.page.totalElements, 0);
  assert.ok(!(await search({ size: 200 })).content.some((x) => x.caseId === e.caseId));
});

test('authentication: none or wrong is 401 with WWW-Authenticate; the viewer reads but may not write (403)', async () => {
  const e = await create({ businessKey: uniqueKey() });
  const calls = [
    ['GET', `/v1?caseId=${e.caseId}`], ['POST', '/v1', MINIMAL], ['PATCH', `/v1?caseId=${e.caseId}`, { status: 'X' }],
    ['DELETE', `/v1?caseId=${e.caseId}`], ['POST', '/v1/search', {}], ['GET', `/v1/history?caseId=${e.caseId}`], ['GET', '/v2/nothing'],
  ];
  const wrong = [null, ['demo-publisher', 'wrong'], ['nobody', 'demo-password'], ['demo-viewer', 'demo-password'], ['demo-publisher', '']];
  for (const [method, p, body] of calls) {
    for (const auth of wrong) {
      const r = await s.repo(method, p, body, { auth });
      assertError(r, 401, 'UNAUTHORIZED');
      assert.equal(r.headers.get('www-authenticate'), 'Basic realm="case-repository", charset="UTF-8"');
    }
    for (const authorization of ['Bearer abc', 'Basic', 'Basic !!!', `Basic ${Buffer.from('demo-publisher').toString('base64')}`]) {
      assertError(await s.repo(method, p, body, { auth: null, headers: { authorization } }), 401, 'UNAUTHORIZED');
    }
  }
  // the viewer
  assert.deepEqual((await s.repo('GET', `/v1?caseId=${e.caseId}`, undefined, { auth: VIEWER })).body, e);
  assert.equal((await s.repo('POST', '/v1/search', { businessKey: e.businessKey }, { auth: VIEWER })).body.page.totalElements, 1);
  assert.equal((await s.repo('GET', `/v1/history?caseId=${e.caseId}`, undefined, { auth: VIEWER })).status, 200);
  assertError(await s.repo('POST', '/v1', MINIMAL, { auth: VIEWER }), 403, 'FORBIDDEN');
  assertError(await s.repo('PATCH', `/v1?caseId=${e.caseId}`, { status: 'X' }, { auth: VIEWER }), 403, 'FORBIDDEN');
  assertError(await s.repo('DELETE', `/v1?caseId=${e.caseId}`, undefined, { auth: VIEWER }), 403, 'FORBIDDEN');
  assert.deepEqual((await s.repo('GET', `/v1?caseId=${e.caseId}`, undefined, { auth: PUBLISHER })).body, e, 'nothing changed');
  // the password is case-sensitive; the header scheme is not
  assertError(await s.repo('GET', `/v1?caseId=${e.caseId}`, undefined, { auth: ['demo-publisher', 'DEMO-PASSWORD'] }), 401, 'UNAUTHORIZED');
  const lower = `basic ${Buffer.from('demo-viewer:viewer-password').toString('base64')}`;
  assert.equal((await s.repo('GET', `/v1?caseId=${e.caseId}`, undefined, { auth: null, headers: { authorization: lower } })).status, 200);
});

test('routes: unknown paths are 404, wrong methods 405 with Allow', async () => {
  for (const p of ['', '/', '/v2', '/v1/statuses', '/api/case-repository/v1', '/v1/search/x']) {
    assertError(await s.repo('GET', p), 404, 'NOT_FOUND');
  }
  const checks = [['PUT', '/v1', 'GET, POST, PATCH, DELETE'], ['GET', '/v1/search', 'POST'], ['DELETE', '/v1/search', 'POST'], ['POST', '/v1/history', 'GET'], ['OPTIONS', '/v1', 'GET, POST, PATCH, DELETE']];
  for (const [method, p, allow] of checks) {
    const r = await s.repo(method, p);
    assertError(r, 405, 'METHOD_NOT_ALLOWED');
    assert.equal(r.headers.get('allow'), allow);
  }
});

test('faults apply to /case-repository: an http fault, and one that processes the write first', async () => {
  let r = await s.control('POST', '/_sandbox/faults', { kind: 'http', status: 503, path: '/case-repository' });
  assert.equal(r.status, 201);
  r = await s.repo('POST', '/v1/search', {});
  assert.equal(r.status, 503);
  assert.match(r.headers.get('content-type'), /^text\/plain/);
  assert.equal((await s.repo('POST', '/v1/search', {})).status, 200, 'count exhausted');

  // "the server did it, the answer was lost": the console must look the key up before retrying
  const key = uniqueKey();
  await s.control('POST', '/_sandbox/faults', { kind: 'http', status: 502, process: true, path: '/case-repository' });
  r = await s.repo('POST', '/v1', { ...MINIMAL, businessKey: key, source: 'case-console' });
  assert.equal(r.status, 502);
  const found = await search({ businessKey: key, source: 'case-console' });
  assert.equal(found.page.totalElements, 1);
  assertError(await s.repo('POST', '/v1', { ...MINIMAL, businessKey: key, source: 'case-console' }), 409, 'DUPLICATE_BUSINESS_KEY');

  await s.control('POST', '/_sandbox/faults', { kind: 'rate-limit', retryAfter: 3, path: '/case-repository' });
  r = await s.repo('GET', `/v1?caseId=${found.content[0].caseId}`);
  assert.equal(r.status, 429);
  assert.equal(r.headers.get('retry-after'), '3');
  // a /graphql fault leaves the Case Repository alone
  await s.control('POST', '/_sandbox/faults', { kind: 'http', path: '/graphql' });
  assert.equal((await s.repo('GET', `/v1?caseId=${found.content[0].caseId}`)).status, 200);
  await s.control('DELETE', '/_sandbox/faults');
  const state = (await s.control('GET', '/_sandbox/state')).body;
  assert.ok(state.requests.byRoute['/case-repository'] > 10);
});
