// The inputs a flow expects from the contact: each `$.Attributes.<name>` it reads that no block of the
// flow sets (UpdateContactAttributes). Information, not a finding: `validate --verbose` prints them and
// `--format json` lists them per file (docs/diagnostics.md, "Inputs"); test generation can use them.
import { isRecord, type FlowSource } from '../flow/load.js';
import type { DocPath, FlowAction } from '../flow/types.js';
import { memberReferences } from '../runtime/jsonpath.js';
import { referenceSites } from './checks/references.js';

export interface FlowInput {
  /** The attribute's name: `tier` for $.Attributes.tier. */
  readonly name: string;
  /** The first reference that reads it, as written. */
  readonly reference: string;
  readonly line: number;
  readonly column: number;
  readonly path: DocPath;
}

/** At most this many inputs are listed per file (a flow has at most 250 actions). */
const MAX_INPUTS = 1_000;

export function flowInputs(source: FlowSource): FlowInput[] {
  const document = source.document;
  if (source.diagnostics.length || !isRecord(document) || !Array.isArray(document.Actions)) return [];
  const actions = document.Actions.map((action, index) => ({ action, index })).filter(
    (entry): entry is { action: FlowAction; index: number } => isRecord(entry.action) && typeof entry.action.Type === 'string',
  );
  const set = new Set<string>();
  for (const { action } of actions) {
    const attributes: unknown = action.Type === 'UpdateContactAttributes' ? action.Parameters?.Attributes : undefined;
    if (isRecord(attributes)) for (const name of Object.keys(attributes)) set.add(name);
  }
  const inputs = new Map<string, FlowInput>();
  for (const { action, index } of actions) {
    for (const site of referenceSites(action)) {
      for (const { path, keys } of memberReferences(site.text)) {
        const name = keys[0] === 'Attributes' ? keys[1] : undefined;
        if (name === undefined || set.has(name) || inputs.has(name) || inputs.size >= MAX_INPUTS) continue;
        const at: DocPath = ['Actions', index, ...site.path];
        inputs.set(name, { name, reference: path, ...source.source.locate(at, { key: false }), path: at });
      }
    }
  }
  return [...inputs.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}
