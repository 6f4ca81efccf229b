'use strict';
// The executable schema: schema.graphql (--schema full) or schema-documented.graphql (--schema
// documented) plus one set of resolvers, authorization, error mapping and the active words.
const fs = require('node:fs');
const path = require('node:path');
const { buildSchema, GraphQLError } = require('graphql');
const { SCOPES } = require('./auth');
const { SandboxError } = require('./store');

const { Words } = require('./words');
const { toUtc } = require('./dates');

const SCHEMA_FILES = {
  full: path.join(__dirname, '..', 'schema.graphql'),
  documented: path.join(__dirname, '..', 'schema-documented.graphql'),
};
const SCHEMAS = Object.keys(SCHEMA_FILES);
const NOT_AUTHORIZED_MESSAGE = 'The current user is not authorized to access this resource.';

function toGraphQLError(err) {
  if (err instanceof GraphQLError) return err;
  if (err instanceof SandboxError) {
    const { bare, ...extra } = err.extra;
    return new GraphQLError(err.message, { extensions: bare ? { code: err.code } : { code: err.code, ...extra } });
  }
  throw err; // unexpected: graphql-js reports it, formatError hides the details
}

function requireAuthenticated(ctx) {
  if (ctx.auth.state !== 'ok') {
    throw new GraphQLError(NOT_AUTHORIZED_MESSAGE, { extensions: { code: 'AUTH_NOT_AUTHENTICATED' } });
  }
}

/** Checks the token carries one of the scopes (support.read-write implies support.read). */
function requireScope(ctx, ...anyOf) {
  requireAuthenticated(ctx);
  if (!anyOf.some((s) => ctx.auth.scopes.includes(s))) {
    throw new GraphQLError(NOT_AUTHORIZED_MESSAGE, { extensions: { code: 'AUTH_NOT_AUTHORIZED', requiredScope: anyOf[0] } });
  }
}

/** Wraps a resolver so that SandboxErrors become GraphQL errors with extensions.code. */
function guarded(fn) {
  return (...a) => {
    try {
      return fn(...a);
    } catch (err) {
      throw toGraphQLError(err);
    }
  };
}

// With --dates utc every date of a case is answered in +00:00 (stored in the site's offset).
const utcDates = (fields) => Object.fromEntries(fields.map((f) => [f, (o) => (o[f] == null ? o[f] : toUtc(o[f]))]));

/**
 * The resolvers of both schemas; `words` translates statuses, types and the default sender,
 * `dates` (site or utc) the offset dates are written in.
 */
const makeResolvers = (words, dates = 'site') => ({
  Query: {
    viewer: () => ({}),
  },
  Viewer: {
    // The account comes from the token; every sandbox client belongs to the one account.
    account: (_v, _a, ctx) => ctx.store.account,
  },
  Account: {
    accountId: (acc, _a, ctx) => (requireAuthenticated(ctx), acc.accountId),
    name: (acc, _a, ctx) => (requireAuthenticated(ctx), acc.name),
    services: (_acc, { id }, ctx) => {
      requireScope(ctx, SCOPES.BASIC_READ);
      return ctx.store.services(id);
    },
    sites: (_acc, { name }, ctx) => {
      requireScope(ctx, SCOPES.BASIC_READ);
      return ctx.store.sites(name);
    },
    cases: (_acc, args, ctx) => {
      requireScope(ctx, SCOPES.SUPPORT_READ, SCOPES.SUPPORT_WRITE);
      if (args.lastModifiedMinutes != null && args.lastModifiedMinutes < 0) {
        throw new SandboxError('INVALID_ARGUMENT', 'lastModifiedMinutes must be 0 or greater.', { argument: 'lastModifiedMinutes' });
      }
      return ctx.store.cases(args);
    },
  },
  Service: {
    site: (svc, _a, ctx) => ctx.store.site(svc.siteId),
  },
  Case: {
    ...(dates === 'utc' ? utcDates(['createdDate', 'lastModifiedDate', 'startOfIncident', 'endOfIncident']) : {}),
    status: (c) => words.status(c.status),
    site: (c, _a, ctx) => ctx.store.site(c.siteId),
    service: (c, _a, ctx) => ctx.store.service(c.serviceId),
  },
  Communication: {
    ...(dates === 'utc' ? utcDates(['timestamp']) : {}),
    type: (m) => words.commType(m.type),
    message: (m) => words.commMessage(m),
  },
  Mutation: {
    createCase: (_r, args, ctx) => {
      requireScope(ctx, SCOPES.SUPPORT_WRITE);
      return ctx.store.createCase({ ...args, sentBy: words.sender(args.sentBy) }, { origin: 'Api' });
    },
    replyToCase: (_r, { caseId, message, sentBy }, ctx) => {
      requireScope(ctx, SCOPES.SUPPORT_WRITE);
      return ctx.store.reply(caseId, message, words.sender(sentBy), { side: 'customer' }) !== null;
    },
    addCustomerReference: (_r, { caseId, customerReference }, ctx) => {
      requireScope(ctx, SCOPES.SUPPORT_WRITE);
      ctx.store.addCustomerReference(caseId, customerReference);
      return true;
    },
  },
});

/**
 * Builds the executable schema. The full schema must have every resolver's field (a typo fails
 * at start); the documented one is a subset, so resolvers of fields it lacks are left out.
 */
function createSchema({ schema: name = 'full', words = new Words(), dates = 'site' } = {}) {
  const file = SCHEMA_FILES[name];
  if (!file) throw new Error(`unknown schema ${name} (${SCHEMAS.join(', ')})`);
  const strict = name === 'full';
  const schema = buildSchema(fs.readFileSync(file, 'utf8'));
  for (const [typeName, fields] of Object.entries(makeResolvers(words, dates))) {
    const type = schema.getType(typeName);
    if (!type) {
      if (strict) throw new Error(`${path.basename(file)} has no type ${typeName}`);
      continue;
    }
    const typeFields = type.getFields();
    for (const [fieldName, fn] of Object.entries(fields)) {
      if (!typeFields[fieldName]) {
        if (strict) throw new Error(`${path.basename(file)} has no field ${typeName}.${fieldName}`);
        continue;
      }
      typeFields[fieldName].resolve = guarded(fn);
    }
  }
  return schema;
}

module.exports = { createSchema, SCHEMAS, SCHEMA_FILES, NOT_AUTHORIZED_MESSAGE, toGraphQLError };
