'use strict';
// The executable schema: schema.graphql plus resolvers, authorization and error mapping.
const fs = require('node:fs');
const path = require('node:path');
const { buildSchema, GraphQLError } = require('graphql');
const { SCOPES } = require('./auth');
const { SandboxError } = require('./store');

const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');
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

const resolvers = {
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
    site: (c, _a, ctx) => ctx.store.site(c.siteId),
    service: (c, _a, ctx) => ctx.store.service(c.serviceId),
  },
  Mutation: {
    createCase: (_r, args, ctx) => {
      requireScope(ctx, SCOPES.SUPPORT_WRITE);
      return ctx.store.createCase(args, { origin: 'Api' });
    },
    replyToCase: (_r, { caseId, message, sentBy }, ctx) => {
      requireScope(ctx, SCOPES.SUPPORT_WRITE);
      ctx.store.reply(caseId, message, sentBy, { side: 'customer' });
      return true;
    },
    addCustomerReference: (_r, { caseId, customerReference }, ctx) => {
      requireScope(ctx, SCOPES.SUPPORT_WRITE);
      ctx.store.addCustomerReference(caseId, customerReference);
      return true;
    },
  },
};

function createSchema() {
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type) throw new Error(`schema.graphql has no type ${typeName}`);
    const typeFields = type.getFields();
    for (const [fieldName, fn] of Object.entries(fields)) {
      if (!typeFields[fieldName]) throw new Error(`schema.graphql has no field ${typeName}.${fieldName}`);
      typeFields[fieldName].resolve = guarded(fn);
    }
  }
  return schema;
}

module.exports = { createSchema, NOT_AUTHORIZED_MESSAGE, toGraphQLError };
