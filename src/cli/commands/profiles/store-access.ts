// Opens the store a `cfsim profiles` command names, runs the command on it, closes it, and turns
// what the store refuses into a usage error: `cfsim: --store <file>: <ExceptionName>: <message>` + a fix.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../../exit-codes.js';
import type { CliIO } from '../../io.js';
import type { SqliteProfileStore } from '../../../store/sqlite-store.js';
import { ProfilesApiError } from '../../../store/types.js';

export interface StoreOptions {
  readonly store?: string;
  readonly domain?: string;
  readonly region?: string;
  readonly json: boolean;
}

export const DEFAULT_STORE_FILE = 'cfsim-profiles.db';

/** 'existing': the store must exist already (reads, and changes to existing profiles); 'create': made if missing. */
export type StoreAccess = 'existing' | 'create';

/** Opens the store, gives it to `use`, and always closes it. */
export async function withStore<T>(
  options: StoreOptions,
  io: CliIO,
  access: StoreAccess,
  use: (store: SqliteProfileStore, label: string) => T,
): Promise<T> {
  const given = options.store ?? io.env.CFSIM_STORE;
  const file = resolve(io.cwd, given ?? DEFAULT_STORE_FILE);
  const label = `--store ${given ?? relative(io.cwd, file)}`;
  if (access === 'existing' && !existsSync(file)) {
    throw new UsageError(
      `${label}: there is no profile store here`,
      'create or import profiles first (cfsim profiles import <file>), or point --store at an existing store',
    );
  }
  const [{ openSqliteStore, StoreOpenError }, { isCountryCode }] = await Promise.all([
    import('../../../store/sqlite-store.js'),
    import('../../../store/phone.js'),
  ]);
  const region = options.region?.toUpperCase();
  if (region !== undefined && !isCountryCode(region)) {
    throw new UsageError(`--region ${options.region}: not a country code`, 'give a two-letter region such as US, GB or DE');
  }
  let store: SqliteProfileStore;
  try {
    store = openSqliteStore({ file, ...(region ? { defaultRegion: region } : {}) });
  } catch (error) {
    if (error instanceof StoreOpenError) throw new UsageError(`${label}: ${error.message}`, 'give a cfsim store file, or a path for a new one');
    throw error;
  }
  try {
    return use(store, label);
  } catch (error) {
    if (error instanceof ProfilesApiError) throw apiUsageError(label, error);
    throw error;
  } finally {
    store.close();
  }
}

export function apiUsageError(label: string, error: ProfilesApiError): UsageError {
  return new UsageError(`${label}: ${error.code}: ${error.message}`, fixFor(error));
}

function fixFor(error: ProfilesApiError): string {
  if (error.code !== 'ResourceNotFoundException') return 'correct the value (limits: docs/profile-store.md)';
  return error.message.startsWith('Domain')
    ? 'list the domains with `cfsim profiles domains`, or create it with `cfsim profiles domains create <name>`'
    : 'find the ProfileId with `cfsim profiles search`';
}
