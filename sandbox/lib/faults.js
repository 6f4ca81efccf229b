'use strict';
// Fault injection for the next N matching requests (configured through /_sandbox/faults).

const KINDS = ['latency', 'http', 'rate-limit', 'drop', 'truncate', 'close', 'expire-token'];
const PATHS = ['/graphql', '/oauth2/token', '/case-repository'];
const HTTP_STATUSES = [500, 502, 503, 504];

class FaultError extends Error {}

class Faults {
  constructor() {
    this.list = [];
    this.nextId = 1;
    this.injected = 0;
  }

  clear() {
    const n = this.list.length;
    this.list = [];
    return n;
  }

  /** Validates and queues a fault; throws FaultError with a message for the client. */
  add(spec) {
    if (!spec || typeof spec !== 'object') throw new FaultError('Body must be a JSON object.');
    const { kind } = spec;
    if (!KINDS.includes(kind)) throw new FaultError(`kind must be one of ${KINDS.join(', ')}.`);
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new FaultError('count must be a positive integer.');
    if (spec.path != null && !PATHS.includes(spec.path)) throw new FaultError(`path must be one of ${PATHS.join(', ')} or omitted.`);
    if (spec.operation != null && (typeof spec.operation !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(spec.operation))) {
      throw new FaultError('operation must be a GraphQL operation name, "query" or "mutation", or omitted.');
    }
    const fault = { id: `F${this.nextId++}`, kind, count, remaining: count, path: spec.path ?? null };
    if (spec.operation != null) fault.operation = spec.operation;
    if (kind === 'latency') {
      const ms = spec.ms ?? 1000;
      if (!Number.isInteger(ms) || ms < 0 || ms > 600000) throw new FaultError('ms must be an integer from 0 to 600000.');
      fault.ms = ms;
    }
    if (kind === 'http') {
      const status = spec.status ?? 500;
      if (!HTTP_STATUSES.includes(status)) throw new FaultError(`status must be one of ${HTTP_STATUSES.join(', ')}.`);
      fault.status = status;
      fault.process = Boolean(spec.process);
    }
    if (kind === 'rate-limit') {
      const retryAfter = spec.retryAfter ?? 1;
      if (!Number.isInteger(retryAfter) || retryAfter < 0) throw new FaultError('retryAfter must be a non-negative integer (seconds).');
      fault.retryAfter = retryAfter;
    }
    this.list.push(fault);
    return fault;
  }

  /**
   * Takes the first queued fault matching the request path (one fault per request) and, for a
   * fault with `operation`, the GraphQL request's operation (see operationOf()).
   */
  take(route, operation = null) {
    const matches = (f) => f.operation === undefined || (operation !== null
      && (f.operation === operation.name || f.operation === operation.kind));
    const i = this.list.findIndex((f) => f.remaining > 0 && (f.path === null || f.path === route) && matches(f));
    if (i < 0) return null;
    const f = this.list[i];
    f.remaining -= 1;
    if (f.remaining === 0) this.list.splice(i, 1);
    this.injected += 1;
    return f;
  }
}

/**
 * The operation a GraphQL request body names: {kind: "query"|"mutation", name} from its
 * operationName (or the document's first operation name) and the document's first keyword;
 * null when the body is not a GraphQL request.
 */
function operationOf(body) {
  let request;
  try {
    request = JSON.parse(body);
  } catch {
    return null;
  }
  if (!request || typeof request.query !== 'string') return null;
  const first = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription)?\s*([A-Za-z_][A-Za-z0-9_]*)?/.exec(request.query);
  const kind = (first && first[1]) || 'query';
  const name = typeof request.operationName === 'string' ? request.operationName : (first && first[2]) || null;
  return { kind, name };
}

function statusText(status) {
  return { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' }[status];
}

/** The response an http fault answers with (a gateway-style plain text page). */
function httpFaultResponse(fault) {
  return {
    status: fault.status,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: `${fault.status} ${statusText(fault.status)} (sandbox fault ${fault.id})\n`,
  };
}

function rateLimitResponse(fault) {
  return {
    status: 429,
    headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(fault.retryAfter) },
    body: JSON.stringify({ code: 'RATE_LIMITED', message: `Too many requests; retry after ${fault.retryAfter} s.` }),
  };
}

module.exports = {
  operationOf, Faults, FaultError, KINDS, PATHS, httpFaultResponse, rateLimitResponse };
