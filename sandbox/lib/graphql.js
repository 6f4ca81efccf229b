'use strict';
// /graphql over HTTP: graphql-http's spec-compliant handler with HotChocolate-like error codes
// and 401 for requests without a valid token when the client accepts graphql-response+json.
const { createHandler } = require('graphql-http');
const { parse, validate, specifiedRules, NoSchemaIntrospectionCustomRule, GraphQLError } = require('graphql');
const { createSchema } = require('./schema');

// HotChocolate's codes (ErrorCodes.cs) where it has one; see README "Decisions".
const CODES = {
  SYNTAX: 'HC0011', // Server.SyntaxError
  REQUEST_INVALID: 'HC0009', // Server.RequestInvalid: malformed request and document validation
  QUERY_MISSING: 'HC0013', // Server.QueryAndIdMissing
  VARIABLE_INVALID: 'HC0016', // Execution.InvalidType
  NON_NULL: 'HC0018', // Execution.NonNullViolation (required variable missing / null result)
  UNEXPECTED: 'HC0008', // Execution.TaskProcessingError
};

function withCode(err, code, message = err.message) {
  return new GraphQLError(message, {
    nodes: err.nodes,
    source: err.source,
    positions: err.positions,
    path: err.path,
    originalError: err.originalError,
    extensions: { ...err.extensions, code },
  });
}

/**
 * The /graphql handler over the active schema (`schema`: full or documented), with introspection
 * refused when `introspection` is false (NoSchemaIntrospectionCustomRule: `__schema` and `__type`
 * are validation errors, `__typename` stays allowed) and answers in `words`, its dates as `dates`
 * says (site or utc).
 */
function createGraphQLHandler({ log, schema: schemaName = 'full', introspection = true, words, dates = 'site' }) {
  const schema = createSchema({ schema: schemaName, words, dates });
  const extraRules = introspection ? [] : [NoSchemaIntrospectionCustomRule];
  const validationErrors = new WeakSet();

  const formatError = (err) => {
    if (!(err instanceof GraphQLError)) {
      // request-level problems reported by graphql-http (bad JSON, missing query, ...)
      const code = /missing query/i.test(err.message) ? CODES.QUERY_MISSING : CODES.REQUEST_INVALID;
      return new GraphQLError(err.message, { extensions: { code } });
    }
    if (err.extensions && err.extensions.code) return err;
    if (validationErrors.has(err)) return withCode(err, CODES.REQUEST_INVALID);
    if (err.message.startsWith('Syntax Error')) return withCode(err, CODES.SYNTAX);
    if (err.originalError && !(err.originalError instanceof GraphQLError)) {
      log.error(`resolver failed: ${err.originalError.stack || err.originalError}`);
      return withCode(err, CODES.UNEXPECTED, 'Unexpected Execution Error');
    }
    if (/^Variable "\$\w+" of (required|non-null) type .* (was not provided|must not be null)/.test(err.message)) {
      return withCode(err, CODES.NON_NULL);
    }
    if (/^Variable "\$\w+" got invalid value/.test(err.message)) return withCode(err, CODES.VARIABLE_INVALID);
    if (/^Cannot return null for non-nullable field/.test(err.message)) return withCode(err, CODES.NON_NULL);
    return withCode(err, CODES.REQUEST_INVALID);
  };

  const handler = createHandler({
    schema,
    context: (req) => req.context,
    validate: (...args) => {
      const errors = validate(...args);
      for (const e of errors) validationErrors.add(e);
      return errors;
    },
    validationRules: extraRules,
    formatError,
    onOperation: (req, _args, result) => {
      if (result.errors && result.errors.some((e) => e.extensions && e.extensions.code === 'AUTH_NOT_AUTHENTICATED')) {
        req.context.unauthenticated = true;
      }
      // a result without data is a request error (variable coercion, unknown operation): answering
      // the bare error list makes graphql-http use 400 for graphql-response+json, as the spec asks
      if (!('data' in result) && result.errors && result.errors.length) return result.errors;
      return undefined;
    },
  });

  /**
   * Validates a document against the active schema and rules without executing it (for
   * /_sandbox/validate): { valid, errors: [{ message, locations?, extensions: { code } }] }.
   */
  const validateDocument = (query) => {
    let document;
    try {
      document = parse(query);
    } catch (err) {
      if (!(err instanceof GraphQLError)) throw err;
      return { valid: false, errors: [withCode(err, CODES.SYNTAX).toJSON()] };
    }
    const errors = validate(schema, document, [...specifiedRules, ...extraRules]);
    return { valid: errors.length === 0, errors: errors.map((e) => withCode(e, CODES.REQUEST_INVALID).toJSON()) };
  };

  /** Returns { status, headers, body } for one /graphql request. */
  const handle = async function handleGraphQL({ method, url, headers, body, raw, context }) {
    const [resBody, init] = await handler({ method, url, headers, body, raw, context });
    const outHeaders = { ...(init.headers || {}) };
    let status = init.status;
    const contentType = String(outHeaders['content-type'] || '');
    if (context.unauthenticated && status === 200 && contentType.startsWith('application/graphql-response+json')) {
      status = 401;
    }
    if (status === 401) {
      outHeaders['www-authenticate'] = context.auth.state === 'missing'
        ? 'Bearer realm="sandbox"'
        : `Bearer realm="sandbox", error="invalid_token", error_description="The access token is ${context.auth.state === 'expired' ? 'expired' : 'unknown'}"`;
    }
    return { status, headers: outHeaders, body: resBody ?? '' };
  };
  return { handle, validateDocument };
}

module.exports = { createGraphQLHandler, CODES };
