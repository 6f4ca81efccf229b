'use strict';
// --schema documented: exactly the article's schema, introspection refused by default.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { buildSchema, isObjectType } = require('graphql');
const { startServer, GQL_JSON } = require('./helpers');

const ROOT = path.join(__dirname, '..');

// The article's two examples, verbatim (shared/seeds/000_…txt, 4.1 and 4.2), comment included.
const ARTICLE_QUERY = `query RetrieveUpdatedCases {
viewer {
account {
cases(id: "CASE_ID", serviceId: "SERVICE_ID", lastModifiedMinutes: 1440, customerReference: "CUSTOMER_REFERENCE") {
id
subject
createdDate
customerReference
lastModifiedDate # Used by customers to manage update retrieval
origin
startOfIncident
communications {
message
type
timestamp
sentBy
}
site {
siteId
}
service {
serviceId
}
status
type
}
}
}
}`;
const ARTICLE_CREATE = `mutation CreateCase(
$subject: String!
$type: String!
$startOfIncident: String
$customerReference: String
$serviceId: String!
$message: String!
$sentBy: String
) {
createCase(
subject: $subject
type: $type
startOfIncident: $startOfIncident
customerReference: $customerReference
serviceId: $serviceId
message: $message
sentBy: $sentBy
) {
id
}
}`;
const ARTICLE_REPLY = 'mutation ReplyToCase($caseId: String!, $message: String!, $sentBy: String) {\nreplyToCase(caseId: $caseId, message: $message, sentBy: $sentBy)\n}';
const ARTICLE_REFERENCE = 'mutation AddCustomerReference($caseId: String!, $customerReference: String!) {\naddCustomerReference(caseId: $caseId, customerReference: $customerReference)\n}';

const ARTICLE_CASE_FIELDS = ['id', 'subject', 'createdDate', 'customerReference', 'lastModifiedDate', 'origin', 'startOfIncident', 'communications', 'site', 'service', 'status', 'type'];
const NO_INTROSPECTION = (field) => `GraphQL introspection has been disabled, but the requested query contained the field "${field}".`;
const DOC_CASES = '{ viewer { account { cases { id subject status type communications { message type sentBy } site { siteId } service { serviceId } } } } }';

let s;
let token;
test.before(async () => {
  s = await startServer(['--schema', 'documented']);
  token = await s.token();
});
test.after(() => s.stop());

const strict = (query, variables) => s.gql(query, variables, { token, accept: GQL_JSON });

test('schema-documented.graphql is the article\'s schema and a subset of schema.graphql', () => {
  const doc = buildSchema(fs.readFileSync(path.join(ROOT, 'schema-documented.graphql'), 'utf8'));
  const full = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
  const fieldsOf = (schema, type) => Object.keys(schema.getType(type).getFields()).sort();
  assert.deepEqual(fieldsOf(doc, 'Case'), [...ARTICLE_CASE_FIELDS].sort());
  assert.deepEqual(fieldsOf(doc, 'Communication'), ['message', 'sentBy', 'timestamp', 'type']);
  assert.deepEqual(fieldsOf(doc, 'Account'), ['cases']);
  assert.deepEqual(fieldsOf(doc, 'Site'), ['siteId']);
  assert.deepEqual(fieldsOf(doc, 'Service'), ['serviceId']);
  assert.deepEqual(fieldsOf(doc, 'Mutation'), ['addCustomerReference', 'createCase', 'replyToCase']);
  const args = (schema, type, field) => Object.fromEntries(schema.getType(type).getFields()[field].args.map((a) => [a.name, String(a.type)]));
  assert.deepEqual(args(doc, 'Mutation', 'createCase'), {
    subject: 'String!', type: 'String!', startOfIncident: 'String', endOfIncident: 'String', customerReference: 'String',
    serviceId: 'String!', message: 'String!', sentBy: 'String',
  });
  assert.deepEqual(args(doc, 'Account', 'cases'), { id: 'String', serviceId: 'String', lastModifiedMinutes: 'Int', customerReference: 'String' });
  // every documented type, field and argument exists in the full schema with the same type
  for (const type of Object.values(doc.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    const fullType = full.getType(type.name);
    assert.ok(fullType, type.name);
    for (const [name, f] of Object.entries(type.getFields())) {
      const ff = fullType.getFields()[name];
      assert.ok(ff, `${type.name}.${name}`);
      assert.equal(String(ff.type), String(f.type), `${type.name}.${name}`);
      for (const a of f.args) assert.equal(String(ff.args.find((x) => x.name === a.name).type), String(a.type), `${type.name}.${name}(${a.name})`);
    }
  }
});

test('undocumented fields are refused like a real server: 400 Cannot query field', async () => {
  const refused = [
    ['{ viewer { account { cases { id priority } } } }', 'Cannot query field "priority" on type "Case".'],
    ['{ viewer { account { cases { endOfIncident } } } }', 'Cannot query field "endOfIncident" on type "Case". Did you mean "startOfIncident"?'],
    ['{ viewer { account { cases { site { name } } } } }', 'Cannot query field "name" on type "Site".'],
    ['{ viewer { account { cases { service { serviceName } } } } }', 'Cannot query field "serviceName" on type "Service". Did you mean "serviceId"?'],
    ['{ viewer { account { accountId } } }', 'Cannot query field "accountId" on type "Account".'],
    ['{ viewer { account { name } } }', 'Cannot query field "name" on type "Account".'],
    ['{ viewer { account { services { serviceId } } } }', 'Cannot query field "services" on type "Account".'],
    ['{ viewer { account { sites { siteId } } } }', 'Cannot query field "sites" on type "Account". Did you mean "cases"?'],
  ];
  for (const [query, message] of refused) {
    const r = await strict(query);
    assert.equal(r.status, 400, query);
    assert.equal(r.body.errors[0].message, message);
    assert.equal(r.body.errors[0].extensions.code, 'HC0009');
    assert.equal('data' in r.body, false);
  }
});

test('createCase refuses the priority argument; without it the case gets the default P3', async (t) => {
  const r = await strict('mutation { createCase(subject:"ChangeRequest", type:"NonIncident", priority:"P4", serviceId:"SVC-204871", message:"x") { id } }');
  assert.equal(r.status, 400);
  assert.equal(r.body.errors[0].message, 'Unknown argument "priority" on field "Mutation.createCase".');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-doc-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'state.json');
  const d = await startServer(['--schema', 'documented', '--data', file, '--seed', 'empty']);
  const dt = await d.token();
  const created = await d.gql(ARTICLE_CREATE, { subject: 'ChangeRequest', type: 'NonIncident', serviceId: 'SVC-204871', message: 'Please add a prefix.' }, { token: dt, accept: GQL_JSON });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  assert.equal((await d.stop()).code, 0);
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.deepEqual(saved.state.cases.map((c) => [c.id, c.priority]), [[created.body.data.createCase.id, 'P3']]);
});

