#!/usr/bin/env node
'use strict';
// The sandbox server: a local stand-in for the provider's GraphQL case API and the Case
// Repository REST API. Prints exactly one JSON line on stdout when ready; logs go to stderr.
const { parseArgs } = require('node:util');
const { App } = require('./lib/app');
const { isValidSeed } = require('./lib/data');
const { parseIso, DATE_ZONES } = require('./lib/dates');
const { SCHEMAS } = require('./lib/schema');
const { WORD_SETS } = require('./lib/words');
const { CLOSED_REPLIES } = require('./lib/store');

const USAGE = `usage: node sandbox/server.js [options]

  --host HOST           address to bind (default 127.0.0.1; any other address only when named here)
  --port PORT           TCP port, 0 = a free port (default 0)
  --seed SEED           demo | empty | large:N (default demo; also seeds the Case Repository)
  --random-seed S       seed of the deterministic data and activity (default 1)
  --activity SECONDS    simulated provider activity every SECONDS on average (default off)
  --data FILE           load state from FILE if it exists; save it there on SIGINT/SIGTERM
  --token-ttl SECONDS   access token lifetime (default 3600)
  --control             expose the /_sandbox/* control API
  --now ISO8601         start the sandbox clock at this instant instead of the real time
  --schema NAME         full | documented: the GraphQL schema served (default full)
  --introspection X     on | off (default on with --schema full, off with --schema documented)
  --words NAME          sandbox | plain: words for statuses, message types, default sender (default sandbox)
  --closed-reply HOW    code | generic | false: how a reply to a closed case is refused (default code)
  --dates ZONE          site | utc: case and message dates in the site's offset or in +00:00 (default site)
  --verbose             log every request on stderr
  --exit-on-stdin-eof   stop when standard input closes (the parent process died)
  --help                this text (on stderr)

When ready it prints one line of JSON on stdout:
  {"graphql":"http://HOST:PORT/graphql","token":"http://HOST:PORT/oauth2/token","caseRepository":"http://HOST:PORT/case-repository"}
`;

function usageError(message) {
  if (message) process.stderr.write(`server.js: ${message}\n`);
  process.stderr.write(USAGE);
  process.exit(2);
}

function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        seed: { type: 'string' },
        'random-seed': { type: 'string' },
        activity: { type: 'string' },
        data: { type: 'string' },
        'token-ttl': { type: 'string' },
        control: { type: 'boolean' },
        now: { type: 'string' },
        schema: { type: 'string' },
        introspection: { type: 'string' },
        words: { type: 'string' },
        'closed-reply': { type: 'string' },
        dates: { type: 'string' },
        verbose: { type: 'boolean' },
        'exit-on-stdin-eof': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (err) {
    usageError(err.message);
  }
  const v = parsed.values;
  if (v.help) {
    process.stderr.write(USAGE);
    process.exit(0);
  }
  const opts = {
    host: v.host ?? '127.0.0.1',
    port: 0,
    seed: v.seed ?? 'demo',
    randomSeed: v['random-seed'] ?? '1',
    activity: 0,
    data: v.data ?? null,
    tokenTtl: 3600,
    control: Boolean(v.control),
    nowMs: null,
    verbose: Boolean(v.verbose),
    exitOnStdinEof: Boolean(v['exit-on-stdin-eof']),
    schema: v.schema ?? 'full',
    introspection: true,
    words: v.words ?? 'sandbox',
    closedReply: v['closed-reply'] ?? 'code',
    dates: v.dates ?? 'site',
  };
  if (!SCHEMAS.includes(opts.schema)) usageError(`invalid --schema ${opts.schema} (${SCHEMAS.join(' or ')})`);
  if (!WORD_SETS.includes(opts.words)) usageError(`invalid --words ${opts.words} (${WORD_SETS.join(' or ')})`);
  if (!DATE_ZONES.includes(opts.dates)) usageError(`invalid --dates ${opts.dates} (${DATE_ZONES.join(' or ')})`);
  if (!CLOSED_REPLIES.includes(opts.closedReply)) usageError(`invalid --closed-reply ${opts.closedReply} (${CLOSED_REPLIES.join(', ')})`);
  if (v.introspection === undefined) opts.introspection = opts.schema === 'full';
  else if (v.introspection === 'on' || v.introspection === 'off') opts.introspection = v.introspection === 'on';
  else usageError(`invalid --introspection ${v.introspection} (on or off)`);
  if (v.host !== undefined && v.host.trim() === '') usageError('--host must not be empty');
  if (v.port !== undefined) {
    if (!/^\d{1,5}$/.test(v.port) || Number(v.port) > 65535) usageError(`invalid --port ${v.port}`);
    opts.port = Number(v.port);
  }
  if (!isValidSeed(opts.seed)) usageError(`invalid --seed ${opts.seed} (demo, empty or large:N)`);
  if (!/^[\w.-]{1,64}$/.test(opts.randomSeed)) usageError(`invalid --random-seed ${opts.randomSeed}`);
  if (v.activity !== undefined) {
    const s = Number(v.activity);
    if (!Number.isFinite(s) || s <= 0) usageError(`invalid --activity ${v.activity} (seconds > 0)`);
    opts.activity = s;
  }
  if (v['token-ttl'] !== undefined) {
    if (!/^\d+$/.test(v['token-ttl']) || Number(v['token-ttl']) < 1) usageError(`invalid --token-ttl ${v['token-ttl']}`);
    opts.tokenTtl = Number(v['token-ttl']);
  }
  if (v.now !== undefined) {
    const p = parseIso(v.now);
    if (!p) usageError(`invalid --now ${v.now} (ISO 8601)`);
    opts.nowMs = p.ms;
  }
  if (v.data !== undefined && v.data.trim() === '') usageError('--data must not be empty');
  return opts;
}

function makeLog(verbose) {
  const write = (level, msg) => process.stderr.write(`[sandbox] ${level} ${msg}\n`);
  return {
    error: (m) => write('error', m),
    info: (m) => verbose && write('info', m),
    debug: (m) => verbose && write('debug', m),
  };
}

function urlHost(address, requested) {
  let host = address.address;
  if (host === '0.0.0.0') host = '127.0.0.1';
  else if (host === '::') host = '::1';
  if (requested === 'localhost') host = 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const log = makeLog(opts.verbose);
  if (!LOOPBACK.test(opts.host)) {
    process.stderr.write(`[sandbox] warning: binding ${opts.host}, a non-loopback address, as requested by --host; the sandbox has no real security.\n`);
  }
  let app;
  try {
    app = new App(opts, log);
  } catch (err) {
    process.stderr.write(`server.js: ${err.message}\n`);
    process.exit(1);
  }
  let address;
  try {
    address = await app.listen();
  } catch (err) {
    process.stderr.write(`server.js: cannot listen on ${opts.host}:${opts.port}: ${err.message}\n`);
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    try {
      await app.close();
      process.exit(0);
    } catch (err) {
      process.stderr.write(`server.js: shutdown failed: ${err.stack || err}\n`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  if (opts.exitOnStdinEof) {
    // A test that crashes cannot stop us; its end of our stdin closes, so we stop ourselves.
    process.stdin.on('end', () => stop('stdin closed'));
    process.stdin.on('error', () => stop('stdin closed'));
    process.stdin.resume();
  }

  // handlers first, then the start line: a client may signal us as soon as it reads it
  const base = `http://${urlHost(address, opts.host)}:${address.port}`;
  process.stdout.write(`${JSON.stringify({ graphql: `${base}/graphql`, token: `${base}/oauth2/token`, caseRepository: `${base}/case-repository` })}\n`);
}

main();
