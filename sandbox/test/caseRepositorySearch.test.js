'use strict';
// POST /case-repository/v1/search: filters (AND), date range, pagination, sort, validation.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startServer, VIEWER } = require('./helpers');

let s;
let all; // every entry created below, as the server answered
test.before(async () => {
  s = await startServer(['--seed', 'empty', '--now', '2025-01-10T08:00:00Z']);
  all = [];
  const types = ['PESEL', 'NIP', 'REGON'];
  const statuses = ['OPEN', 'IN_PROGRESS', 'COMPLETED'];
  const caseTypes = ['NetworkIncident', 'ServiceRequest', 'ComplaintCase', 'ContractChange'];
  const sources = ['eximee', 'crm', 'portal'];
  for (let i = 0; i < 45; i++) {
    // three entries per sandbox minute: equal updateDates happen, and the tie-break shows
    if (i % 3 === 0) await s.control('POST', '/_sandbox/clock', { advanceMinutes: 1 });
    const body = {
      caseType: caseTypes[i % 4], clientId: `C${i % 5}`, clientType: types[i % 3], status: statuses[i % 3 === 0 ? 0 : (i % 7) % 3],
      source: sources[i % 3],
    };
    body.businessKey = i % 4 !== 0 ? `K-${String(i).padStart(3, '0')}` : null;
    const r = await s.repo('POST', '/v1', body);
    assert.equal(r.status, 200);
    all.push(r.body);
  }
});
test.after(() => s.stop());

const search = async (body, opts) => {
  const r = await s.repo('POST', '/v1/search', body, opts);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
};
const ids = (list) => list.map((e) => e.caseId);
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The documented order: the sort keys, nulls last in either direction, then caseId ascending. */
function sorted(list, keys) {
  return list.slice().sort((a, b) => {
    for (const [field, dir] of keys) {
      if (a[field] === b[field]) continue;
      if (a[field] === null) return 1;
      if (b[field] === null) return -1;
      return dir === 'desc' ? -cmp(a[field], b[field]) : cmp(a[field], b[field]);
    }
    return cmp(a.caseId, b.caseId);
  });
}

test('defaults: page 0, size 20, newest update first, ties by caseId; page metadata', async () => {
  const r = await search({});
  assert.deepEqual(Object.keys(r), ['content', 'page']);
  assert.deepEqual(r.page, { size: 20, number: 0, totalElements: 45, totalPages: 3 });
  const expected = sorted(all, [['updateDate', 'desc']]);
  assert.deepEqual(r.content, expected.slice(0, 20));
  assert.ok(new Set(all.map((e) => e.updateDate)).size < all.length, 'the data has equal updateDates');
  // the viewer may search
  assert.deepEqual((await search({}, { auth: VIEWER })).content, r.content);
});

test('pagination: last page, empty page past the end, size 1 and 200, pages add up to the whole', async () => {
  const expected = ids(sorted(all, [['updateDate', 'desc']]));
  const last = await search({ page: 2 });
  assert.deepEqual(last.page, { size: 20, number: 2, totalElements: 45, totalPages: 3 });
  assert.deepEqual(ids(last.content), expected.slice(40));
  const past = await search({ page: 3 });
  assert.deepEqual(past.content, []);
  assert.deepEqual(past.page, { size: 20, number: 3, totalElements: 45, totalPages: 3 });
  assert.deepEqual((await search({ page: 9999999 })).content, []);
  const one = await search({ size: 1, page: 44 });
  assert.deepEqual(one.page, { size: 1, number: 44, totalElements: 45, totalPages: 45 });
  assert.deepEqual(ids(one.content), [expected[44]]);
  const max = await search({ size: 200 });
  assert.deepEqual(max.page, { size: 200, number: 0, totalElements: 45, totalPages: 1 });
  assert.deepEqual(ids(max.content), expected);
  const pages = [];
  for (let p = 0; p < 7; p++) pages.push(...ids((await search({ size: 7, page: p })).content));
  assert.deepEqual(pages, expected, 'no gaps, no duplicates');
  const none = await search({ clientId: 'nobody' });
  assert.deepEqual(none, { content: [], page: { size: 20, number: 0, totalElements: 0, totalPages: 0 } });
});

test('filters are exact and combine with AND', async () => {
  const combos = [
    { clientType: 'PESEL' },
    { clientType: 'PESEL', status: 'OPEN' },
    { clientId: 'C1', caseType: 'ServiceRequest' },
    { source: 'crm', clientType: 'NIP', status: 'IN_PROGRESS' },
    { businessKey: 'K-007' },
    { businessKey: 'K-007', source: 'eximee' },
    { caseType: 'ContractChange', clientId: 'C3', clientType: 'REGON', status: 'COMPLETED', source: 'eximee' },
  ];
  for (const filters of combos) {
    const expected = sorted(all.filter((e) => Object.entries(filters).every(([k, v]) => e[k] === v)), [['updateDate', 'desc']]);
    const r = await search({ ...filters, size: 200 });
    assert.deepEqual(ids(r.content), ids(expected), JSON.stringify(filters));
    assert.equal(r.page.totalElements, expected.length);
  }
  assert.equal((await search({ businessKey: 'K-007' })).page.totalElements, 1);
  assert.equal((await search({ businessKey: 'k-007' })).page.totalElements, 0, 'case-sensitive');
  assert.equal((await search({ businessKey: 'K-00' })).page.totalElements, 0, 'no substring match');
  assert.equal((await search({ status: 'OPEN', clientType: 'PESEL', source: 'portal', clientId: 'C1' })).page.totalElements,
    all.filter((e) => e.status === 'OPEN' && e.clientType === 'PESEL' && e.source === 'portal' && e.clientId === 'C1').length);
  // null means "no filter"
  assert.equal((await search({ status: null, businessKey: null })).page.totalElements, 45);
});

