'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { startServer, sleep } = require('./helpers');

const NOW = '2026-11-22T09:00:00Z';

async function eventsAfter(s, n) {
  for (let i = 0; i < 100; i++) {
    const { events } = (await s.control('GET', '/_sandbox/activity')).body;
    if (events.length >= n) return events;
    await sleep(50);
  }
  throw new Error('activity did not produce events');
}

test('--activity changes cases within a short interval and is deterministic given the seed', async () => {
  const [a, b] = await Promise.all([0, 1].map(() => startServer(['--activity', '0.2', '--random-seed', '3', '--now', NOW])));
  try {
    const token = await a.token();
    const ea = await eventsAfter(a, 5);
    const eb = await eventsAfter(b, 5);
    const strip = (events) => events.slice(0, 5).map(({ at, ...rest }) => rest);
    assert.deepEqual(strip(ea), strip(eb));
    assert.ok(ea.every((e) => ['reply', 'status', 'proactive'].includes(e.kind)));
    // the changed cases show up as recently modified, with the matching communication
    const recent = await a.cases(token, { lastModifiedMinutes: 1 });
    const touched = new Set(ea.map((e) => e.caseId));
    assert.ok(recent.some((c) => touched.has(c.id)));
    for (const e of ea.slice(0, 5)) {
      const [c] = await a.cases(token, { id: e.caseId });
      if (e.kind === 'status') assert.ok(c.communications.some((m) => m.type === 'StatusUpdate' && m.message.includes(`to ${e.status}`)));
      if (e.kind === 'proactive') assert.equal(c.origin, 'Proactive');
      if (e.kind === 'reply') assert.ok(c.communications.some((m) => m.type === 'ProviderMessage' && m.sentBy === e.sentBy));
    }
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});

test('without --activity nothing changes by itself; /_sandbox/activity/step forces one event', async () => {
  const s = await startServer(['--random-seed', '3', '--now', NOW]);
  try {
    const token = await s.token();
    await sleep(300);
    assert.deepEqual((await s.control('GET', '/_sandbox/activity')).body.events, []);
    assert.deepEqual(await s.cases(token, { lastModifiedMinutes: 1 }), []);
    const step = await s.control('POST', '/_sandbox/activity/step');
    assert.equal(step.status, 200);
    assert.equal(step.body.seq, 1);
    const recent = await s.cases(token, { lastModifiedMinutes: 1 });
    assert.deepEqual(recent.map((c) => c.id), [step.body.caseId]);
  } finally {
    await s.stop();
  }
});
