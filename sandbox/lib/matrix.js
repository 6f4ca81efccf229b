'use strict';
// The case-type matrix, loaded from resources/case-types.json (shared with the desktop client).
const fs = require('node:fs');
const path = require('node:path');

const DEFAULT_PATH = path.join(__dirname, '..', '..', 'resources', 'case-types.json');

function loadMatrix(file = process.env.SANDBOX_CASE_TYPES || DEFAULT_PATH) {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (raw.version !== 1 || !Array.isArray(raw.types) || raw.types.length === 0) {
    throw new Error(`${file}: expected {"version":1,"types":[...]}`);
  }
  const types = new Map();
  for (const t of raw.types) {
    if (typeof t.id !== 'string' || !Array.isArray(t.priorities) || !Array.isArray(t.subjects)) {
      throw new Error(`${file}: malformed type entry ${JSON.stringify(t.id)}`);
    }
    if (!t.priorities.includes(t.defaultPriority)) {
      throw new Error(`${file}: defaultPriority of ${t.id} is not one of its priorities`);
    }
    types.set(t.id, {
      id: t.id,
      label: t.label,
      priorities: t.priorities.slice(),
      defaultPriority: t.defaultPriority,
      subjects: t.subjects.map((s) => s.id),
      requiresIncidentDates: Boolean(t.requiresIncidentDates),
    });
  }
  return { file, types };
}

module.exports = { loadMatrix, DEFAULT_PATH };
