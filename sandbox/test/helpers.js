'use strict';
// Test helpers: start the real server as a child process and talk HTTP to it.
// (node --test also loads this file as a test file; it defines no tests.)
const { spawn } = require('node:child_process');
const path = require('node:path');
const readline = require('node:readline');

const SERVER = path.join(__dirname, '..', 'server.js');
const DATE_RE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}[+-]\d\d:\d\d$/;
const GQL_JSON = 'application/graphql-response+json';
const PUBLISHER = ['demo-publisher', 'demo-password'];
const VIEWER = ['demo-viewer', 'viewer-password'];
const LOCAL_DATE_RE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Runs server.js with args and resolves once it printed its start line. */
function startServer(args = [], { control = true, env } = {}) {
  const fullArgs = [SERVER, '--port', '0', ...(control ? ['--control'] : []), ...args];
  const proc = spawn(process.execPath, fullArgs, { stdio: ['ignore', 'pipe', 'pipe'], env: env ? { ...process.env, ...env } : process.env });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const lines = [];
    const rl = readline.createInterface({ input: proc.stdout });
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 10000);
    rl.on('line', (line) => {
      lines.push(line);
      if (lines.length > 1) return;
      clearTimeout(timer);
      let urls;
      try {
        urls = JSON.parse(line);
      } catch (err) {
        reject(new Error(`bad start line ${line}`));
        return;
      }
      const base = urls.graphql.replace(/\/graphql$/, '');
      resolve(makeClient({ proc, urls, base, lines, exited, stderr: () => stderr }));
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      if (lines.length === 0) reject(new Error(`server exited ${code}: ${stderr}`));
    });
  });
}

function makeClient({ proc, urls, base, lines, exited, stderr }) {
  const client = {
    proc, urls, base, lines, exited, stderr,
    async stop(signal = 'SIGTERM') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
    /** Gets a token; returns the parsed body (throws unless 200). */
    async token(clientId = 'demo-client', secret = 'demo-secret', scope) {
      const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret });
      if (scope) form.set('scope', scope);
      const res = await fetch(urls.token, { method: 'POST', body: form });
      const body = await res.json();
      if (res.status !== 200) throw new Error(`token failed ${res.status} ${JSON.stringify(body)}`);
      return body.access_token;
    },
    /** POSTs a GraphQL request; returns { status, headers, body }. */
    async gql(query, variables, { token, accept = 'application/json', method = 'POST' } = {}) {
      const headers = { accept };
      if (token) headers.authorization = `Bearer ${token}`;
      let res;
      if (method === 'GET') {
        const qs = new URLSearchParams({ query });
        if (variables) qs.set('variables', JSON.stringify(variables));
        res = await fetch(`${urls.graphql}?${qs}`, { headers });
      } else {
        headers['content-type'] = 'application/json';
        res = await fetch(urls.graphql, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      }
      const text = await res.text();
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      return { status: res.status, headers: res.headers, body };
    },
    /** Control API call; returns { status, body }. */
    async control(method, p, payload) {
      const res = await fetch(base + p, {
        method,
        headers: payload !== undefined ? { 'content-type': 'application/json' } : {},
        body: payload !== undefined ? JSON.stringify(payload) : undefined,
      });
      return { status: res.status, headers: res.headers, body: await res.json() };
    },
    /**
     * A Case Repository request: `p` is the path below /case-repository (with its query), `payload`
     * is sent as JSON unless `raw` gives the body text. `auth` is [user, password], or null for none.
     * Returns { status, headers, body } (body parsed when JSON, '' when empty).
     */
    async repo(method, p, payload, { auth = PUBLISHER, contentType = 'application/json', raw, headers = {} } = {}) {
      const h = { ...headers };
      if (auth) h.authorization = `Basic ${Buffer.from(auth.join(':')).toString('base64')}`;
      let body;
      if (raw !== undefined || payload !== undefined) {
        body = raw !== undefined ? raw : JSON.stringify(payload);
        if (contentType) h['content-type'] = contentType;
      }
      const res = await fetch(urls.caseRepository + p, { method, headers: h, body });
      const text = await res.text();
      let parsed = text;
      try {
        parsed = text ? JSON.parse(text) : '';
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, headers: res.headers, body: parsed };
    },
    /** The cases query with the given arguments (all fields). */
    async cases(token, args = {}) {
      const r = await client.gql(CASES_QUERY, args, { token });
      if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
      return r.body.data.viewer.account.cases;
    },
  };
  return client;
}

const CASE_FIELDS = `id subject type priority status origin createdDate lastModifiedDate customerReference
  startOfIncident endOfIncident communications { message type timestamp sentBy }
  site { siteId name city country } service { serviceId serviceName status serviceType bandwidth }`;

const CASES_QUERY = `query Cases($id: String, $serviceId: String, $lastModifiedMinutes: Int, $customerReference: String) {
  viewer { account { cases(id: $id, serviceId: $serviceId, lastModifiedMinutes: $lastModifiedMinutes, customerReference: $customerReference) {
    ${CASE_FIELDS}
  } } } }`;

const CREATE_CASE = `mutation CreateCase($subject: String!, $type: String!, $priority: String, $startOfIncident: String,
  $endOfIncident: String, $customerReference: String, $serviceId: String!, $message: String!, $sentBy: String) {
  createCase(subject: $subject, type: $type, priority: $priority, startOfIncident: $startOfIncident,
    endOfIncident: $endOfIncident, customerReference: $customerReference, serviceId: $serviceId,
    message: $message, sentBy: $sentBy) { ${CASE_FIELDS} } }`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

module.exports = { startServer, DATE_RE, GQL_JSON, PUBLISHER, VIEWER, LOCAL_DATE_RE, UUID_RE, CASES_QUERY, CREATE_CASE, CASE_FIELDS, sleep };
