#!/usr/bin/env node
// Validates every client operation (resources/graphql/*.graphql) against the sandbox's schema
// (sandbox/schema.graphql, the client's contract) with graphql-js, so the two cannot drift.
// Operations are composed as api/GraphQLDocuments does: "#@ include X" is parts/X.graphql and
// "#@ slot S" the "#@ into S" sections of the optional parts (one per capability). Each
// operation is checked with every combination of its parts; the sandbox serves them all; its
// documented core is checked against sandbox/schema-documented.graphql (the article) too. Each
// file must hold exactly one operation, named like the file, and every file (parts and
// discovery documents too) must be compiled into the resources (resources/CMakeLists.txt).
// Exit 1 with one line per problem.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const { buildSchema, parse, validate, Kind } = require(
  require.resolve('graphql', { paths: [path.join(root, 'sandbox')] }));

const schema = buildSchema(fs.readFileSync(path.join(root, 'sandbox', 'schema.graphql'), 'utf8'));
// Exactly the article's schema: the documented core of every operation must pass there.
const documented = buildSchema(
  fs.readFileSync(path.join(root, 'sandbox', 'schema-documented.graphql'), 'utf8'));
const dir = path.join(root, 'resources', 'graphql');
const cmake = fs.readFileSync(path.join(root, 'resources', 'CMakeLists.txt'), 'utf8');
const problems = [];
const graphqlFiles = (sub) => fs.readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.graphql')).sort();
const files = graphqlFiles('.');

// The parts, as GraphQLDocuments reads them.
const pieces = graphqlFiles('parts').map((file) => {
  const piece = { name: path.basename(file, '.graphql'), body: '', sections: {} };
  let into = null;
  for (const line of fs.readFileSync(path.join(dir, 'parts', file), 'utf8').split('\n')) {
    const t = line.trim();
    if (t.startsWith('#@ capability ')) piece.capability = t.slice(14).trim();
    else if (t.startsWith('#@ needs ')) piece.needs = t.slice(9).trim();
    else if (t.startsWith('#@ into ')) { into = t.slice(8).trim(); piece.sections[into] = ''; }
    else if (t && !t.startsWith('#')) {
      if (into) piece.sections[into] += line + '\n';
      else piece.body += line + '\n';
    }
  }
  return piece;
});

function compose(text, present) {
  return text.split('\n').map((line) => {
    const t = line.trim();
    if (t.startsWith('#@ include ')) {
      const piece = pieces.find((p) => p.name === t.slice(11).trim());
      if (!piece) problems.push(`no part ${t.slice(11)}`);
      return piece ? piece.body : '';
    }
    if (t.startsWith('#@ slot ')) {
      const slot = t.slice(8).trim();
      return pieces.filter((p) => p.capability && present.has(p.capability) &&
        (!p.needs || present.has(p.needs))).map((p) => p.sections[slot] || '').join('');
    }
    return line;
  }).join('\n');
}

let checked = 0;
for (const file of files) {
  const name = path.basename(file, '.graphql');
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const slots = text.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('#@ slot ')).map((l) => l.slice(8).trim());
  const optional = pieces.filter((p) => p.capability && slots.some((s) => s in p.sections)).map((p) => p.capability);
  for (let mask = 0; mask < (1 << optional.length); ++mask) {
    const present = new Set(optional.filter((_, i) => mask & (1 << i)));
    const label = `${file} [${[...present].join(' ') || 'documented core'}]`;
    let document;
    try {
      document = parse(compose(text, present));
    } catch (error) {
      problems.push(`${label}: ${error.message}`);
      continue;
    }
    ++checked;
    for (const error of validate(schema, document)) problems.push(`${label}: ${error.message}`);
    if (mask !== 0) continue;
    for (const error of validate(documented, document))
      problems.push(`${file} [documented core] on schema-documented.graphql: ${error.message}`);
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1) problems.push(`${file}: holds ${operations.length} operations, not 1`);
    else if (operations[0].name?.value !== name)
      problems.push(`${file}: the operation is named ${operations[0].name?.value}, not ${name}`);
  }
}
for (const sub of ['.', 'parts', 'discovery']) {
  for (const file of graphqlFiles(sub)) {
    const listed = sub === '.' ? `graphql/${file}` : `graphql/${sub}/${file}`;
    if (!cmake.includes(listed)) problems.push(`${listed}: not listed in resources/CMakeLists.txt`);
  }
}

if (files.length === 0) problems.push('no operations found in resources/graphql');
for (const p of problems) console.error(p);
console.log(`${checked} compositions of ${files.length} operations checked, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
