'use strict';
// A small seeded PRNG (mulberry32) so that seed data and activity are deterministic.
// Math.random is never used by the sandbox.

function hashSeed(seed) {
  // FNV-1a over the textual seed, so "1", "42" and "demo-7" all give well-spread states.
  let h = 0x811c9dc5;
  for (const ch of String(seed)) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function createRng(seed, stream = 0) {
  let a = (hashSeed(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    /** integer in [min, max] */
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick(list) {
      return list[Math.floor(next() * list.length)];
    },
    chance(p) {
      return next() < p;
    },
    /** pick with weights: [[value, weight], ...] */
    weighted(pairs) {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of pairs) {
        r -= w;
        if (r < 0) return value;
      }
      return pairs[pairs.length - 1][0];
    },
    shuffle(list) {
      const out = list.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    /** exponentially distributed value with the given mean */
    exponential(mean) {
      return -Math.log(1 - next()) * mean;
    },
    /** snapshot / restore the internal state (for persistence) */
    get state() {
      return a;
    },
    set state(v) {
      a = v | 0;
    },
  };
  return rng;
}

module.exports = { createRng, hashSeed };
