'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { startServer } = require('./helpers');

const SERVER = path.join(__dirname, '..', 'server.js');

test('prints exactly one JSON start line with the three URLs, bound to loopback by default', async () => {
  const s = await startServer([], { control: false });
  try {
    assert.deepEqual(Object.keys(s.urls), ['graphql', 'token', 'caseRepository']);
    const port = new URL(s.urls.graphql).port;
    assert.equal(s.urls.graphql, `http://127.0.0.1:${port}/graphql`);
    assert.equal(s.urls.token, `http://127.0.0.1:${port}/oauth2/token`);
    assert.equal(s.urls.caseRepository, `http://127.0.0.1:${port}/case-repository`);
    assert.ok(Number(port) > 0);
    // the server really listens on 127.0.0.1
    const res = await fetch(`http://127.0.0.1:${port}/nothing-here`);
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
  } finally {
    await s.stop();
  }
  assert.equal(s.lines.length, 1, 'nothing else on stdout');
});

test('an explicit --host is honoured', async () => {
  const s = await startServer(['--host', '127.0.0.2']).catch(() => null);
  if (!s) return; // 127.0.0.2 may not be routable everywhere; the default-host test is the contract
  try {
    assert.match(s.urls.graphql, /^http:\/\/127\.0\.0\.2:\d+\/graphql$/);
  } finally {
    await s.stop();
  }
});

test('unknown options and bad values print usage on stderr and exit 2', () => {
  for (const args of [['--bogus'], ['--seed', 'huge'], ['--port', 'x'], ['--activity', '-1'], ['--token-ttl', '0'], ['extra']]) {
    const r = spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', timeout: 5000 });
    assert.equal(r.status, 2, `exit code for ${args.join(' ')}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /usage: node sandbox\/server\.js/);
  }
});

test('/case-repository asks for HTTP Basic (401); /_sandbox is 404 without --control', async () => {
  const s = await startServer([], { control: false });
  try {
    for (const p of ['/case-repository', '/case-repository/v1', '/case-repository/statuses']) {
      const res = await fetch(s.base + p);
      assert.equal(res.status, 401);
      assert.equal(res.headers.get('www-authenticate'), 'Basic realm="case-repository", charset="UTF-8"');
      const body = await res.json();
      assert.equal(body.code, 'UNAUTHORIZED');
      assert.equal(typeof body.message, 'string');
    }
    const res = await fetch(`${s.base}/_sandbox/state`);
    assert.equal(res.status, 404);
    const reset = await fetch(`${s.base}/_sandbox/reset`, { method: 'POST' });
    assert.equal(reset.status, 404);
  } finally {
    await s.stop();
  }
});

test('SIGINT and SIGTERM stop the server cleanly (exit 0)', async () => {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    const s = await startServer([]);
    const { code } = await s.stop(signal);
    assert.equal(code, 0, signal);
  }
});

test('--exit-on-stdin-eof stops the server when its parent goes away', async () => {
  const { spawn } = require('node:child_process');
  const path = require('node:path');
  const child = spawn(process.execPath,
    [path.join(__dirname, '..', 'server.js'), '--port', '0', '--exit-on-stdin-eof'],
    { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdin.end(); // what the kernel does to a dead parent's pipe
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 5000))]);
  assert.strictEqual(code, 0);
});
