'use strict';
// Dates the way the provider (.NET) emits them, ISO 8601 parsing for input, and the sandbox clock.
//
// An instant inside the sandbox is { ms, sub }: integer milliseconds since the Unix epoch plus the
// sub-millisecond part in 100 ns units (0..9999), so the 7 fractional digits survive a round trip.
// (A single 100 ns count since 1970 would not fit in a double exactly.)

const TICKS_PER_MS = 10000;
const MS_PER_MINUTE = 60000;

function pad(n, width) {
  return String(n).padStart(width, '0');
}

function formatOffset(offsetMinutes) {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/** Formats an instant as .NET's "o" format with an offset: 2026-11-22T09:31:07.1234567+01:00 */
function formatInstant({ ms, sub = 0 }, offsetMinutes = 0) {
  const d = new Date(ms + offsetMinutes * MS_PER_MINUTE);
  const year = d.getUTCFullYear();
  const frac = pad(d.getUTCMilliseconds(), 3) + pad(sub, 4);
  return (
    `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
    `T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}` +
    `.${frac}${formatOffset(offsetMinutes)}`
  );
}

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses any ISO 8601 date-time: with Z, an offset (+01:00, +0100, +01) or none (taken as UTC),
 * 0 to 7 fractional digits (8-9 are accepted and truncated), or a bare date (midnight UTC).
 * Returns { ms, sub, offsetMinutes } or null when the text is not a valid ISO 8601 date.
 */
function parseIso(text) {
  if (typeof text !== 'string') return null;
  const m = ISO_RE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const year = +y, month = +mo, day = +d, hour = +h, minute = +mi, second = +s;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2);
    const om = digits.length > 2 ? +digits.slice(2, 4) : 0;
    if (oh > 14 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const base = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  base.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  const utcMs = base.getTime() - offsetMinutes * MS_PER_MINUTE;
  const fracTicks = +(frac + '0000000').slice(0, 7); // 100 ns units
  const ms = utcMs + Math.floor(fracTicks / TICKS_PER_MS);
  return { ms, sub: fracTicks % TICKS_PER_MS, offsetMinutes };
}

/** Normalizes an ISO 8601 input to the .NET output form, keeping its offset; null if invalid. */
function normalizeIso(text) {
  const p = parseIso(text);
  return p ? formatInstant(p, p.offsetMinutes) : null;
}

// How the dates of cases and communications are answered (--dates): `site`, in the site's own
// offset (the default); `utc`, every date in +00:00, as a provider that keeps UTC writes them.
const DATE_ZONES = ['site', 'utc'];

/** An ISO string written again in +00:00 (null and invalid text pass through unchanged). */
function toUtc(text) {
  const p = parseIso(text);
  return p ? formatInstant(p, 0) : text;
}

/** The instant of an already-valid ISO string. */
function isoToInstant(text) {
  const p = parseIso(text);
  if (!p) throw new Error(`invalid date ${text}`);
  return { ms: p.ms, sub: p.sub };
}

/** Orders two instants (negative when a is earlier). */
function compareInstants(a, b) {
  return a.ms - b.ms || a.sub - b.sub;
}

/**
 * The sandbox clock: real time, optionally starting at a fixed instant (--now), plus whatever
 * /_sandbox/clock has advanced it by. stamp() returns strictly increasing instants.
 */
class Clock {
  constructor({ startMs = null } = {}) {
    this.configuredStartMs = startMs;
    this.reset();
  }

  reset() {
    this.realStartMs = Date.now();
    this.startMs = this.configuredStartMs ?? this.realStartMs;
    this.advancedMs = 0;
    this.last = { ms: 0, sub: 0 };
  }

  nowMs() {
    return this.startMs + (Date.now() - this.realStartMs) + this.advancedMs;
  }

  /** The instant seed data is generated against: exactly --now when given (determinism). */
  seedAnchorMs() {
    return this.configuredStartMs !== null ? this.startMs + this.advancedMs : this.nowMs();
  }

  /** A fresh, strictly increasing instant { ms, sub }. */
  stamp() {
    const [, ns] = process.hrtime();
    let t = { ms: this.nowMs(), sub: Math.floor(ns / 100) % TICKS_PER_MS };
    if (compareInstants(t, this.last) <= 0) {
      t = this.last.sub < TICKS_PER_MS - 1
        ? { ms: this.last.ms, sub: this.last.sub + 1 }
        : { ms: this.last.ms + 1, sub: 0 };
    }
    this.last = t;
    return t;
  }

  advanceMinutes(minutes) {
    this.advancedMs += Math.round(minutes * MS_PER_MINUTE);
  }

  toJSON() {
    return { advancedMs: this.advancedMs };
  }
}

module.exports = {
  TICKS_PER_MS,
  MS_PER_MINUTE,
  formatInstant,
  formatOffset,
  parseIso,
  normalizeIso,
  isoToInstant,
  toUtc,
  DATE_ZONES,
  compareInstants,
  Clock,
};