test('updatedFrom / updatedTo: local date-times, both ends inclusive, AND with the other filters', async () => {
  const dates = [...new Set(all.map((e) => e.updateDate))].sort();
  const from = dates[3];
  const to = dates[8];
  const inRange = (e) => e.updateDate >= from && e.updateDate <= to;
  let r = await search({ updatedFrom: from, updatedTo: to, size: 200 });
  assert.deepEqual(ids(r.content), ids(sorted(all.filter(inRange), [['updateDate', 'desc']])));
  assert.ok(r.content.some((e) => e.updateDate === from) && r.content.some((e) => e.updateDate === to), 'inclusive');
  r = await search({ updatedFrom: from, size: 200 });
  assert.equal(r.page.totalElements, all.filter((e) => e.updateDate >= from).length);
  r = await search({ updatedTo: to, size: 200 });
  assert.equal(r.page.totalElements, all.filter((e) => e.updateDate <= to).length);
  r = await search({ updatedFrom: from, updatedTo: to, clientType: 'NIP', size: 200 });
  assert.equal(r.page.totalElements, all.filter((e) => inRange(e) && e.clientType === 'NIP').length);
  // minutes-only and fractional forms are accepted; a fraction makes a whole-second update fall outside
  assert.equal((await search({ updatedFrom: from.slice(0, 16) })).page.totalElements, all.filter((e) => e.updateDate >= from.slice(0, 16)).length);
  assert.equal((await search({ updatedFrom: `${to}.5`, updatedTo: `${to}.9` })).page.totalElements, 0);
  assert.equal((await search({ updatedFrom: to, updatedTo: to })).page.totalElements, all.filter((e) => e.updateDate === to).length);
});

test('sort: each allowed field both ways, several keys, nulls last, ties by caseId', async () => {
  for (const field of ['creationDate', 'updateDate', 'caseType', 'clientId', 'clientType', 'status', 'businessKey', 'source']) {
    for (const dir of ['asc', 'desc']) {
      const r = await search({ sort: `${field},${dir}`, size: 200 });
      assert.deepEqual(ids(r.content), ids(sorted(all, [[field, dir]])), `${field},${dir}`);
    }
  }
  assert.deepEqual(ids((await search({ sort: 'caseType', size: 200 })).content), ids(sorted(all, [['caseType', 'asc']])), 'asc by default');
  assert.deepEqual(ids((await search({ sort: 'status,DESC', size: 200 })).content), ids(sorted(all, [['status', 'desc']])), 'direction in any case');
  const multi = await search({ sort: ['clientType,asc', 'status,desc', 'updateDate,desc'], size: 200 });
  assert.deepEqual(ids(multi.content), ids(sorted(all, [['clientType', 'asc'], ['status', 'desc'], ['updateDate', 'desc']])));
  for (const dir of ['asc', 'desc']) {
    const r = (await search({ sort: `businessKey,${dir}`, size: 200 })).content;
    const firstNull = r.findIndex((e) => e.businessKey === null);
    assert.ok(firstNull > 0 && r.slice(firstNull).every((e) => e.businessKey === null), `nulls last (${dir})`);
  }
});

test('search validation: 400 naming the field', async () => {
  const bad = [
    [{ page: -1 }, 'page'], [{ page: 1.5 }, 'page'], [{ page: '1' }, 'page'], [{ page: null, size: 0 }, 'size'],
    [{ size: 0 }, 'size'], [{ size: 201 }, 'size'], [{ size: -5 }, 'size'], [{ size: 2.5 }, 'size'], [{ size: '20' }, 'size'],
    [{ sort: 'caseId,asc' }, 'sort'], [{ sort: 'statusDescription' }, 'sort'], [{ sort: 'updateDate,down' }, 'sort'],
    [{ sort: 'updateDate,desc,x' }, 'sort'], [{ sort: 5 }, 'sort'], [{ sort: [] }, 'sort'], [{ sort: ['status', 'source', 'caseType', 'clientId'] }, 'sort'],
    [{ sort: '' }, 'sort'],
    [{ status: 5 }, 'status'], [{ clientId: ['C1'] }, 'clientId'], [{ businessKey: '' }, 'businessKey'],
    [{ caseId: all[0].caseId }, 'caseId'], [{ statusDescription: 'x' }, 'statusDescription'], [{ pageSize: 10 }, 'pageSize'],
    [{ updatedFrom: '2025-01-10' }, 'updatedFrom'], [{ updatedFrom: '2025-01-10T08:00:00Z' }, 'updatedFrom'],
    [{ updatedTo: '2025-01-10T08:00:00+01:00' }, 'updatedTo'], [{ updatedTo: '2025-02-30T08:00:00' }, 'updatedTo'],
    [{ updatedTo: '2025-01-10 08:00:00' }, 'updatedTo'], [{ updatedFrom: 1736496000000 }, 'updatedFrom'],
    [{ updatedFrom: '2025-01-10T09:00:00', updatedTo: '2025-01-10T08:00:00' }, 'updatedTo'],
  ];
  for (const [body, field] of bad) {
    const r = await s.repo('POST', '/v1/search', body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.body.code, 'VALIDATION_ERROR');
    assert.equal(r.body.field, field, JSON.stringify(body));
  }
  assert.equal((await s.repo('POST', '/v1/search', [])).body.code, 'INVALID_JSON');
  assert.equal((await s.repo('POST', '/v1/search', undefined, { raw: '' })).body.code, 'INVALID_JSON');
});