test('the article\'s examples are accepted verbatim and work', async () => {
  const q = await strict(ARTICLE_QUERY);
  assert.equal(q.status, 200, JSON.stringify(q.body));
  assert.deepEqual(q.body, { data: { viewer: { account: { cases: [] } } } }, 'placeholder ids match nothing');

  // the article's CreateCase sends no endOfIncident: an Incident fails as the article says ...
  const vars = { subject: 'ServiceDown', type: 'Incident', startOfIncident: '2026-11-20T08:00:00Z', serviceId: 'SVC-204871', message: 'Circuit down' };
  const incident = await strict(ARTICLE_CREATE, vars);
  assert.equal(incident.body.errors[0].extensions.code, 'HC0011');
  // ... and with endOfIncident (in the documented schema, as its text requires) it is created
  const withEnd = await strict(ARTICLE_CREATE.replace('$sentBy: String\n)', '$sentBy: String\n$endOfIncident: String\n)').replace('sentBy: $sentBy\n)', 'sentBy: $sentBy\nendOfIncident: $endOfIncident\n)'), { ...vars, endOfIncident: null });
  assert.equal(withEnd.status, 200, JSON.stringify(withEnd.body));
  const id = withEnd.body.data.createCase.id;
  const general = await strict(ARTICLE_CREATE, { subject: 'InformationRequest', type: 'NonIncident', serviceId: 'SVC-204871', message: 'Contract end date?', customerReference: 'RITM0000001', sentBy: 'Anna de Vries' });
  assert.match(general.body.data.createCase.id, /^CS-\d{7}$/);

  assert.deepEqual((await strict(ARTICLE_REPLY, { caseId: id, message: 'Any update?' })).body, { data: { replyToCase: true } });
  assert.deepEqual((await strict(ARTICLE_REFERENCE, { caseId: id, customerReference: 'INC7654321' })).body, { data: { addCustomerReference: true } });
  const one = await strict(ARTICLE_QUERY.replace('(id: "CASE_ID", serviceId: "SERVICE_ID", lastModifiedMinutes: 1440, customerReference: "CUSTOMER_REFERENCE")', `(id: "${id}")`));
  const [c] = one.body.data.viewer.account.cases;
  assert.deepEqual(Object.keys(c), ARTICLE_CASE_FIELDS);
  assert.equal(c.customerReference, 'INC7654321');
  assert.deepEqual(c.communications.map((m) => [m.type, m.message]), [['CustomerMessage', 'Circuit down'], ['CustomerMessage', 'Any update?']]);
  assert.deepEqual([c.site, c.service, c.status, c.type], [{ siteId: 'SITE-NL-0101' }, { serviceId: 'SVC-204871' }, 'New', 'Incident']);

  const all = await strict(DOC_CASES);
  assert.ok(all.body.data.viewer.account.cases.length >= 60);
});

