import { openSqliteStore, type SqliteProfileStore } from '../../src/store/sqlite-store.js';
import type { ProfilesApiErrorCode } from '../../src/store/types.js';
import { ProfilesApiError } from '../../src/store/types.js';

export function memoryStore(): SqliteProfileStore {
  return openSqliteStore();
}

/** The ProfilesApiError `run` throws (fails the test if it throws nothing or something else). */
export function apiError(run: () => unknown): ProfilesApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProfilesApiError) return error;
    throw error;
  }
  throw new Error('expected a ProfilesApiError');
}

export function expectApiError(run: () => unknown, code: ProfilesApiErrorCode, message: RegExp): void {
  const error = apiError(run);
  if (error.code !== code || !message.test(error.message)) {
    throw new Error(`expected ${code} matching ${message}, got ${error.code}: ${error.message}`);
  }
}
