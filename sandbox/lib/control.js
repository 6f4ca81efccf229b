'use strict';
// /_sandbox/* : the control API for tests and demos (only with --control). JSON in and out, no auth.
// Statuses and communication types are answered in the active words (--words); status changes
// accept the active and the canonical words.
const { SandboxError } = require('./store');
const { FaultError } = require('./faults');
const { formatInstant } = require('./dates');
const { ORIGINS } = require('./data');

const MAX_ADVANCE_MINUTES = 10 * 366 * 1440; // ten years per call

const json = (status, value, headers = {}) => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify(value),
});
const fail = (status, code, message) => json(status, { code, message });

const ENDPOINTS = [
  'POST /_sandbox/reset',
  'GET /_sandbox/clock',
  'POST /_sandbox/clock {"advanceMinutes":N}',
  'POST /_sandbox/cases {"type","subject","serviceId","message","priority"?,"sentBy"?,"customerReference"?}',
  'POST /_sandbox/cases/{id}/reply {"message","sentBy"?}',
  'POST /_sandbox/cases/{id}/status {"status","message"?}',
  'GET /_sandbox/faults',
  'POST /_sandbox/faults {"kind","count"?,"path"?,"operation"?,"ms"?,"status"?,"retryAfter"?,"process"?}',
  'DELETE /_sandbox/faults',
  'DELETE /_sandbox/tokens',
  'GET /_sandbox/state',
  'GET /_sandbox/activity',
  'POST /_sandbox/activity/step',
  'POST /_sandbox/validate {"query"}',
];

function clockView(app) {
  return {
    now: formatInstant({ ms: app.clock.nowMs(), sub: 0 }, 0),
    advancedMinutes: app.clock.advancedMs / 60000,
  };
}

function parseBody(body) {
  if (!body || !body.trim()) return {};
  const v = JSON.parse(body);
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new SyntaxError('not an object');
  return v;
}

/** An activity event as answered: its statuses in the active words. */
function eventView(words, e) {
  if (e.kind !== 'status') return e;
  return { ...e, previousStatus: words.status(e.previousStatus), status: words.status(e.status) };
}

function fromSandboxError(err) {
  const status = err.code === 'CASE_NOT_FOUND' || err.code === 'SERVICE_NOT_FOUND' ? 404 : 400;
  return fail(status, err.code, err.message);
}

/** The store's counts with byStatus in the active words. */
function counts(app) {
  const c = app.store.counts();
  return { ...c, byStatus: app.words.byStatus(c.byStatus) };
}

