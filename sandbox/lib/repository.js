'use strict';
// The Case Repository: one current status entry per caseId plus the history of its changes.
// Validation, operations, search and persistence; the HTTP layer is lib/repositoryHttp.js.
const crypto = require('node:crypto');
const { seedRepository } = require('./repositoryData');

/** Editable fields, in the order they are validated and reported. */
const FIELDS = ['caseType', 'clientId', 'clientType', 'status', 'statusDescription', 'businessKey', 'source'];
// Eximee's published OpenAPI for POST /v1: these must be present and not null; businessKey
// must be present but may be null ("required, nullable"); clientId (and the rest) are optional.
const REQUIRED = ['caseType', 'clientType', 'status'];
const REQUIRED_KEYS = ['businessKey'];
// Fields an update may clear with null (the optional ones; source always has a value).
const CLEARABLE = ['clientId', 'statusDescription', 'businessKey'];
const READ_ONLY = ['caseId', 'creationDate', 'updateDate'];
const LIMITS = {
  caseType: 100, clientId: 64, clientType: 32, status: 64, statusDescription: 1000, businessKey: 128, source: 64,
};
const DEFAULT_SOURCE = 'eximee';
const FILTERS = ['clientId', 'clientType', 'caseType', 'status', 'businessKey', 'source'];
const SEARCH_KEYS = [...FILTERS, 'updatedFrom', 'updatedTo', 'page', 'size', 'sort'];
const SORT_FIELDS = ['creationDate', 'updateDate', 'caseType', 'clientId', 'clientType', 'status', 'businessKey', 'source'];
const DEFAULT_SORT = 'updateDate,desc';
const DEFAULT_SIZE = 20;
const MAX_SIZE = 200;
const MAX_SORT_KEYS = 3;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/** An error the HTTP layer turns into {"code","message"} (+ "field", "caseId") with `status`. */
class RepositoryError extends Error {
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

const invalid = (field, message) => new RepositoryError(400, 'VALIDATION_ERROR', message, { field });

/** 2025-01-10T14:00:00: a local date-time without zone, in UTC, whole seconds. */
function formatLocal(ms) {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
}

/** Milliseconds (UTC) of a local date-time `YYYY-MM-DDTHH:mm[:ss[.f…]]`, or null when invalid. */
function parseLocal(text) {
  if (typeof text !== 'string') return null;
  const m = LOCAL_DATE_TIME_RE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '0', frac = ''] = m;
  const date = new Date(Date.UTC(2000, +mo - 1, +d, +h, +mi, +s));
  date.setUTCFullYear(+y);
  if (date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d || date.getUTCHours() !== +h ||
      date.getUTCMinutes() !== +mi || date.getUTCSeconds() !== +s) return null;
  return date.getTime() + (frac ? Number(`0.${frac}`) * 1000 : 0);
}

const codePoints = (s) => {
  let n = 0;
  for (const _ of s) n += 1; // eslint-disable-line no-unused-vars
  return n;
};

/**
 * Checks one field value. `allowNull` is true where null means "absent" (create) or "clear"
 * (update of clientId/statusDescription/businessKey). Returns the value to store.
 */
function checkField(field, value, { allowNull }) {
  if (value === null) {
    if (allowNull) return null;
    throw invalid(field, `${field} must not be null.`);
  }
  if (typeof value !== 'string') throw invalid(field, `${field} must be a string.`);
  if (field !== 'statusDescription' && value.trim() === '') throw invalid(field, `${field} must not be blank.`);
  if (codePoints(value) > LIMITS[field]) throw invalid(field, `${field} must be at most ${LIMITS[field]} characters.`);
  return value;
}

function checkObject(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new RepositoryError(400, 'INVALID_JSON', 'The body must be a JSON object.');
  }
}

function checkKeys(body, allowed) {
  for (const key of Object.keys(body)) {
    if (READ_ONLY.includes(key)) throw invalid(key, `${key} is set by the server and cannot be sent.`);
    if (!allowed.includes(key)) throw invalid(key, `Unknown field "${key}".`);
  }
}

/** Validates a create body; returns the fields of the new entry. */
function validateCreate(body) {
  checkObject(body);
  checkKeys(body, FIELDS);
  const out = {};
  for (const field of FIELDS) {
    const required = REQUIRED.includes(field);
    if (required && (!(field in body) || body[field] === null)) throw invalid(field, `${field} is required.`);
    if (REQUIRED_KEYS.includes(field) && !(field in body)) {
      throw invalid(field, `${field} is required: send the key, with null when there is none.`);
    }
    out[field] = field in body ? checkField(field, body[field], { allowNull: !required }) : null;
  }
  if (out.source === null) out.source = DEFAULT_SOURCE;
  return out;
}

