// The seeds the fuzzer mutates: real flows (the reference corpus and the examples), and the example
// contacts, mocks, profile files and scenario files. Read once per process.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/cli.js';

export interface Seeds {
  /** The reference corpus: real exports, some large. */
  readonly flows: readonly unknown[];
  /** The examples and golden flows: small, and each runs to an end. */
  readonly smallFlows: readonly unknown[];
  readonly contacts: readonly unknown[];
  readonly mocks: readonly unknown[];
  readonly profiles: readonly unknown[];
  readonly scenarios: readonly unknown[];
}

const REFERENCE_DIRS = [join(ROOT, '..', '..', 'shared', 'reference', 'flows'), join(ROOT, 'test', 'fixtures', 'reference-flows')];

function filesIn(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dir, name));
}

function read(file: string): unknown {
  try {
    const text = readFileSync(file, 'utf8');
    return file.endsWith('.json') ? (JSON.parse(text) as unknown) : parseYaml(text, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** A wrapped export ({Content: "<flow JSON>"}) as the flow document it wraps, so mutations reach the actions. */
function unwrap(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const inner = (typeof record.ContactFlow === 'object' && record.ContactFlow !== null ? record.ContactFlow : record) as Record<string, unknown>;
  if (typeof inner.Content !== 'string') return value;
  try {
    return JSON.parse(inner.Content) as unknown;
  } catch {
    return value;
  }
}

let cached: Seeds | undefined;

export function seeds(): Seeds {
  if (cached) return cached;
  const golden = join(ROOT, 'test', 'golden');
  const goldenDirs = readdirSync(golden, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(golden, entry.name));
  const goldenFiles = (name: string) => goldenDirs.map((dir) => join(dir, name)).filter((file) => existsSync(file));
  const defined = (values: unknown[]) => values.filter((value) => value !== undefined && value !== null);
  cached = {
    flows: defined(REFERENCE_DIRS.flatMap((dir) => filesIn(dir, /\.json$/)).map((file) => unwrap(read(file)))),
    smallFlows: defined([...filesIn(join(ROOT, 'flows'), /\.ya?ml$/).filter((file) => !file.endsWith('profiles.yaml')).map(read), ...goldenFiles('flow.yaml').map(read)]),
    contacts: defined([...filesIn(join(ROOT, 'flows', 'contacts'), /\.ya?ml$/).map(read), ...goldenFiles('contact.yaml').map(read)]),
    mocks: defined([...goldenFiles('mocks.yaml').map(read), ALL_MOCKS]),
    profiles: defined([read(join(ROOT, 'flows', 'profiles.yaml')), ...goldenFiles('profiles.yaml').map(read)]),
    scenarios: defined(filesIn(join(ROOT, 'tests'), /\.test\.ya?ml$/).map(read)).map(pointAtBundle),
  };
  return cached;
}

/** One of every kind of mock, so mutations reach every table. */
const ALL_MOCKS = {
  clock: '2024-05-06T09:30:00-07:00',
  percentage: [5, 95],
  lambda: { '*': [{ External: { status: 'ok', nested: { a: [1, 2] } } }, { error: 'NoMatchingError', message: 'timed out' }] },
  lex: { '*': { intent: 'Billing', slots: { account: '1001' }, sessionAttributes: { s: 'v' }, dialogState: 'Fulfilled' } },
  views: { '*': { action: 'Next', data: { field: 'value' } } },
  cases: { '*': { caseId: 'case-1', fields: { status: 'open' } } },
  metrics: { '*': { AGENTS_AVAILABLE: 2, CONTACTS_IN_QUEUE: 10 } },
  hours: { '*': { timeZone: 'America/Los_Angeles', schedule: { MONDAY: ['09:00-17:00'], TUESDAY: ['22:00-06:00'] } } },
  queues: { '*': { name: 'Support', error: 'QueueAtCapacity' } },
  results: { '*': { result: 'True' } },
};

/** A scenario seed that names the fuzz input's own files (target.ts writes them under these names). */
function pointAtBundle(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = { ...(value as Record<string, unknown>), flow: 'scenario-flow.yaml' };
  if ('profiles' in record) record.profiles = 'scenario-profiles.yaml';
  if ('mocks' in record) record.mocks = 'scenario-mocks.yaml';
  delete record.flows;
  return record;
}
