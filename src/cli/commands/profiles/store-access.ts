// Opens the store a `cfsim profiles` command names, runs the command on it, closes it, and turns
// what the store refuses into a usage error that starts with the option at fault (else the store) + a fix.
import { existsSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../../exit-codes.js';
import type { CliIO } from '../../io.js';
import { ownValue } from '../../../store/dictionary.js';
import { shellWord } from '../../../store/sqlite-errors.js';
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

/** Where the user set a request field (an option, or an argument as the help writes it), and how to correct it. */
export interface FieldSource {
  readonly flag: string;
  readonly fix: string;
}

/** By API field path, indexes left out: `MaxResults`, `Values` (also `AdditionalSearchKeys[1].Values[0]`), `ShippingAddress.City`. */
export type FieldSources = Readonly<Partial<Record<string, FieldSource>>>;

export const NAME_LIMIT = '1 to 64 letters, digits, "_" or "-"';

/** The store file the options name (--store, else $CFSIM_STORE, else the default), and how to name it in messages. */
export function storeFile(options: StoreOptions, io: CliIO): { readonly file: string; readonly label: string } {
  if (options.store === '') throw new UsageError('--store: give a file path', 'give --store <file.db>, or leave it out');
  // An empty CFSIM_STORE is unset, as shells treat an empty variable (it would name the current directory).
  const given = options.store ?? (io.env.CFSIM_STORE || undefined);
  const file = resolve(io.cwd, given ?? DEFAULT_STORE_FILE);
  return { file, label: `--store ${given ?? relative(io.cwd, file)}` };
}

/**
 * Opens the store, gives it to `use`, and always closes it. A refused request is reported against the
 * source `fields` gives for the field its message names (DomainName: --domain unless `fields` says otherwise).
 */
export async function withStore<T>(
  options: StoreOptions,
  io: CliIO,
  access: StoreAccess,
  use: (store: SqliteProfileStore) => T,
  fields: FieldSources = {},
): Promise<T> {
  const { file, label } = storeFile(options, io);
  const existed = existsSync(file);
  if (access === 'existing' && !existsSync(file)) {
    throw new UsageError(
      `${label}: there is no profile store here`,
      `point --store at an existing store, or make this one: \`cfsim profiles create --first-name Ana${sameStore(options)}\`, or \`cfsim profiles import <file>${sameStore(options)}\` with your profiles file`,
    );
  }
  const [{ openSqliteStore }, { StoreFileError }, { countryCodeOf, REGION_FIX }] = await Promise.all([
    import('../../../store/sqlite-store.js'),
    import('../../../store/sqlite-errors.js'),
    import('../../../store/phone.js'),
  ]);
  const region = countryCodeOf(options.region);
  if (options.region !== undefined && region === undefined) {
    throw new UsageError(`--region ${options.region}: not a country code`, REGION_FIX);
  }
  let store: SqliteProfileStore;
  try {
    store = openSqliteStore({ file, ...(region ? { defaultRegion: region } : {}) });
  } catch (error) {
    if (!(error instanceof StoreFileError)) throw error;
    // The store's message cannot say which option to change; the store's own region tells whether it was --region.
    const saved = region === undefined ? undefined : regionOf(() => openSqliteStore({ file }));
    if (saved !== undefined && saved !== region) {
      throw new UsageError(
        `--region ${options.region}: ${label} indexes phone numbers with default region ${saved}, not ${region}`,
        `drop --region, or use --region ${saved} (the store's region)`,
      );
    }
    throw new UsageError(`${label}: ${error.reason}`, error.fix);
  }
  try {
    const result = use(store);
    store.close();
    return result;
  } catch (error) {
    // A store this command created for a request that failed (a missing --domain) is not left behind.
    if (!existed) removeNewStore(store, file);
    if (error instanceof ProfilesApiError) throw apiUsageError(error, { label, storeFlag: sameStore(options), fields });
    // The store's failures (damaged, disk full, busy) name the file as the store knows it: name it as the user did.
    if (error instanceof StoreFileError) throw new UsageError(`${label}: ${error.reason}`, error.fix);
    throw error;
  } finally {
    store.close();
  }
}

function removeNewStore(store: SqliteProfileStore, file: string): void {
  store.close();
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(path, { force: true });
}

/** ` --store <file>` when the user gave one, for a suggested command to act on the same store. */
export function sameStore(options: StoreOptions): string {
  return options.store === undefined ? '' : ` --store ${shellWord(options.store)}`;
}

/** The default region of the store `open` opens, or undefined if it cannot be opened. */
function regionOf(open: () => SqliteProfileStore): string | undefined {
  try {
    const store = open();
    store.close();
    return store.defaultRegion;
  } catch {
    return undefined;
  }
}

const DOMAIN_OPTION: FieldSource = { flag: '--domain', fix: `give --domain a name of ${NAME_LIMIT}` };

function apiUsageError(
  error: ProfilesApiError,
  { label, storeFlag, fields }: { label: string; storeFlag: string; fields: FieldSources },
): UsageError {
  // Validation messages start with the field's path: `AdditionalSearchKeys[0].KeyName "a b" may contain ...`.
  const path = (error.message.split(' ', 1)[0] ?? '').replace(/\[\d+\]/g, '');
  const sources: FieldSources = { DomainName: DOMAIN_OPTION, ...fields };
  // Own properties only: the path may end in a key name such as `constructor` (Keys.constructor[0]).
  const source = ownValue(sources, path) ?? ownValue(sources, path.slice(path.lastIndexOf('.') + 1));
  if (source) return new UsageError(`${source.flag}: ${error.code}: ${error.message}`, source.fix);
  if (error.code !== 'ResourceNotFoundException') {
    return new UsageError(`${label}: ${error.code}: ${error.message}`, 'correct the value (limits: docs/profile-store.md)');
  }
  const domain = /^Domain (\S+) not found/.exec(error.message)?.[1];
  return new UsageError(
    `${label}: ${error.code}: ${error.message}`,
    domain === undefined
      ? `find the ProfileId with \`cfsim profiles list${storeFlag}\``
      : `list the domains with \`cfsim profiles domains${storeFlag}\`, or create it with \`cfsim profiles domains create ${domain}${storeFlag}\``,
  );
}

/** The <profileId> argument of get, update, delete, add-key and delete-key. */
export function profileIdArgument(options: StoreOptions): FieldSources {
  return { ProfileId: { flag: '<profileId>', fix: `find the ProfileId with \`cfsim profiles list${sameStore(options)}\`` } };
}
