// Child process for persistence.test.ts: starts a large import into the store file given as the
// first argument and says "importing" once rows are going in; the test kills it mid-way.
import { openSqliteStore } from '../../src/store/sqlite-store.js';

const store = openSqliteStore({ file: process.argv[2] ?? '' });
function* profiles(): Generator<unknown> {
  for (let at = 0; ; at += 1) yield { FirstName: `Killed${at}`, PhoneNumber: `+1206${String(at).padStart(7, '0')}` };
}
store.importProfiles({ Profiles: profiles(), onProgress: (read) => read === 20_000 && process.stdout.write('importing\n') });
