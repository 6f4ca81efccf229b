'use strict';
// The sandbox state (account, sites, services, cases), the operations on it, and persistence.
const fs = require('node:fs');
const path = require('node:path');
const { seedState, STATUSES } = require('./data');
const { formatInstant, parseIso, isoToInstant, compareInstants, MS_PER_MINUTE } = require('./dates');
const { Words } = require('./words');

const MAX_MESSAGE_LENGTH = 32000;
const MAX_REFERENCE_LENGTH = 255;

/** An error with a stable code; the GraphQL layer and the control API both map it. */
class SandboxError extends Error {
  constructor(code, message, extra = {}) {
    super(message);
    this.code = code;
    this.extra = extra;
  }
}

/**
 * How a reply to a Closed or Cancelled case is refused; the provider's article does not say, so
 * each valid answer can be chosen (--closed-reply): `code`, a field error CASE_CLOSED that says
 * why; `generic`, the provider's bare "An error has occurred" (HC0011), as its createCase answers
 * what it does not like; `false`, no error, replyToCase answers false (its type is Boolean).
 */
const CLOSED_REPLIES = ['code', 'generic', 'false'];

class Store {
  constructor({ matrix, clock, seed = 'demo', randomSeed = '1', words = new Words(), closedReply = 'code' }) {
    this.matrix = matrix;
    this.closedReply = closedReply;
    this.words = words; // only for the status words in error messages: the data stays canonical
    this.clock = clock;
    this.seedOptions = { seed, randomSeed };
    this.lmCache = new Map();
    this.listeners = new Set();
    this.reseed();
  }

  reseed() {
    this.load(seedState({ ...this.seedOptions, nowMs: this.clock.seedAnchorMs(), matrix: this.matrix }));
  }

  load(state) {
    this.state = state;
    this.siteById = new Map(state.sites.map((s) => [s.siteId, s]));
    this.serviceById = new Map(state.services.map((s) => [s.serviceId, s]));
    this.caseById = new Map(state.cases.map((c) => [c.id, c]));
    this.lmCache.clear();
  }

  onChange(fn) {
    this.listeners.add(fn);
  }

  changed(kind, c) {
    for (const fn of this.listeners) fn(kind, c);
  }

  // ---- reads ---------------------------------------------------------------------------------

  get account() {
    return this.state.account;
  }

  services(id) {
    return id == null ? this.state.services : this.state.services.filter((s) => s.serviceId === id);
  }

  sites(name) {
    if (name == null) return this.state.sites;
    const needle = name.toLowerCase();
    return this.state.sites.filter((s) => s.name.toLowerCase().includes(needle));
  }

  site(siteId) {
    return this.siteById.get(siteId) || null;
  }

  service(serviceId) {
    return this.serviceById.get(serviceId) || null;
  }

  getCase(id) {
    return this.caseById.get(id) || null;
  }

  lastModified(c) {
    let hit = this.lmCache.get(c.id);
    if (!hit || hit.iso !== c.lastModifiedDate) {
      hit = { iso: c.lastModifiedDate, instant: isoToInstant(c.lastModifiedDate) };
      this.lmCache.set(c.id, hit);
    }
    return hit.instant;
  }

  /** Cases filtered (AND) and sorted by lastModifiedDate, newest first. */
  cases({ id, serviceId, lastModifiedMinutes, customerReference } = {}) {
    let list = id != null ? [this.caseById.get(id)].filter(Boolean) : this.state.cases;
    if (serviceId != null) list = list.filter((c) => c.serviceId === serviceId);
    if (customerReference != null) list = list.filter((c) => c.customerReference === customerReference);
    if (lastModifiedMinutes) {
      const since = this.clock.nowMs() - lastModifiedMinutes * MS_PER_MINUTE;
      list = list.filter((c) => this.lastModified(c).ms >= since);
    }
    return list.slice().sort((a, b) => compareInstants(this.lastModified(b), this.lastModified(a)));
  }

  // ---- writes --------------------------------------------------------------------------------

  nowIso(c) {
    const site = c ? this.site(c.siteId) : null;
    return formatInstant(this.clock.stamp(), site ? site.offsetMinutes : 0);
  }

