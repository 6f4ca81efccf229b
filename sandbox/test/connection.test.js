'use strict';
// Connections: HTTP/1.1 keep-alive, and the close fault (the request is carried out, then the
// connection closes before one byte of the answer), told apart from drop.
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const net = require('node:net');
const { startServer } = require('./helpers');

let s;
let token;
let port;
test.before(async () => {
  s = await startServer([]);
  token = await s.token();
  port = Number(new URL(s.base).port);
});
test.after(() => s.stop());

const OPEN = ['New', 'InProgress', 'PendingCustomer', 'OnHold'];
const openCase = async () => (await s.cases(token)).find((c) => OPEN.includes(c.status));
const count = async (id, message) => (await s.cases(token, { id }))[0].communications.filter((m) => m.message === message).length;
const replyBody = (id, message) => JSON.stringify({ query: 'mutation($id:String!,$m:String!){ replyToCase(caseId:$id, message:$m) }', variables: { id, m: message } });

/** One raw HTTP/1.1 request text. */
function requestText(method, p, headers, body = '') {
  const lines = [`${method} ${p} HTTP/1.1`, `host: 127.0.0.1:${port}`, `content-length: ${Buffer.byteLength(body)}`];
  if (!('connection' in headers)) lines.push('connection: close');
  for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * Sends raw bytes on a new TCP connection; resolves with every byte received until it closes
 * (requests say `connection: close`, so a normal answer ends the exchange at once too).
 */
function exchange(text) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1');
    const chunks = [];
    sock.on('data', (c) => chunks.push(c));
    sock.on('error', (err) => (err.code === 'ECONNRESET' ? undefined : reject(err)));
    sock.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    sock.write(text);
  });
}

const gqlHeaders = () => ({ 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` });

test('close: the mutation is carried out and the client receives no byte at all', async () => {
  const c = await openCase();
  const f = await s.control('POST', '/_sandbox/faults', { kind: 'close', path: '/graphql' });
  assert.deepEqual(f.body, { id: f.body.id, kind: 'close', count: 1, remaining: 1, path: '/graphql' });
  const received = await exchange(requestText('POST', '/graphql', gqlHeaders(), replyBody(c.id, 'closed before the answer')));
  assert.equal(received, '', 'no status line, no header, no body');
  assert.equal(await count(c.id, 'closed before the answer'), 1, 'the reply is on the server, once');

  // drop, by contrast, sends the status line, the headers and part of the body
  await s.control('POST', '/_sandbox/faults', { kind: 'drop', path: '/graphql' });
  const dropped = await exchange(requestText('POST', '/graphql', gqlHeaders(), replyBody(c.id, 'dropped mid-answer')));
  assert.match(dropped, /^HTTP\/1\.1 200 OK\r\n/);
  assert.equal(await count(c.id, 'dropped mid-answer'), 1);
});

test('close on a reused keep-alive connection: the first answer arrives, the second not at all', async () => {
  const c = await openCase();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const post = (body) => new Promise((resolve) => {
    const req = http.request(s.urls.graphql, { method: 'POST', agent, headers: { ...gqlHeaders(), 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text, reused: req.reusedSocket }));
      res.on('error', (error) => resolve({ status: res.statusCode, error, partial: true, reused: req.reusedSocket }));
    });
    req.on('error', (error) => resolve({ error, reused: req.reusedSocket }));
    req.end(body);
  });
  try {
    const first = await post(replyBody(c.id, 'first on the connection'));
    assert.equal(first.status, 200);
    assert.equal(first.headers.connection, 'keep-alive');
    await s.control('POST', '/_sandbox/faults', { kind: 'close', path: '/graphql' });
    const second = await post(replyBody(c.id, 'second on the connection'));
    assert.equal(second.reused, true, 'the request went out on the kept-alive connection');
    assert.ok(second.error && !second.partial, 'no response at all');
    assert.equal(second.error.code, 'ECONNRESET'); // Node: "socket hang up", no response object
    assert.equal(await count(c.id, 'second on the connection'), 1);
  } finally {
    agent.destroy();
  }
});

test('close works on /oauth2/token and /case-repository too (the request is processed)', async () => {
  const tokensBefore = (await s.control('GET', '/_sandbox/state')).body.tokens;
  await s.control('POST', '/_sandbox/faults', { kind: 'close', path: '/oauth2/token' });
  const form = 'grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret';
  assert.equal(await exchange(requestText('POST', '/oauth2/token', { 'content-type': 'application/x-www-form-urlencoded' }, form)), '');
  assert.equal((await s.control('GET', '/_sandbox/state')).body.tokens, tokensBefore + 1, 'a token was issued');

  const entries = (await s.control('GET', '/_sandbox/state')).body.caseRepository.entries;
  await s.control('POST', '/_sandbox/faults', { kind: 'close', path: '/case-repository' });
  const entry = JSON.stringify({ caseType: 'NetworkIncident', clientId: '5252344078', clientType: 'NIP', status: 'OPEN', businessKey: 'CLOSE-1', source: 'case-console' });
  const auth = `Basic ${Buffer.from('demo-publisher:demo-password').toString('base64')}`;
  assert.equal(await exchange(requestText('POST', '/case-repository/v1', { 'content-type': 'application/json', authorization: auth }, entry)), '');
  assert.equal((await s.control('GET', '/_sandbox/state')).body.caseRepository.entries, entries + 1, 'the entry was created');
  const found = await s.repo('POST', '/v1/search', { businessKey: 'CLOSE-1', source: 'case-console' });
  assert.equal(found.body.content.length, 1);
});

test('connections are kept alive: several requests and answers on one TCP connection', async () => {
  const one = requestText('POST', '/graphql', { ...gqlHeaders(), connection: 'keep-alive' }, JSON.stringify({ query: '{ __typename }' }));
  const received = await new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1');
    let text = '';
    let sent = 1;
    sock.on('data', (d) => {
      text += d.toString('latin1');
      const answers = text.split('{"data":{"__typename":"Query"}}').length - 1;
      if (answers === sent && sent < 3) {
        sent += 1;
        sock.write(one);
      } else if (answers === 3) {
        sock.end();
      }
    });
    sock.on('error', reject);
    sock.on('close', () => resolve(text));
    sock.write(one);
  });
  const statusLines = received.match(/HTTP\/1\.1 200 OK\r\n/g) || [];
  assert.equal(statusLines.length, 3, 'three answers on the same connection');
  assert.match(received, /\r\nConnection: keep-alive\r\n/i);
  assert.doesNotMatch(received, /\r\nConnection: close\r\n/i);
});