/** Validates an update body; returns only the fields it sends. */
function validateUpdate(body) {
  checkObject(body);
  checkKeys(body, FIELDS);
  const keys = FIELDS.filter((f) => f in body);
  if (keys.length === 0) throw invalid(null, `The body must contain at least one of ${FIELDS.join(', ')}.`);
  const out = {};
  for (const field of keys) {
    out[field] = checkField(field, body[field], { allowNull: CLEARABLE.includes(field) });
  }
  return out;
}

function parseSort(value) {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.length > MAX_SORT_KEYS) {
    throw invalid('sort', `sort must be a string "field[,asc|desc]" or an array of 1 to ${MAX_SORT_KEYS} of them.`);
  }
  return list.map((item) => {
    if (typeof item !== 'string') throw invalid('sort', 'sort must be a string "field[,asc|desc]" or an array of them.');
    const parts = item.split(',');
    const field = parts[0].trim();
    const dir = (parts[1] ?? 'asc').trim().toLowerCase();
    if (parts.length > 2 || !SORT_FIELDS.includes(field) || (dir !== 'asc' && dir !== 'desc')) {
      throw invalid('sort', `Invalid sort "${item}": use "field[,asc|desc]" with field one of ${SORT_FIELDS.join(', ')}.`);
    }
    return { field, desc: dir === 'desc' };
  });
}

/** Validates a search body; returns { filters, fromMs, toMs, page, size, sort }. */
function validateSearch(body) {
  checkObject(body);
  for (const key of Object.keys(body)) {
    if (!SEARCH_KEYS.includes(key)) throw invalid(key, `Unknown search field "${key}".`);
  }
  const filters = {};
  for (const f of FILTERS) {
    const v = body[f];
    if (v == null) continue;
    if (typeof v !== 'string') throw invalid(f, `${f} must be a string.`);
    if (v === '') throw invalid(f, `${f} must not be empty (leave it out to not filter on it).`);
    filters[f] = v;
  }
  const dates = {};
  for (const f of ['updatedFrom', 'updatedTo']) {
    const v = body[f];
    if (v == null) continue;
    const ms = parseLocal(v);
    if (ms === null) throw invalid(f, `${f} must be a local date-time without zone, e.g. 2025-01-10T14:00:00 (UTC).`);
    dates[f] = ms;
  }
  if (dates.updatedFrom !== undefined && dates.updatedTo !== undefined && dates.updatedFrom > dates.updatedTo) {
    throw invalid('updatedTo', 'updatedTo must not be earlier than updatedFrom.');
  }
  const page = body.page ?? 0;
  if (!Number.isSafeInteger(page) || page < 0) throw invalid('page', 'page must be an integer >= 0.');
  const size = body.size ?? DEFAULT_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_SIZE) throw invalid('size', `size must be an integer from 1 to ${MAX_SIZE}.`);
  const sort = parseSort(body.sort ?? DEFAULT_SORT);
  return { filters, fromMs: dates.updatedFrom, toMs: dates.updatedTo, page, size, sort };
}

/** Checks a caseId query value; returns it in lower case. */
function checkCaseId(value) {
  if (value == null || value === '') throw invalid('caseId', 'The query parameter caseId is required.');
  if (!UUID_RE.test(value)) throw invalid('caseId', `caseId must be a UUID, not ${JSON.stringify(value)}.`);
  return value.toLowerCase();
}

