'use strict';
// OAuth 2.0 client credentials (RFC 6749 section 4.4) and bearer token checks.
const crypto = require('node:crypto');

const SCOPES = {
  BASIC_READ: 'customerapi/basic.read',
  SUPPORT_READ: 'customerapi/support.read',
  SUPPORT_WRITE: 'customerapi/support.read-write',
};
const ALL_SCOPES = Object.values(SCOPES);

const CLIENTS = [
  { clientId: 'demo-client', secret: 'demo-secret', scopes: ALL_SCOPES },
  { clientId: 'readonly-client', secret: 'readonly-secret', scopes: [SCOPES.BASIC_READ, SCOPES.SUPPORT_READ] },
];

function safeEqual(a, b) {
  const ba = Buffer.from(String(a));
  const bb = Buffer.from(String(b));
  return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}

function oauthError(status, error, description, headers = {}) {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', pragma: 'no-cache', ...headers },
    body: JSON.stringify({ error, error_description: description }),
  };
}

class TokenService {
  constructor({ clock, ttlSeconds = 3600 }) {
    this.clock = clock;
    this.ttlSeconds = ttlSeconds;
    this.tokens = new Map();
  }

  clear() {
    this.tokens.clear();
  }

  issue(clientId, scopes) {
    const token = crypto.randomBytes(32).toString('base64url');
    this.tokens.set(token, {
      clientId,
      scopes,
      expiresAtMs: this.clock.nowMs() + this.ttlSeconds * 1000,
      revoked: false,
    });
    return token;
  }

  /** Marks a token expired from now on (the expire-token fault). */
  expire(token) {
    const t = this.tokens.get(token);
    if (t) t.revoked = true;
    return Boolean(t);
  }

  /**
   * Resolves the Authorization header of a request to
   * { state: 'ok'|'missing'|'invalid'|'expired', token, clientId, scopes }.
   */
  authenticate(header) {
    if (!header) return { state: 'missing', scopes: [] };
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) return { state: 'invalid', scopes: [] };
    const t = this.tokens.get(m[1]);
    if (!t) return { state: 'invalid', token: m[1], scopes: [] };
    if (t.revoked || this.clock.nowMs() >= t.expiresAtMs) return { state: 'expired', token: m[1], scopes: [] };
    return { state: 'ok', token: m[1], clientId: t.clientId, scopes: t.scopes };
  }

  /** Handles POST /oauth2/token. Returns { status, headers, body }. */
  handleTokenRequest({ method, headers, body }) {
    if (method !== 'POST') {
      return oauthError(405, 'invalid_request', 'The token endpoint accepts POST only.', { allow: 'POST' });
    }
    const mediaType = String(headers['content-type'] || '').split(';')[0].trim().toLowerCase();
    if (mediaType !== 'application/x-www-form-urlencoded') {
      return oauthError(400, 'invalid_request', 'The request body must be application/x-www-form-urlencoded.');
    }
    const params = new URLSearchParams(body);
    for (const key of new Set(params.keys())) {
      if (params.getAll(key).length > 1) return oauthError(400, 'invalid_request', `Parameter "${key}" is repeated.`);
    }
    const grantType = params.get('grant_type');
    if (!grantType) return oauthError(400, 'invalid_request', 'Missing grant_type.');

    let clientId = params.get('client_id');
    let secret = params.get('client_secret');
    let usedBasic = false;
    const authz = headers.authorization;
    if (authz && /^Basic\s+/i.test(authz)) {
      if (secret != null) return oauthError(400, 'invalid_request', 'Use either HTTP Basic or client_secret in the body, not both.');
      const decoded = Buffer.from(authz.replace(/^Basic\s+/i, ''), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) return oauthError(400, 'invalid_request', 'Malformed HTTP Basic credentials.');
      let basicId;
      try {
        basicId = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
        secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
      } catch {
        return oauthError(400, 'invalid_request', 'Malformed HTTP Basic credentials.');
      }
      if (clientId != null && clientId !== basicId) return oauthError(400, 'invalid_request', 'client_id does not match the HTTP Basic credentials.');
      clientId = basicId;
      usedBasic = true;
    }
    if (!clientId) return oauthError(400, 'invalid_request', 'Missing client_id.');
    if (secret == null || secret === '') return oauthError(400, 'invalid_request', 'Missing client_secret.');

    const client = CLIENTS.find((c) => c.clientId === clientId);
    if (!client || !safeEqual(client.secret, secret)) {
      return oauthError(401, 'invalid_client', 'Client authentication failed.',
        usedBasic ? { 'www-authenticate': 'Basic realm="sandbox"' } : {});
    }
    if (grantType !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', `Grant type "${grantType}" is not supported; use client_credentials.`);
    }
    let scopes = client.scopes;
    const scopeParam = params.get('scope');
    if (scopeParam != null && scopeParam.trim() !== '') {
      const requested = [...new Set(scopeParam.trim().split(/\s+/))];
      const bad = requested.filter((s) => !client.scopes.includes(s));
      if (bad.length) return oauthError(400, 'invalid_scope', `Scope not allowed for this client: ${bad.join(' ')}.`);
      scopes = requested;
    }
    const token = this.issue(client.clientId, scopes);
    return {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', pragma: 'no-cache' },
      body: JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: this.ttlSeconds, scope: scopes.join(' ') }),
    };
  }

  snapshot() {
    return [...this.tokens.entries()];
  }

  restore(entries) {
    this.tokens = new Map(Array.isArray(entries) ? entries : []);
  }
}

module.exports = { TokenService, SCOPES, ALL_SCOPES, CLIENTS };
