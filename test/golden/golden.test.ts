// Fixture-driven runs: each folder holds flow.yaml, contact.yaml and optionally profiles.yaml,
// mocks.yaml, flows.yaml (a --flows map) and options.json ({"maxSteps": n}); expected.json is the
// `cfsim run --json` result. Ids the store generates read as <generated-id-1>, <generated-id-2> ...
// UPDATE_GOLDEN=1 writes expected.json (review the diff before keeping it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareRun } from '../../src/load/prepare.js';
import { toRunResult } from '../../src/runtime/result.js';
import { runContact } from '../../src/runtime/run.js';

const ROOT = import.meta.dirname;
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

async function runGoldenCase(dir: string): Promise<unknown> {
  const optional = (name: string): string | undefined => (existsSync(join(dir, name)) ? name : undefined);
  const options = optional('options.json') ? (JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as { maxSteps?: number }) : {};
  const files = { profiles: optional('profiles.yaml'), mocks: optional('mocks.yaml'), flows: optional('flows.yaml') };
  const prepared = await prepareRun({
    flow: 'flow.yaml',
    contact: 'contact.yaml',
    cwd: dir,
    ...Object.fromEntries(Object.entries(files).filter(([, file]) => file !== undefined)),
  });
  if (!prepared.ok) return { diagnostics: prepared.diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.code} ${diagnostic.message}`) };
  try {
    const result = toRunResult(runContact(prepared.run.flow, prepared.run.setup.contact, prepared.run.deps, options));
    const known = new Set(optional('profiles.yaml') ? readFileSync(join(dir, 'profiles.yaml'), 'utf8').match(/[0-9a-f]{32}/g) ?? [] : []);
    return JSON.parse(normalizeIds(JSON.stringify(result), known));
  } finally {
    prepared.run.close();
  }
}

function normalizeIds(text: string, known: ReadonlySet<string>): string {
  const generated = new Map<string, string>();
  return text.replace(/\b[0-9a-f]{32}\b/g, (id) => {
    if (known.has(id)) return id;
    if (!generated.has(id)) generated.set(id, `<generated-id-${generated.size + 1}>`);
    return generated.get(id) as string;
  });
}

describe('golden runs', () => {
  it.each(cases)('%s', async (name) => {
    const dir = join(ROOT, name);
    const actual = await runGoldenCase(dir);
    const expectedFile = join(dir, 'expected.json');
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    if (!existsSync(expectedFile)) throw new Error(`${name} has no expected.json: run with UPDATE_GOLDEN=1 and review it`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
