'use strict';
// Simulated provider activity (--activity SECONDS): at exponentially distributed intervals the
// provider replies to an open case, moves a case to its next status, or opens a proactive case.
// Choices come from a seeded PRNG and the (ordered) state, so they are deterministic per seed.
const { createRng } = require('./prng');
const text = require('./texts');
const { formatInstant } = require('./dates');

const NEXT_STATUS = {
  New: ['InProgress'],
  InProgress: ['PendingCustomer', 'OnHold', 'Resolved', 'Resolved'],
  PendingCustomer: ['InProgress'],
  OnHold: ['InProgress'],
  Resolved: ['Closed', 'Closed', 'InProgress'],
};
const PROACTIVE_SUBJECTS = ['ServiceDown', 'ServiceDegradation', 'ServiceIntermittent'];
const MAX_EVENTS = 500;

class Activity {
  constructor({ store, randomSeed = '1', meanSeconds = 0, log }) {
    this.store = store;
    this.randomSeed = randomSeed;
    this.meanSeconds = meanSeconds;
    this.log = log;
    this.timer = null;
    this.reset();
  }

  reset() {
    this.stop();
    this.rng = createRng(this.randomSeed, 1);
    this.events = [];
    this.seq = 0;
    this.start();
  }

  start() {
    if (!(this.meanSeconds > 0)) return;
    const delay = Math.max(1, Math.round(this.rng.exponential(this.meanSeconds * 1000)));
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        this.step();
      } catch (err) {
        this.log.error(`activity step failed: ${err.stack || err}`);
      }
      this.start();
    }, delay);
  }

  stop() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Performs one provider action now and returns the event describing it. */
  step() {
    const { store, rng } = this;
    const open = store.state.cases
      .filter((c) => NEXT_STATUS[c.status])
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const r = rng.next();
    let event;
    if (open.length && r < 0.45) {
      const c = rng.pick(open);
      const ctx = this.context(c);
      const comm = store.reply(c.id, text.providerReply(rng, ctx, rng.next()), rng.pick(text.PROVIDER_AGENTS), { side: 'provider' });
      event = { kind: 'reply', caseId: c.id, sentBy: comm.sentBy };
    } else if (open.length && r < 0.8) {
      const c = rng.pick(open);
      const next = rng.pick(NEXT_STATUS[c.status]);
      const { previous } = store.setStatus(c.id, next);
      event = { kind: 'status', caseId: c.id, previousStatus: previous, status: next };
    } else {
      const services = store.state.services.filter((s) => s.status === 'Active');
      const service = rng.pick(services.length ? services : store.state.services);
      const site = store.site(service.siteId);
      const subject = rng.pick(PROACTIVE_SUBJECTS);
      const ctx = text.context(rng, { service, site, subject, type: 'Incident' });
      const start = formatInstant({ ms: store.clock.nowMs() - rng.int(1, 20) * 60000, sub: 0 }, site ? site.offsetMinutes : 0);
      const c = store.createCase({
        type: 'Incident',
        subject,
        priority: subject === 'ServiceDown' ? 'P2' : 'P3',
        serviceId: service.serviceId,
        message: text.proactiveOpening(rng, ctx),
        sentBy: text.PROVIDER_NOC,
        startOfIncident: start,
        endOfIncident: null,
      }, { origin: 'Proactive', fromProvider: true });
      event = { kind: 'proactive', caseId: c.id, subject };
    }
    event = { seq: ++this.seq, ...event, at: store.getCase(event.caseId).lastModifiedDate };
    this.events.push(event);
    if (this.events.length > MAX_EVENTS) this.events.shift();
    this.log.debug(`activity: ${JSON.stringify(event)}`);
    return event;
  }

  context(c) {
    const service = this.store.service(c.serviceId);
    const site = this.store.site(c.siteId) || { name: '', city: '' };
    return text.context(this.rng, { service, site, subject: c.subject, type: c.type });
  }
}

module.exports = { Activity };
