'use strict';
// The sandbox application: state, HTTP routing, fault injection, persistence and shutdown.
const http = require('node:http');
const fs = require('node:fs');
const { Clock } = require('./dates');
const { loadMatrix } = require('./matrix');
const { Store, writeJsonAtomic } = require('./store');
const { TokenService } = require('./auth');
const { Faults, httpFaultResponse, operationOf, rateLimitResponse } = require('./faults');
const { Activity } = require('./activity');
const { createGraphQLHandler } = require('./graphql');
const { handleControl } = require('./control');
const { CaseRepository } = require('./repository');
const { handleRepository } = require('./repositoryHttp');
const { Words } = require('./words');

const MAX_BODY = 1024 * 1024;
const STATE_FILE_VERSION = 1;

const jsonResponse = (status, value, headers = {}) => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(value),
});

function routeOf(pathname) {
  if (pathname === '/graphql') return '/graphql';
  if (pathname === '/oauth2/token') return '/oauth2/token';
  if (pathname === '/case-repository' || pathname.startsWith('/case-repository/')) return '/case-repository';
  if (pathname === '/_sandbox' || pathname.startsWith('/_sandbox/')) return '/_sandbox';
  return null;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('body too large'), { tooLarge: true }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class App {
  constructor(options, log) {
    this.options = options;
    this.log = log;
    this.matrix = loadMatrix();
    this.clock = new Clock({ startMs: options.nowMs ?? null });
    this.tokens = new TokenService({ clock: this.clock, ttlSeconds: options.tokenTtl });
    this.faults = new Faults();
    this.words = new Words(options.words ?? 'sandbox');
    this.store = new Store({ matrix: this.matrix, clock: this.clock, seed: options.seed, randomSeed: options.randomSeed, words: this.words, closedReply: options.closedReply ?? 'code' });
    this.repository = new CaseRepository({
      clock: this.clock, seed: options.seed, randomSeed: options.randomSeed, providerCases: () => this.store.state.cases,
    });
    this.stats = { total: 0, byRoute: {} };
    this.publicOptions = {
      seed: options.seed, randomSeed: options.randomSeed, activity: options.activity,
      tokenTtl: options.tokenTtl, data: options.data ?? null, control: options.control,
      schema: options.schema ?? 'full', introspection: options.introspection ?? true, words: this.words.name,
      closedReply: this.store.closedReply, dates: options.dates ?? 'site',
    };
    if (options.data && fs.existsSync(options.data)) this.loadFile(options.data);
    this.activity = new Activity({ store: this.store, randomSeed: options.randomSeed, meanSeconds: options.activity, log });
    this.graphql = createGraphQLHandler({
      log, schema: this.publicOptions.schema, introspection: this.publicOptions.introspection, words: this.words,
      dates: this.publicOptions.dates,
    });
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((err) => {
        log.error(`request failed: ${err.stack || err}`);
        if (!res.headersSent) this.send(res, jsonResponse(500, { code: 'INTERNAL', message: 'Internal sandbox error.' }));
        else res.destroy();
      });
    });
    // HTTP/1.1 keep-alive (a client reuses its connection; test/connection.test.js checks it)
    this.server.keepAliveTimeout = 5000;
  }

  loadFile(file) {
    let data;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (data.version !== STATE_FILE_VERSION) throw new Error(`unsupported version ${data.version}`);
      Store.validateSnapshot(data.state);
      if (data.caseRepository !== undefined) CaseRepository.validateSnapshot(data.caseRepository);
    } catch (err) {
      throw new Error(`cannot load --data ${file}: ${err.message}`);
    }
    this.store.load(data.state);
    // a file written before the Case Repository existed has no entries: start it empty
    this.repository.load(data.caseRepository ?? { cases: [] });
    this.tokens.restore(data.tokens);
    this.clock.advancedMs = Number(data.clock && data.clock.advancedMs) || 0;
    this.log.info(`loaded state from ${file} (${data.state.cases.length} cases, ${this.repository.state.cases.length} Case Repository entries)`);
  }

  save() {
    if (!this.options.data) return;
    writeJsonAtomic(this.options.data, {
      version: STATE_FILE_VERSION,
      savedAt: new Date().toISOString(),
      clock: this.clock.toJSON(),
      tokens: this.tokens.snapshot(),
      state: this.store.snapshot(),
      caseRepository: this.repository.snapshot(),
    });
    this.log.info(`saved state to ${this.options.data}`);
  }

  /** /_sandbox/reset: re-seed with the start options, clear faults and tokens, reset the clock. */
  reset() {
    this.clock.reset();
    this.tokens.clear();
    this.faults.clear();
    this.store.reseed();
    this.repository.reseed();
    this.activity.reset();
  }

  listen() {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off('error', reject);
        resolve(this.server.address());
      });
    });
  }

  async close() {
    this.activity.stop();
    await new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    this.save();
  }

  send(res, r) {
    const body = Buffer.from(r.body ?? '', 'utf8');
    res.writeHead(r.status, { ...r.headers, 'content-length': body.length });
    res.end(body);
  }

  async handle(req, res) {
    const started = Date.now();
    const url = new URL(req.url, 'http://sandbox.invalid');
    const route = routeOf(url.pathname);
    res.on('finish', () => this.log.debug(`${req.method} ${req.url} -> ${res.statusCode} (${Date.now() - started} ms)`));

    let body;
    try {
      body = await readBody(req);
    } catch (err) {
      if (err.tooLarge) return this.send(res, jsonResponse(413, { code: 'PAYLOAD_TOO_LARGE', message: 'Request body exceeds 1 MiB.' }));
      throw err;
    }

    if (route === '/_sandbox') {
      if (!this.options.control) return this.send(res, jsonResponse(404, { code: 'NOT_FOUND', message: 'Not found.' }));
      return this.send(res, handleControl(this, { method: req.method, pathname: url.pathname, body }));
    }

    this.stats.total += 1;
    const key = route || 'other';
    this.stats.byRoute[key] = (this.stats.byRoute[key] || 0) + 1;

    const fault = this.faults.take(route || url.pathname, route === '/graphql' ? operationOf(body) : null);
    if (fault) this.log.debug(`fault ${fault.id} (${fault.kind}) on ${req.method} ${url.pathname}`);
    if (fault && fault.kind === 'latency') await sleep(fault.ms);
    if (fault && fault.kind === 'rate-limit') return this.send(res, rateLimitResponse(fault));
    if (fault && fault.kind === 'http' && !fault.process) return this.send(res, httpFaultResponse(fault));
    if (fault && fault.kind === 'expire-token') {
      const m = /^Bearer\s+(\S+)/i.exec(req.headers.authorization || '');
      if (m) this.tokens.expire(m[1]);
    }

    const result = await this.dispatch(route, req, url, body);

    // faults applied after the request was processed (its side effects happened)
    if (fault && fault.kind === 'close') {
      // not one byte of the answer: no status line; the client sees the connection closed
      req.socket.destroy();
      return undefined;
    }
    if (fault && fault.kind === 'http') return this.send(res, httpFaultResponse(fault));
    if (fault && fault.kind === 'truncate') {
      const full = Buffer.from(result.body ?? '', 'utf8');
      const half = full.subarray(0, Math.floor(full.length / 2));
      res.writeHead(200, { ...result.headers, 'content-length': half.length });
      return res.end(half);
    }
    if (fault && fault.kind === 'drop') {
      const full = Buffer.from(result.body ?? '', 'utf8');
      res.writeHead(result.status, { ...result.headers, 'content-length': full.length });
      res.write(full.subarray(0, Math.floor(full.length / 2)), () => setImmediate(() => res.destroy()));
      return undefined;
    }
    return this.send(res, result);
  }

  async dispatch(route, req, url, body) {
    if (route === '/oauth2/token') {
      return this.tokens.handleTokenRequest({ method: req.method, headers: req.headers, body });
    }
    if (route === '/graphql') {
      const context = { auth: this.tokens.authenticate(req.headers.authorization), store: this.store, unauthenticated: false };
      return this.graphql.handle({ method: req.method, url: req.url, headers: req.headers, body, raw: req, context });
    }
    if (route === '/case-repository') {
      return handleRepository(this.repository, { method: req.method, url, headers: req.headers, body });
    }
    return jsonResponse(404, { code: 'NOT_FOUND', message: `No endpoint ${url.pathname}.` });
  }
}

module.exports = { App };
