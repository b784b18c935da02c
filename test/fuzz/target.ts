// Runs one fuzz input through cfsim's library API and says how it ended: a result or diagnostics
// (fine), or anything else (a crash). In memory: parse, validate, the contact / mocks / profiles
// parsers, seeding a store, runFlow. Through files: loadFlow, openProfileStore, runFlowFiles and a
// scenario file's prepare and run, as `cfsim run` and `cfsim test` do.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFlowText, toLoadedFlow } from '../../src/flow/load.js';
import { CfsimInputError, loadFlow, openProfileStore, runFlow, runFlowFiles, type ContactFile, type Mocks, type ProfilesDeps } from '../../src/index.js';
import { DEFAULT_ACCOUNT_ID } from '../../src/runtime/deps.js';
import { CONTACT_FILE } from '../../src/load/contact-file.js';
import { parseInput } from '../../src/load/input-file.js';
import { MOCKS_FILE } from '../../src/load/mocks-file.js';
import { parseScenarioText, prepareScenario, runScenario } from '../../src/scenario/index.js';
import { parseProfilesFixture, seedStore } from '../../src/store/fixtures.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { hasErrors, validateFlowSource } from '../../src/validate/index.js';
import type { FuzzInput } from './inputs.js';

/** Runs loop at most this many steps: enough for every branch of the corpus, bounded for loops. */
export const FUZZ_MAX_STEPS = 200;

/**
 * `ms` is the CPU time the input took (user and system, this process): the work it caused, which a
 * loaded machine does not inflate as it does wall time.
 */
export type Verdict =
  | { readonly ok: true; readonly ended: 'result' | 'diagnostics'; readonly ms: number }
  | { readonly ok: false; readonly error: string; readonly stack?: string; readonly ms: number };

export async function exercise(input: FuzzInput, dir: string): Promise<Verdict> {
  const started = process.cpuUsage();
  const ms = () => {
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  try {
    const ended = input.via === 'files' ? await throughFiles(input, dir) : await inMemory(input);
    return { ok: true, ended, ms: ms() };
  } catch (error) {
    if (error instanceof CfsimInputError) return { ok: true, ended: 'diagnostics', ms: ms() };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : `thrown ${typeof error}`;
    return { ok: false, error: message.slice(0, 500), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}), ms: ms() };
  }
}

async function inMemory(input: FuzzInput): Promise<'result' | 'diagnostics'> {
  const source = parseFlowText(input.flow.file, input.flow.text);
  const diagnostics = await validateFlowSource(source);
  const contact = input.contact ? parseInput<ContactFile>(input.contact.file, input.contact.text, CONTACT_FILE) : ({ ok: true, value: {} } as const);
  const mocks = input.mocks ? parseInput<Mocks>(input.mocks.file, input.mocks.text, MOCKS_FILE) : ({ ok: true, value: {} } as const);
  const profiles = input.profiles ? seeded(input.profiles.file, input.profiles.text) : undefined;
  try {
    if (hasErrors(diagnostics) || !contact.ok || !mocks.ok || profiles?.ok === false) return 'diagnostics';
    const result = runFlow(toLoadedFlow(source), contact.value, {
      mocks: mocks.value,
      maxSteps: FUZZ_MAX_STEPS,
      now: new Date('2024-05-06T16:00:00Z'),
      ...(profiles?.ok ? { profiles: profiles.deps } : {}),
    });
    // What `--json` prints must be printable.
    JSON.stringify(result);
    return 'result';
  } finally {
    if (profiles?.ok) profiles.deps.store.close();
  }
}

function seeded(file: string, text: string): { readonly ok: true; readonly deps: ProfilesDeps } | { readonly ok: false } {
  const read = parseProfilesFixture(text, file);
  if (!read.ok) return { ok: false };
  const store = openSqliteStore(read.fixture.region ? { defaultRegion: read.fixture.region } : {});
  if (seedStore(store, read.fixture.profiles, read.fixture).length) {
    store.close();
    return { ok: false };
  }
  return { ok: true, deps: { store, enabled: read.fixture.enabled ?? true, faults: read.fixture.faults ?? {}, accountId: DEFAULT_ACCOUNT_ID } };
}

async function throughFiles(input: FuzzInput, dir: string): Promise<'result' | 'diagnostics'> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const put = (name: string, text: string) => writeFileSync(join(dir, name), text);
  put(input.flow.file, input.flow.text);
  if (input.contact) put(input.contact.file, input.contact.text);
  if (input.mocks) put(input.mocks.file, input.mocks.text);
  if (input.profiles) put(input.profiles.file, input.profiles.text);
  let ended: 'result' | 'diagnostics' = 'diagnostics';
  try {
    const set = await loadFlow(input.flow.file, { cwd: dir });
    const profiles = input.profiles ? await openProfileStore({ profiles: input.profiles.file, cwd: dir }) : undefined;
    profiles?.store.close();
    JSON.stringify(runFlow(set, {}, { maxSteps: FUZZ_MAX_STEPS }));
    const result = await runFlowFiles({
      flow: input.flow.file,
      cwd: dir,
      maxSteps: FUZZ_MAX_STEPS,
      ...(input.contact ? { contact: input.contact.file } : {}),
      ...(input.mocks ? { mocks: input.mocks.file } : {}),
      ...(input.profiles ? { profiles: input.profiles.file } : {}),
    });
    JSON.stringify(result);
    ended = 'result';
  } catch (error) {
    if (!(error instanceof CfsimInputError)) throw error;
  }
  if (input.scenario) await scenario(input, dir, put);
  return ended;
}

async function scenario(input: FuzzInput, dir: string, put: (name: string, text: string) => void): Promise<void> {
  if (!input.scenario) return;
  put('scenario-flow.yaml', input.flow.text);
  put('scenario-profiles.yaml', input.profiles?.text ?? 'profiles: []\n');
  put('scenario-mocks.yaml', input.mocks?.text ?? '{}\n');
  const file = join(dir, 'scenario.test.yaml');
  put('scenario.test.yaml', input.scenario.text);
  const source = parseScenarioText(file, input.scenario.text);
  const prepared = await prepareScenario(source, { cwd: dir, flowCache: new Map(), startTime: new Date('2024-05-06T16:00:00Z') });
  if (!prepared.ok) return;
  try {
    JSON.stringify(runScenario(prepared.scenario));
  } finally {
    prepared.scenario.profiles.store.close();
  }
}