/** Handles one control request; `app` gives access to the store, clock, tokens, faults, activity. */
function handleControl(app, { method, pathname, body }) {
  let input;
  try {
    input = method === 'POST' ? parseBody(body) : {};
  } catch {
    return fail(400, 'INVALID_JSON', 'The body must be a JSON object.');
  }
  const route = pathname.replace(/\/+$/, '') || '/';
  const { words } = app;
  const allow = (methods) => fail(405, 'METHOD_NOT_ALLOWED', `Use ${methods}.`);
  let m;

  try {
    if (route === '/_sandbox') return json(200, { endpoints: ENDPOINTS });

    if (route === '/_sandbox/reset') {
      if (method !== 'POST') return allow('POST');
      app.reset();
      return json(200, { reset: true, ...counts(app), caseRepository: app.repository.counts(), clock: clockView(app) });
    }

    if (route === '/_sandbox/clock') {
      if (method === 'GET') return json(200, clockView(app));
      if (method !== 'POST') return allow('GET, POST');
      const n = input.advanceMinutes;
      if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > MAX_ADVANCE_MINUTES) {
        return fail(400, 'INVALID_ARGUMENT', `advanceMinutes must be a number from 0 to ${MAX_ADVANCE_MINUTES} (the clock only moves forward).`);
      }
      app.clock.advanceMinutes(n);
      return json(200, clockView(app));
    }

    if (route === '/_sandbox/cases') {
      if (method !== 'POST') return allow('POST');
      if (input.origin != null && !ORIGINS.includes(input.origin)) {
        return fail(400, 'INVALID_ARGUMENT', `origin must be one of ${ORIGINS.join(', ')}.`);
      }
      const args = { ...input };
      if (args.type === 'Incident' && !('startOfIncident' in args)) args.startOfIncident = formatInstant({ ms: app.clock.nowMs(), sub: 0 });
      const c = app.store.createCase(args, { origin: input.origin || 'Proactive', fromProvider: true });
      return json(201, { id: c.id, status: words.status(c.status), origin: c.origin, createdDate: c.createdDate, lastModifiedDate: c.lastModifiedDate });
    }

    if ((m = /^\/_sandbox\/cases\/([^/]+)\/(reply|status)$/.exec(route))) {
      if (method !== 'POST') return allow('POST');
      const caseId = decodeURIComponent(m[1]);
      if (m[2] === 'reply') {
        const comm = app.store.reply(caseId, input.message, input.sentBy ?? 'Provider NOC', { side: 'provider' });
        const c = app.store.getCase(caseId);
        return json(200, { caseId, communication: words.communication(comm), lastModifiedDate: c.lastModifiedDate });
      }
      if (typeof input.status !== 'string') return fail(400, 'INVALID_ARGUMENT', 'status is required.');
      const canonical = words.canonicalStatus(input.status);
      if (!canonical) {
        app.store.requireCase(caseId); // an unknown case is 404 before a bad status
        return fail(400, 'CASE_INVALID_STATUS', `Unknown status "${input.status}". Valid: ${words.statusList().join(', ')}.`);
      }
      const { previous, status, case: c } = app.store.setStatus(caseId, canonical, input.message);
      return json(200, { caseId, previousStatus: words.status(previous), status: words.status(status), lastModifiedDate: c.lastModifiedDate });
    }

    if (route === '/_sandbox/faults') {
      if (method === 'GET') return json(200, { faults: app.faults.list, injected: app.faults.injected });
      if (method === 'DELETE') return json(200, { cleared: app.faults.clear() });
      if (method !== 'POST') return allow('GET, POST, DELETE');
      return json(201, app.faults.add(input));
    }

    if (route === '/_sandbox/tokens') {
      if (method !== 'DELETE') return allow('DELETE');
      const n = app.tokens.tokens.size;
      app.tokens.clear();
      return json(200, { revoked: n });
    }

    if (route === '/_sandbox/state') {
      if (method !== 'GET') return allow('GET');
      return json(200, {
        ...counts(app),
        caseRepository: app.repository.counts(),
        tokens: app.tokens.tokens.size,
        faults: app.faults.list,
        faultsInjected: app.faults.injected,
        requests: app.stats,
        clock: clockView(app),
        activity: { meanSeconds: app.activity.meanSeconds, events: app.activity.events.length },
        options: app.publicOptions,
      });
    }

    if (route === '/_sandbox/activity') {
      if (method !== 'GET') return allow('GET');
      return json(200, { meanSeconds: app.activity.meanSeconds, events: app.activity.events.map((e) => eventView(words, e)) });
    }

    if (route === '/_sandbox/activity/step') {
      if (method !== 'POST') return allow('POST');
      return json(200, eventView(words, app.activity.step()));
    }

    if (route === '/_sandbox/validate') {
      if (method !== 'POST') return allow('POST');
      if (typeof input.query !== 'string' || input.query.trim() === '') {
        return fail(400, 'INVALID_ARGUMENT', 'query must be a non-empty string (the GraphQL document).');
      }
      return json(200, app.graphql.validateDocument(input.query));
    }
  } catch (err) {
    if (err instanceof SandboxError) return fromSandboxError(err);
    if (err instanceof FaultError) return fail(400, 'INVALID_FAULT', err.message);
    throw err;
  }
  return fail(404, 'NOT_FOUND', `No control endpoint ${method} ${route}.`);
}

module.exports = { handleControl, ENDPOINTS };
