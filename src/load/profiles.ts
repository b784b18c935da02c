// The profile store for a run: the SQLite store (in memory, or the --store file) seeded with the
// --profiles fixture (src/store/fixtures.ts), and the fixture's `enabled` and `faults`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseProfilesFixture, PROFILES_FIXTURE_CODE, seedStore, type FixtureRead, type ProfilesFixture } from '../store/fixtures.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { DEFAULT_ACCOUNT_ID, type ProfilesDeps } from '../runtime/deps.js';
import { unreadableFile, withFix, type InputRead } from './input-file.js';
import { FILE_KINDS, InputFileError, readInputText } from './read-file.js';

const PROFILES_SCHEMA = 'schemas/profiles.schema.json';

export interface ProfilesOptions {
  /** The fixture file (YAML or JSON). */
  readonly profiles?: string;
  /** A SQLite file that keeps the store between runs; in memory when absent. */
  readonly store?: string;
  readonly cwd: string;
  /** 'until-close': the --store file gets the writes all at once when the store is closed (a run's writes: all or none). */
  readonly commit?: 'each' | 'until-close';
}

/** Reads the profiles fixture (`--profiles`, a scenario's `profiles:`) through the one reader. */
export async function readProfilesFixture(file: string, cwd = process.cwd()): Promise<FixtureRead> {
  let text: string;
  try {
    text = readInputText(file, cwd, FILE_KINDS.profiles);
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    return { ok: false, diagnostics: [unreadableFile(error, PROFILES_FIXTURE_CODE)] };
  }
  return parseProfilesFixture(text, file);
}

/**
 * A new store is seeded with the fixture's profiles; an existing --store file keeps the profiles it
 * has (seeding again would repeat them), while the fixture's `enabled` and `faults` still apply.
 */
export async function openProfiles(options: ProfilesOptions): Promise<InputRead<ProfilesDeps>> {
  let fixture: ProfilesFixture | undefined;
  if (options.profiles) {
    const read = await readProfilesFixture(options.profiles, options.cwd);
    if (!read.ok) return { ok: false, diagnostics: read.diagnostics.map((diagnostic) => withFix(diagnostic, PROFILES_SCHEMA)) };
    fixture = read.fixture;
  }
  const file = options.store ? resolve(options.cwd, options.store) : undefined;
  const isNew = !file || !existsSync(file);
  const store = openSqliteStore({
    ...(file ? { file } : {}),
    ...(fixture?.region ? { defaultRegion: fixture.region } : {}),
    ...(options.commit ? { commit: options.commit } : {}),
  });
  if (fixture && isNew) {
    const problems = seedStore(store, fixture.profiles, fixture);
    if (problems.length) {
      store.close();
      return { ok: false, diagnostics: problems.map((diagnostic) => withFix(diagnostic, PROFILES_SCHEMA)) };
    }
  }
  return { ok: true, value: { store, enabled: fixture?.enabled ?? true, faults: fixture?.faults ?? {}, accountId: DEFAULT_ACCOUNT_ID } };
}