  nextCaseId() {
    let id;
    do {
      id = `CS-${String(this.state.nextCaseNumber++).padStart(7, '0')}`;
    } while (this.caseById.has(id));
    return id;
  }

  requireCase(caseId) {
    const c = this.caseById.get(caseId);
    if (!c) throw new SandboxError('CASE_NOT_FOUND', `Case "${caseId}" was not found.`, { caseId });
    return c;
  }

  static checkMessage(message, argument = 'message') {
    if (typeof message !== 'string' || message.trim() === '') {
      throw new SandboxError('INVALID_ARGUMENT', `The argument "${argument}" must not be empty.`, { argument });
    }
    if (message.length > MAX_MESSAGE_LENGTH) {
      throw new SandboxError('INVALID_ARGUMENT', `The argument "${argument}" is longer than ${MAX_MESSAGE_LENGTH} characters.`, { argument });
    }
  }

  static checkReference(ref) {
    if (typeof ref !== 'string' || ref.trim() === '' || ref.length > MAX_REFERENCE_LENGTH) {
      throw new SandboxError('INVALID_ARGUMENT', `The argument "customerReference" must be 1 to ${MAX_REFERENCE_LENGTH} characters.`, { argument: 'customerReference' });
    }
  }

  /**
   * Creates a case from createCase's arguments. `args` keeps GraphQL's distinction between an
   * absent argument (key missing) and an explicit null. Rules, in order: type, incident dates
   * present (HC0011), subject, priority, service, date formats, date order, message.
   */
  createCase(args, { origin = 'Api', fromProvider = false } = {}) {
    const typeDef = this.matrix.types.get(args.type);
    if (!typeDef) {
      throw new SandboxError('CASE_INVALID_TYPE', `Unknown case type "${args.type}". Valid types: ${[...this.matrix.types.keys()].join(', ')}.`);
    }
    if (typeDef.requiresIncidentDates && !fromProvider && (!('startOfIncident' in args) || !('endOfIncident' in args))) {
      // The provider's known issue, reproduced on purpose: a bare message and code HC0011.
      throw new SandboxError('HC0011', 'An error has occurred', { bare: true });
    }
    if (!typeDef.subjects.includes(args.subject)) {
      throw new SandboxError('CASE_INVALID_SUBJECT', `Subject "${args.subject}" is not allowed for type ${typeDef.id}. Allowed: ${typeDef.subjects.join(', ')}.`);
    }
    const priority = args.priority == null ? typeDef.defaultPriority : args.priority;
    if (!typeDef.priorities.includes(priority)) {
      throw new SandboxError('CASE_INVALID_PRIORITY', `Priority "${priority}" is not allowed for type ${typeDef.id}. Allowed: ${typeDef.priorities.join(', ')}.`);
    }
    const service = this.service(args.serviceId);
    if (!service) throw new SandboxError('SERVICE_NOT_FOUND', `Service "${args.serviceId}" was not found.`, { serviceId: args.serviceId });
    const dates = {};
    for (const name of ['startOfIncident', 'endOfIncident']) {
      const v = args[name];
      if (v == null) continue;
      const p = parseIso(v);
      if (!p) throw new SandboxError('CASE_INVALID_DATE', `The argument "${name}" is not an ISO 8601 date: "${v}".`, { argument: name });
      dates[name] = p;
    }
    if (dates.startOfIncident && dates.endOfIncident && compareInstants(dates.endOfIncident, dates.startOfIncident) < 0) {
      throw new SandboxError('CASE_INVALID_DATE_RANGE', 'endOfIncident is earlier than startOfIncident.');
    }
    Store.checkMessage(args.message);
    if (args.customerReference != null) Store.checkReference(args.customerReference);

    const site = this.site(service.siteId);
    const now = this.nowIso({ siteId: service.siteId });
    const c = {
      id: this.nextCaseId(),
      subject: args.subject,
      type: typeDef.id,
      priority,
      status: 'New',
      origin,
      createdDate: now,
      lastModifiedDate: now,
      customerReference: args.customerReference ?? null,
      startOfIncident: dates.startOfIncident ? formatInstant(dates.startOfIncident, dates.startOfIncident.offsetMinutes) : null,
      endOfIncident: dates.endOfIncident ? formatInstant(dates.endOfIncident, dates.endOfIncident.offsetMinutes) : null,
      communications: [{
        message: args.message,
        type: fromProvider ? 'ProviderMessage' : 'CustomerMessage',
        timestamp: now,
        sentBy: args.sentBy ?? null,
      }],
      serviceId: service.serviceId,
      siteId: site ? site.siteId : null,
    };
    this.state.cases.push(c);
    this.caseById.set(c.id, c);
    this.changed('created', c);
    return c;
  }

