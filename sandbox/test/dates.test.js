'use strict';
// --dates site|utc: the article does not say in which offset the provider writes a case's dates.
// By default (site) they carry the site's own offset; with utc every date is written in +00:00.
// The instants are the same either way.
const test = require('node:test');
const assert = require('node:assert/strict');
const { startServer, DATE_RE } = require('./helpers');
const { parseIso } = require('../lib/dates');

const NOW = ['--now', '2026-12-01T12:00:00Z'];
const dates = (c) => [c.createdDate, c.lastModifiedDate, c.startOfIncident, ...c.communications.map((m) => m.timestamp)].filter(Boolean);
const offsets = (cases) => new Set(cases.flatMap(dates).map((d) => d.slice(-6)));

test('by default the dates carry the site\'s offset, with --dates utc all are +00:00', async () => {
  const site = await startServer(NOW);
  const utc = await startServer([...NOW, '--dates', 'utc']);
  try {
    const a = await site.cases(await site.token());
    const b = await utc.cases(await utc.token());
    assert.ok(offsets(a).has('-06:00') && offsets(a).has('+01:00'), [...offsets(a)].join());
    assert.deepEqual([...offsets(b)], ['+00:00']);
    const byId = new Map(b.map((c) => [c.id, c]));
    for (const c of a) {
      const other = byId.get(c.id);
      const left = dates(c);
      const right = dates(other);
      assert.equal(left.length, right.length);
      for (let i = 0; i < left.length; ++i) {
        assert.match(right[i], DATE_RE);
        const [x, y] = [parseIso(left[i]), parseIso(right[i])];
        assert.deepEqual([x.ms, x.sub], [y.ms, y.sub], `${c.id}: ${left[i]} = ${right[i]}`);
      }
    }
    const state = await utc.control('GET', '/_sandbox/state');
    assert.equal(state.body.options.dates, 'utc');
  } finally {
    await site.stop();
    await utc.stop();
  }
});

test('an unknown --dates is refused', async () => {
  await assert.rejects(startServer(['--dates', 'local']), /invalid --dates local/);
});
