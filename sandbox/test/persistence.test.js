'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { startServer, CREATE_CASE } = require('./helpers');

test('--data persists the state atomically on SIGTERM and loads it on the next start', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-data-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'state.json');

  const first = await startServer(['--data', file]);
  const token = await first.token();
  const created = (await first.gql(CREATE_CASE, {
    type: 'NonIncident', subject: 'ChangeRequest', serviceId: 'SVC-204880', message: 'Please add prefix 203.0.113.0/24', customerReference: 'CHG777777',
  }, { token })).body.data.createCase;
  await first.gql('mutation($id:String!){ replyToCase(caseId:$id, message:"second message") }', { id: created.id }, { token });
  await first.control('POST', '/_sandbox/clock', { advanceMinutes: 3 });
  const before = await first.cases(token);
  assert.equal((await first.stop('SIGTERM')).code, 0);
  assert.ok(fs.existsSync(file));
  assert.deepEqual(fs.readdirSync(dir), ['state.json'], 'no temporary file left behind');
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(saved.version, 1);

  // a different --seed is ignored when the file exists
  const second = await startServer(['--data', file, '--seed', 'empty']);
  try {
    const after = await second.cases(token); // tokens survive the restart too
    assert.deepEqual(after, before);
    const [c] = await second.cases(token, { id: created.id });
    assert.deepEqual(c.communications.map((m) => m.message), ['Please add prefix 203.0.113.0/24', 'second message']);
    assert.equal((await second.control('GET', '/_sandbox/clock')).body.advancedMinutes, 3);
  } finally {
    assert.equal((await second.stop('SIGINT')).code, 0);
  }
});

test('an unreadable --data file is an error (exit 1), not silently replaced', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-data-'));
  try {
    const file = path.join(dir, 'state.json');
    fs.writeFileSync(file, '{"version":1,"state":');
    const r = spawnSync(process.execPath, [path.join(__dirname, '..', 'server.js'), '--port', '0', '--data', file], { encoding: 'utf8', timeout: 5000 });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /cannot load --data/);
    assert.equal(fs.readFileSync(file, 'utf8'), '{"version":1,"state":');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
