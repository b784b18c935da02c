// Real flows (test/fixtures/reference-flows, origins in its MANIFEST.tsv): Amazon Connect exported or
// accepted them, so cfsim reports no error on any of them, with two exceptions the MANIFEST names:
// - the flow written by hand, with an invented type and parameters, which `--strict` refuses;
// - the saved console draft, whose empty StartAction leaves nothing to run (GRAPH001) and whose
//   unconnected branches are one GRAPH005 warning.
//
// reference-flows.expected.json (beside this file) pins each file's codes and severities, so that a
// change of severity shows up in review. After a change of rule or schema, rewrite it and review the diff:
//   UPDATE_PINS=1 npx vitest run test/validation/reference-flows.test.ts
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlowBytes } from '../../src/flow/load.js';
import { validateFlowSource, type Diagnostic } from '../../src/validate/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'reference-flows');
const PINS = join(import.meta.dirname, 'reference-flows.expected.json');
const update = process.env.UPDATE_PINS === '1';

interface ManifestRow {
  readonly repo: string;
  readonly kind: string;
  readonly file: string;
}

const manifest: ManifestRow[] = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => {
    const [repo = '', , , kind = '', , file = ''] = line.split('\t');
    return { repo, kind, file };
  });
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
const handWritten = manifest.filter((row) => /written by hand/i.test(row.kind)).map((row) => row.file);
const drafts = manifest.filter((row) => /\bSAVED\b/.test(row.kind)).map((row) => row.file);

async function validate(name: string, strict = false): Promise<Diagnostic[]> {
  return validateFlowSource(parseFlowBytes(name, readFileSync(join(dir, name))), { strict });
}

/** "FLOW004 warning" → how many: what the pin file holds for one flow. */
function tally(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.severity}`).sort()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

describe('reference flows', () => {
  it('are all here, each with its MANIFEST row', () => {
    expect(files.length).toBe(53);
    expect(manifest.map((row) => row.file).sort()).toEqual(files);
    expect(handWritten).toHaveLength(1);
    expect(drafts).toHaveLength(1);
  });

  for (const name of files.filter((file) => !handWritten.includes(file) && !drafts.includes(file))) {
    it(`${name} loads and validates with no error`, async () => {
      const errors = (await validate(name)).filter((diagnostic) => diagnostic.severity === 'error');
      expect(errors.map((error) => `${error.line}:${error.column} ${error.code} ${error.message}`)).toEqual([]);
    });
  }

  it('the flow written by hand: its invented type and parameters are named, and --strict refuses them', async () => {
    const [name = ''] = handWritten;
    const diagnostics = await validate(name);
    // What cfsim does not know is a warning (it cannot tell an invented type from one AWS added last week) ...
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    // ... which --strict, for teams that want the reference enforced, makes errors that name them.
    const errors = (await validate(name, true)).filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors.some((error) => error.code === 'FLOW002' && error.message.includes('"StartMediaStreaming" is not an action type cfsim knows'))).toBe(true);
    expect(errors.some((error) => error.code === 'FLOW004' && error.message.includes('unknown key "TextToSpeechType"'))).toBe(true);
    expect(errors.every((error) => error.code === 'FLOW002' || error.code === 'FLOW004')).toBe(true);
  });

  it('the saved draft: one warning lists its unconnected branches; its empty StartAction is the one error', async () => {
    const [name = ''] = drafts;
    const diagnostics = await validate(name);
    const unconnected = diagnostics.filter((diagnostic) => diagnostic.code === 'GRAPH005');
    expect(unconnected).toHaveLength(1);
    expect(unconnected[0]).toMatchObject({ severity: 'warning' });
    expect(unconnected[0]?.message).toMatch(/^68 branches are not connected \(a saved draft\?\): create-task-template Success, .* and 58 more; Amazon Connect will not publish the flow/);
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'GRAPH002')).toEqual([]);
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors.map((error) => [error.code, error.message])).toEqual([
      ['GRAPH001', 'StartAction is empty: no block is connected to the start (a saved draft); Amazon Connect will not publish the flow and cfsim cannot run it'],
    ]);
  });

  it('each file reports the codes and severities pinned in reference-flows.expected.json', async () => {
    const actual: Record<string, Record<string, number>> = {};
    for (const name of files) actual[name] = tally(await validate(name));
    if (update) {
      writeFileSync(`${PINS}.tmp`, `${JSON.stringify(actual, null, 2)}\n`);
      renameSync(`${PINS}.tmp`, PINS);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(PINS, 'utf8')));
  });
});