function compareValues(a, b) {
  if (a === b) return 0;
  if (a === null) return 1; // nulls last, whatever the direction (see below)
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const bizKey = (businessKey, source) => `${source}\u0000${businessKey}`;

class CaseRepository {
  constructor({ clock, seed = 'demo', randomSeed = '1', providerCases = () => [] }) {
    this.clock = clock;
    this.seedOptions = { seed, randomSeed };
    this.providerCases = providerCases;
    this.reseed();
  }

  reseed() {
    this.load(seedRepository({
      ...this.seedOptions, nowMs: this.clock.seedAnchorMs(), providerCases: this.providerCases(),
    }));
  }

  /** state: { cases: [{ entry, history }] } in creation order. */
  load(state) {
    this.state = state;
    this.byId = new Map();
    this.byBusinessKey = new Map();
    for (const rec of state.cases) {
      this.byId.set(rec.entry.caseId, rec);
      if (rec.entry.businessKey !== null) this.byBusinessKey.set(bizKey(rec.entry.businessKey, rec.entry.source), rec);
    }
  }

  now() {
    return formatLocal(this.clock.nowMs());
  }

  require(caseId) {
    const rec = this.byId.get(caseId);
    if (!rec) throw new RepositoryError(404, 'CASE_NOT_FOUND', `No case status with caseId ${caseId}.`, { caseId });
    return rec;
  }

  checkUnique(businessKey, source, exceptId = null) {
    if (businessKey === null) return;
    const other = this.byBusinessKey.get(bizKey(businessKey, source));
    if (other && other.entry.caseId !== exceptId) {
      throw new RepositoryError(409, 'DUPLICATE_BUSINESS_KEY',
        `An entry with businessKey "${businessKey}" and source "${source}" already exists (caseId ${other.entry.caseId}).`,
        { field: 'businessKey', caseId: other.entry.caseId });
    }
  }

  get(caseId) {
    return { ...this.require(caseId).entry };
  }

  create(body, user) {
    const fields = validateCreate(body);
    this.checkUnique(fields.businessKey, fields.source);
    let caseId;
    do caseId = crypto.randomUUID(); while (this.byId.has(caseId));
    const now = this.now();
    const entry = { caseId, creationDate: now, updateDate: now, ...fields };
    const changes = {};
    for (const f of FIELDS) if (fields[f] !== null) changes[f] = { from: null, to: fields[f] };
    const rec = { entry, history: [{ time: now, action: 'CREATED', user, source: entry.source, changes }] };
    this.state.cases.push(rec);
    this.byId.set(caseId, rec);
    if (entry.businessKey !== null) this.byBusinessKey.set(bizKey(entry.businessKey, entry.source), rec);
    return { ...entry };
  }

  /** Applies the sent fields; values equal to the current ones are no change (no history entry). */
  update(caseId, body, user) {
    const fields = validateUpdate(body); // validation (400) before existence (404), as documented
    const rec = this.require(caseId);
    const { entry } = rec;
    const changes = {};
    for (const [f, v] of Object.entries(fields)) if (entry[f] !== v) changes[f] = { from: entry[f], to: v };
    if (Object.keys(changes).length === 0) return { ...entry };
    const businessKey = 'businessKey' in fields ? fields.businessKey : entry.businessKey;
    const source = 'source' in fields ? fields.source : entry.source;
    this.checkUnique(businessKey, source, caseId);
    if (entry.businessKey !== null) this.byBusinessKey.delete(bizKey(entry.businessKey, entry.source));
    Object.assign(entry, fields);
    if (entry.businessKey !== null) this.byBusinessKey.set(bizKey(entry.businessKey, entry.source), rec);
    entry.updateDate = this.now();
    rec.history.push({ time: entry.updateDate, action: 'UPDATED', user, source: entry.source, changes });
    return { ...entry };
  }

  delete(caseId) {
    const rec = this.require(caseId);
    this.byId.delete(caseId);
    if (rec.entry.businessKey !== null) this.byBusinessKey.delete(bizKey(rec.entry.businessKey, rec.entry.source));
    this.state.cases.splice(this.state.cases.indexOf(rec), 1);
  }

  history(caseId) {
    const rec = this.require(caseId);
    return { caseId, entries: rec.history.map((h) => ({ ...h, changes: { ...h.changes } })) };
  }

  search(body) {
    const { filters, fromMs, toMs, page, size, sort } = validateSearch(body);
    const keys = Object.entries(filters);
    const list = [];
    for (const { entry } of this.state.cases) {
      if (!keys.every(([f, v]) => entry[f] === v)) continue;
      if (fromMs !== undefined || toMs !== undefined) {
        const ms = Date.parse(`${entry.updateDate}Z`);
        if (fromMs !== undefined && ms < fromMs) continue;
        if (toMs !== undefined && ms > toMs) continue;
      }
      list.push(entry);
    }
    list.sort((a, b) => {
      for (const { field, desc } of sort) {
        const c = compareValues(a[field], b[field]);
        if (c !== 0) return (desc && a[field] !== null && b[field] !== null) ? -c : c;
      }
      return a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0;
    });
    const start = page * size;
    return {
      content: start < list.length ? list.slice(start, start + size).map((e) => ({ ...e })) : [],
      page: { size, number: page, totalElements: list.length, totalPages: Math.ceil(list.length / size) },
    };
  }

  counts() {
    const byStatus = {};
    for (const { entry } of this.state.cases) byStatus[entry.status] = (byStatus[entry.status] || 0) + 1;
    return { entries: this.state.cases.length, byStatus };
  }

  snapshot() {
    return this.state;
  }

  static validateSnapshot(s) {
    const ok = s && Array.isArray(s.cases) &&
      s.cases.every((r) => r && r.entry && typeof r.entry.caseId === 'string' && Array.isArray(r.history));
    if (!ok) throw new Error('not a Case Repository state');
    return s;
  }
}

module.exports = {
  CaseRepository, RepositoryError, checkCaseId, formatLocal, parseLocal, validateCreate,
  FIELDS, REQUIRED, REQUIRED_KEYS, CLEARABLE, LIMITS, FILTERS, SORT_FIELDS, DEFAULT_SORT, DEFAULT_SIZE, MAX_SIZE, DEFAULT_SOURCE,
};
