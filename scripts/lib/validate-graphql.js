#!/usr/bin/env node
// Validates every client operation (resources/graphql/*.graphql) against the sandbox's schema
// (sandbox/schema.graphql, the client's contract) with graphql-js, so the two cannot drift.
// Each file must hold exactly one operation, named like the file, and be compiled into the
// resources (listed in resources/CMakeLists.txt). Exit 1 with one line per problem.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const { buildSchema, parse, validate, Kind } = require(
  require.resolve('graphql', { paths: [path.join(root, 'sandbox')] }));

const schema = buildSchema(fs.readFileSync(path.join(root, 'sandbox', 'schema.graphql'), 'utf8'));
const dir = path.join(root, 'resources', 'graphql');
const cmake = fs.readFileSync(path.join(root, 'resources', 'CMakeLists.txt'), 'utf8');
const problems = [];
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();

for (const file of files) {
  const name = path.basename(file, '.graphql');
  let document;
  try {
    document = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    problems.push(`${file}: ${error.message}`);
    continue;
  }
  for (const error of validate(schema, document)) problems.push(`${file}: ${error.message}`);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) problems.push(`${file}: holds ${operations.length} operations, not 1`);
  else if (operations[0].name?.value !== name)
    problems.push(`${file}: the operation is named ${operations[0].name?.value}, not ${name}`);
  if (!cmake.includes(`graphql/${file}`)) problems.push(`${file}: not listed in resources/CMakeLists.txt`);
}

if (files.length === 0) problems.push('no operations found in resources/graphql');
for (const p of problems) console.error(p);
console.log(`${files.length - new Set(problems.map((p) => p.split(':')[0])).size} passed, ` +
            `${new Set(problems.map((p) => p.split(':')[0])).size} failed`);
process.exit(problems.length ? 1 : 0);