  /**
   * Appends a message. Customer replies to a Resolved case reopen it (InProgress, with a
   * StatusUpdate); replies to Closed or Cancelled cases are refused (CLOSED_REPLIES): with an
   * error, or by returning null (`false`: the caller answers false).
   */
  reply(caseId, message, sentBy, { side = 'customer' } = {}) {
    const c = this.requireCase(caseId);
    Store.checkMessage(message);
    if (side === 'customer' && (c.status === 'Closed' || c.status === 'Cancelled')) {
      if (this.closedReply === 'false') return null;
      if (this.closedReply === 'generic') throw new SandboxError('HC0011', 'An error has occurred', { bare: true });
      throw new SandboxError('CASE_CLOSED', `Case "${caseId}" is ${this.words.status(c.status)} and no longer accepts replies; open a new case.`, { caseId });
    }
    const now = this.nowIso(c);
    const comm = {
      message,
      type: side === 'customer' ? 'CustomerMessage' : 'ProviderMessage',
      timestamp: now,
      sentBy: sentBy ?? null,
    };
    c.communications.push(comm);
    c.lastModifiedDate = now;
    if (side === 'customer' && c.status === 'Resolved') this.setStatus(caseId, 'InProgress');
    this.changed('reply', c);
    return comm;
  }

  addCustomerReference(caseId, customerReference) {
    const c = this.requireCase(caseId);
    Store.checkReference(customerReference);
    c.customerReference = customerReference;
    c.lastModifiedDate = this.nowIso(c);
    this.changed('reference', c);
    return c;
  }

  /** Provider-side status change, recorded as a StatusUpdate communication. */
  setStatus(caseId, status, message) {
    const c = this.requireCase(caseId);
    if (!STATUSES.includes(status)) {
      throw new SandboxError('CASE_INVALID_STATUS', `Unknown status "${status}". Valid: ${STATUSES.join(', ')}.`);
    }
    const previous = c.status;
    const now = this.nowIso(c);
    c.status = status;
    c.communications.push({
      message: message || `Status changed from ${previous} to ${status}.`,
      type: 'StatusUpdate',
      timestamp: now,
      sentBy: null,
    });
    c.lastModifiedDate = now;
    if (c.type === 'Incident' && (status === 'Resolved' || status === 'Closed') && !c.endOfIncident) c.endOfIncident = now;
    this.changed('status', c);
    return { previous, status, case: c };
  }

  counts() {
    const byStatus = {};
    for (const c of this.state.cases) byStatus[c.status] = (byStatus[c.status] || 0) + 1;
    return {
      cases: this.state.cases.length,
      services: this.state.services.length,
      sites: this.state.sites.length,
      byStatus,
    };
  }

  // ---- persistence ---------------------------------------------------------------------------

  snapshot() {
    return this.state;
  }

  static validateSnapshot(s) {
    const ok = s && s.account && Array.isArray(s.sites) && Array.isArray(s.services) &&
      Array.isArray(s.cases) && Number.isInteger(s.nextCaseNumber);
    if (!ok) throw new Error('not a sandbox state file');
    return s;
  }
}

/** Writes JSON atomically: a temporary file in the same directory, then rename over the target. */
function writeJsonAtomic(file, value) {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, JSON.stringify(value));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

module.exports = { Store, SandboxError, writeJsonAtomic, CLOSED_REPLIES };
