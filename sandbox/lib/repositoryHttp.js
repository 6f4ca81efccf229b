'use strict';
// /case-repository/*: the Case Repository REST API (HTTP Basic authentication, JSON in and out).
// Checks, in order: authentication (401), route (404), method (405), write permission (403),
// query parameters (400), Content-Type (415), JSON body (400), validation (400), caseId (404),
// business key uniqueness (409).
const crypto = require('node:crypto');
const { RepositoryError, checkCaseId } = require('./repository');

const PREFIX = '/case-repository';
const REALM = 'case-repository';
const USERS = [
  { username: 'demo-publisher', password: 'demo-password', write: true },
  { username: 'demo-viewer', password: 'viewer-password', write: false },
];

/** route -> { method: { write, query: [allowed query parameters], body: bool, run } } */
const ROUTES = {
  '/v1': {
    GET: { write: false, query: ['caseId'], body: false, run: (repo, { caseId }) => [200, repo.get(caseId)] },
    POST: { write: true, query: [], body: true, run: (repo, { input, user }) => [200, repo.create(input, user)] },
    PATCH: { write: true, query: ['caseId'], body: true, run: (repo, { caseId, input, user }) => [200, repo.update(caseId, input, user)] },
    DELETE: { write: true, query: ['caseId'], body: false, run: (repo, { caseId }) => { repo.delete(caseId); return [204, null]; } },
  },
  '/v1/search': {
    POST: { write: false, query: [], body: true, run: (repo, { input }) => [200, repo.search(input)] },
  },
  '/v1/history': {
    GET: { write: false, query: ['caseId'], body: false, run: (repo, { caseId }) => [200, repo.history(caseId)] },
  },
};

const json = (status, value, headers = {}) => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: value === null ? '' : JSON.stringify(value),
});
const fail = (status, code, message, extra = {}, headers = {}) => json(status, { code, message, ...extra }, headers);

function safeEqual(a, b) {
  const ba = Buffer.from(String(a));
  const bb = Buffer.from(String(b));
  return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}

/** The user of a `Authorization: Basic …` header, or null. */
function authenticate(header) {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header || '');
  if (!m) return null;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  let found = null;
  for (const u of USERS) if (safeEqual(u.username, username) && safeEqual(u.password, password)) found = u;
  return found;
}

function isJson(contentType) {
  const [type, ...params] = String(contentType || '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || p.replace(/"/g, '') === 'charset=utf-8');
}

/** Handles one request below /case-repository; returns { status, headers, body }. */
function handleRepository(repo, { method, url, headers, body }) {
  const user = authenticate(headers.authorization);
  if (!user) {
    return fail(401, 'UNAUTHORIZED', 'HTTP Basic authentication with a valid user is required.', {},
      { 'www-authenticate': `Basic realm="${REALM}", charset="UTF-8"` });
  }
  const route = url.pathname.slice(PREFIX.length).replace(/\/$/, '');
  const methods = ROUTES[route];
  if (!methods) return fail(404, 'NOT_FOUND', `No Case Repository endpoint ${url.pathname}.`);
  const op = methods[method];
  if (!op) {
    const allow = Object.keys(methods).join(', ');
    return fail(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${url.pathname}; use ${allow}.`, {}, { allow });
  }
  if (op.write && !user.write) {
    return fail(403, 'FORBIDDEN', `The user "${user.username}" may only read the Case Repository.`);
  }
  try {
    const args = { user: user.username };
    for (const key of new Set(url.searchParams.keys())) {
      if (!op.query.includes(key)) throw new RepositoryError(400, 'VALIDATION_ERROR', `Unknown query parameter "${key}".`, { field: key });
      if (url.searchParams.getAll(key).length > 1) throw new RepositoryError(400, 'VALIDATION_ERROR', `The query parameter "${key}" is repeated.`, { field: key });
    }
    if (op.query.includes('caseId')) args.caseId = checkCaseId(url.searchParams.get('caseId'));
    if (op.body) {
      if (!isJson(headers['content-type'])) {
        return fail(415, 'UNSUPPORTED_MEDIA_TYPE', 'The body must be JSON: send Content-Type: application/json (UTF-8).');
      }
      try {
        args.input = JSON.parse(body);
      } catch {
        throw new RepositoryError(400, 'INVALID_JSON', 'The body is not valid JSON.');
      }
    }
    const [status, value] = op.run(repo, args);
    return json(status, value);
  } catch (err) {
    if (err instanceof RepositoryError) {
      const extra = {};
      for (const [k, v] of Object.entries(err.extra)) if (v !== null && v !== undefined) extra[k] = v;
      return fail(err.status, err.code, err.message, extra);
    }
    throw err;
  }
}

module.exports = { handleRepository, USERS, REALM, PREFIX };
