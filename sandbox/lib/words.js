'use strict';
// The words the sandbox answers with (--words): communication types, case statuses and the sender
// the provider fills in when the caller gives none. The article leaves all three open, so the
// sandbox can speak two valid vocabularies. The data stays canonical (the `sandbox` words) inside
// and in the --data file; these functions translate at the edges (GraphQL answers, control API).
const { STATUSES, COMM_TYPES } = require('./data');

const VOCABULARIES = {
  sandbox: {
    commTypes: Object.fromEntries(COMM_TYPES.map((t) => [t, t])),
    statuses: Object.fromEntries(STATUSES.map((s) => [s, s])),
    defaultSender: null,
  },
  plain: {
    commTypes: { CustomerMessage: 'Customer', ProviderMessage: 'Provider', StatusUpdate: 'System' },
    statuses: {
      New: 'Open',
      InProgress: 'In Progress',
      PendingCustomer: 'Pending Customer',
      OnHold: 'On Hold',
      Resolved: 'Solved',
      Closed: 'Closed',
      Cancelled: 'Canceled',
    },
    defaultSender: 'API',
  },
};
const WORD_SETS = Object.keys(VOCABULARIES);

// The text the sandbox writes into a StatusUpdate it generates, with canonical words inside.
const STATUS_CHANGE_RE = /^Status changed from (\w+) to (\w+)\.$/;

class Words {
  constructor(name = 'sandbox') {
    const v = VOCABULARIES[name];
    if (!v) throw new Error(`unknown words ${name} (${WORD_SETS.join(', ')})`);
    this.name = name;
    this.v = v;
    this.statusByWord = new Map(Object.entries(v.statuses).map(([canonical, word]) => [word, canonical]));
  }

  /** The active word for a canonical status (unknown values pass through). */
  status(canonical) {
    return this.v.statuses[canonical] ?? canonical;
  }

  /** The active word for a canonical communication type. */
  commType(canonical) {
    return this.v.commTypes[canonical] ?? canonical;
  }

  /** The active words, in canonical order. */
  statusList() {
    return STATUSES.map((s) => this.status(s));
  }

  /** A status given by a caller in the active or the canonical words, as canonical; or null. */
  canonicalStatus(word) {
    if (typeof word !== 'string') return null;
    if (this.statusByWord.has(word)) return this.statusByWord.get(word);
    return STATUSES.includes(word) ? word : null;
  }

  /** The generated "Status changed from X to Y." in the active words; other texts unchanged. */
  statusChangeText(text) {
    const m = STATUS_CHANGE_RE.exec(text);
    if (!m || !STATUSES.includes(m[1]) || !STATUSES.includes(m[2])) return text;
    return `Status changed from ${this.status(m[1])} to ${this.status(m[2])}.`;
  }

  /** A communication's message as answered (a generated status text in the active words). */
  commMessage(comm) {
    return comm.type === 'StatusUpdate' ? this.statusChangeText(comm.message) : comm.message;
  }

  /** A communication as answered: type and message in the active words. */
  communication(comm) {
    return { ...comm, message: this.commMessage(comm), type: this.commType(comm.type) };
  }

  /** The sender stored for a customer-side message: the caller's, or the provider's default. */
  sender(sentBy) {
    if (sentBy == null || (typeof sentBy === 'string' && sentBy.trim() === '')) {
      return this.v.defaultSender ?? sentBy ?? null;
    }
    return sentBy;
  }

  /** byStatus counts keyed by the active words. */
  byStatus(counts) {
    return Object.fromEntries(Object.entries(counts).map(([s, n]) => [this.status(s), n]));
  }
}

module.exports = { Words, WORD_SETS, VOCABULARIES };
