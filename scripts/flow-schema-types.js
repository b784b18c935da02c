// The action types of schemas/flow.schema.json come from schemas/actions/: its `Type` enum and the
// `allOf` that sends each action to its type's schema are generated from the <Type>.schema.json files
// there. Only those two values are rewritten, in the file's own text: every other byte (the parts
// people edit, such as `required`) stays as it is. Used by scripts/build-schemas.js and by the test
// that keeps the committed file up to date (test/blocks/registry.test.ts).
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

const TYPE_ENUM = ['definitions', 'action', 'properties', 'Type', 'enum'];
const DISPATCH = ['definitions', 'action', 'allOf'];

/** The action types that have a schema: schemas/actions/<Type>.schema.json, sorted. */
export function actionTypeNames(actionsDir) {
  return readdirSync(actionsDir)
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => name.slice(0, -'.schema.json'.length))
    .sort();
}

/** The flow schema's text with its Type enum and per-type dispatch made from `types`. */
export function flowSchemaWithTypes(text, types) {
  const dispatch = types.map((type) => ({
    if: { properties: { Type: { const: type } }, required: ['Type'] },
    then: { $ref: `actions/${type}.schema.json` },
  }));
  // The later value first, so that the earlier one's offsets still hold.
  const edits = [replaceValue(text, DISPATCH, dispatch), replaceValue(text, TYPE_ENUM, types)].sort((a, b) => b.offset - a.offset);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  return result;
}

/**
 * Rewrites schemas/flow.schema.json under `schemaDir` (temp file, then rename) when its types differ
 * from schemas/actions/; returns whether it changed.
 */
export function updateFlowSchema(schemaDir) {
  const file = join(schemaDir, 'flow.schema.json');
  const text = readFileSync(file, 'utf8');
  const updated = flowSchemaWithTypes(text, actionTypeNames(join(schemaDir, 'actions')));
  if (updated === text) return false;
  writeFileSync(`${file}.tmp`, updated);
  renameSync(`${file}.tmp`, file);
  return true;
}

/** The edit that replaces the value at `path` with `value`, laid out as JSON.stringify(…, 2) at its indentation. */
function replaceValue(text, path, value) {
  const errors = [];
  const tree = parseTree(text, errors, { disallowComments: true });
  const node = tree && findNodeAtLocation(tree, path);
  if (errors.length || !node) throw new Error(`schemas/flow.schema.json: cannot find ${path.join('.')} (is the file valid JSON?)`);
  const lineStart = text.lastIndexOf('\n', node.offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { offset: node.offset, length: node.length, text: JSON.stringify(value, null, 2).split('\n').join(`${eol}${indent}`) };
}