test('introspection is refused by default with --schema documented; __typename is allowed', async () => {
  for (const [query, field] of [['{ __schema { types { name } } }', '__schema'], ['{ __type(name: "Case") { fields { name } } }', '__type'],
    ['query { viewer { __typename } __schema { queryType { name } } }', '__schema']]) {
    const r = await strict(query);
    assert.equal(r.status, 400, query);
    assert.equal(r.body.errors[0].message, NO_INTROSPECTION(field));
    assert.equal(r.body.errors[0].extensions.code, 'HC0009');
    const lax = await s.gql(query, undefined, { token });
    assert.equal(lax.status, 200, 'application/json: like every validation error');
    assert.equal(lax.body.errors[0].message, NO_INTROSPECTION(field));
  }
  assert.deepEqual((await strict('{ __typename viewer { __typename } }')).body, { data: { __typename: 'Query', viewer: { __typename: 'Viewer' } } });
  const state = (await s.control('GET', '/_sandbox/state')).body;
  assert.deepEqual([state.options.schema, state.options.introspection, state.options.words], ['documented', false, 'sandbox']);
});

test('--introspection on/off overrides the default of either schema', async () => {
  const INTRO = '{ __type(name: "Case") { fields { name } } }';
  const docOn = await startServer(['--schema', 'documented', '--introspection', 'on']);
  try {
    const r = await docOn.gql(INTRO, undefined, { accept: GQL_JSON });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.data.__type.fields.map((f) => f.name), ARTICLE_CASE_FIELDS);
    assert.equal((await docOn.control('GET', '/_sandbox/state')).body.options.introspection, true);
  } finally {
    await docOn.stop();
  }
  const fullOff = await startServer(['--introspection', 'off']);
  try {
    const r = await fullOff.gql(INTRO, undefined, { accept: GQL_JSON });
    assert.equal(r.status, 400);
    assert.equal(r.body.errors[0].message, NO_INTROSPECTION('__type'));
    const t = await fullOff.token();
    assert.equal((await fullOff.gql('{ viewer { account { cases { priority } } } }', undefined, { token: t })).status, 200, 'the full schema still has priority');
  } finally {
    await fullOff.stop();
  }
  // the default server (full) still answers introspection
  const full = await startServer([]);
  try {
    const r = await full.gql(INTRO, undefined, { accept: GQL_JSON });
    assert.ok(r.body.data.__type.fields.some((f) => f.name === 'priority'));
    const o = (await full.control('GET', '/_sandbox/state')).body.options;
    assert.deepEqual([o.schema, o.introspection, o.words], ['full', true, 'sandbox']);
  } finally {
    await full.stop();
  }
});

test('POST /_sandbox/validate validates against the active schema without executing', async () => {
  const validate = (query) => s.control('POST', '/_sandbox/validate', { query });
  assert.deepEqual((await validate(ARTICLE_QUERY)).body, { valid: true, errors: [] });
  assert.deepEqual((await validate(ARTICLE_CREATE)).body, { valid: true, errors: [] });

  const bad = await validate('{ viewer { account { cases { id priority } accountId } } }');
  assert.equal(bad.status, 200);
  assert.equal(bad.body.valid, false);
  assert.deepEqual(bad.body.errors.map((e) => e.message), ['Cannot query field "priority" on type "Case".', 'Cannot query field "accountId" on type "Account".']);
  assert.deepEqual(bad.body.errors[0].locations, [{ line: 1, column: 33 }]);
  assert.equal(bad.body.errors[0].extensions.code, 'HC0009');

  const intro = await validate('{ __schema { description } }');
  assert.deepEqual(intro.body, { valid: false, errors: [{ message: NO_INTROSPECTION('__schema'), locations: [{ line: 1, column: 3 }], extensions: { code: 'HC0009' } }] });
  const syntax = await validate('{ viewer { ');
  assert.equal(syntax.body.valid, false);
  assert.equal(syntax.body.errors[0].extensions.code, 'HC0011');
  assert.match(syntax.body.errors[0].message, /^Syntax Error/);

  // a valid mutation is not run
  const [c] = (await strict(DOC_CASES)).body.data.viewer.account.cases;
  const ok = await validate(`mutation { replyToCase(caseId: "${c.id}", message: "validated, not sent") }`);
  assert.deepEqual(ok.body, { valid: true, errors: [] });
  const after = (await strict(`{ viewer { account { cases(id: "${c.id}") { communications { message } } } } }`)).body.data.viewer.account.cases[0];
  assert.ok(!after.communications.some((m) => m.message === 'validated, not sent'));

  for (const body of [{}, { query: '' }, { query: 42 }]) {
    const r = await s.control('POST', '/_sandbox/validate', body);
    assert.deepEqual([r.status, r.body.code], [400, 'INVALID_ARGUMENT']);
  }
  assert.equal((await s.control('GET', '/_sandbox/validate')).status, 405);

  // the full schema's server judges the same document valid
  const full = await startServer([]);
  try {
    assert.deepEqual((await full.control('POST', '/_sandbox/validate', { query: '{ viewer { account { cases { id priority } accountId } } }' })).body, { valid: true, errors: [] });
  } finally {
    await full.stop();
  }
});

test('bad --schema, --introspection and --words values exit 2 with the usage', () => {
  const { spawnSync } = require('node:child_process');
  for (const args of [['--schema', 'minimal'], ['--introspection', 'yes'], ['--words', 'german'], ['--schema']]) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'server.js'), ...args], { encoding: 'utf8', timeout: 5000 });
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /usage: node sandbox\/server\.js/);
  }
});
