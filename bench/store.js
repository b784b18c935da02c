// Profile store: builds stores of 10,000 and 1,000,000 generated profiles in a temporary directory
// and prints the import rate, SearchProfiles latency (median and p99 µs) by _phone, _email, a custom
// key, a 5-key AND and a 5-key OR search, the 1M / 10k ratio of the medians, and the size on disk.
// Targets (2-core machine): one key ≤ 10 µs median and ≤ 50 µs p99, 5 keys ≤ 50 µs median, import
// ≥ 100,000 profiles/s, ratio ≤ 1.5. Run alone with `node bench/store.js` after `npm run build`.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { report } from './measure.js';
import { openSqliteStore } from '../dist/store/sqlite-store.js';

const SIZES = [10_000, 1_000_000];
const QUERIES = 20_000;
const WARM_UP = 2_000;
const FIRST_NAMES = ['Ana', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal', 'Ida', 'Jo', 'Kim', 'Lu', 'Max', 'Ned', 'Oz', 'Pia'];

// Bijections of 0..9,999,999 so that keys arrive in no particular order, as real customer data does.
const scramble = (index, factor, offset) => String((index * factor + offset) % 10_000_000).padStart(7, '0');
const phone = (index) => `+1206${scramble(index, 7_654_321, 1_234_567)}`;
const email = (index) => `customer${scramble(index, 3_141_593, 2_718_281)}@example.com`;
const account = (index) => `AC-${scramble(index, 9_876_543, 13)}`;
const loyalty = (index) => `L${scramble(index, 1_299_709, 42)}`;
const firstName = (index) => FIRST_NAMES[index % FIRST_NAMES.length];
const lastName = (index) => `Family${scramble(index, 4_999_999, 7)}`;

export function* profiles(count) {
  for (let index = 0; index < count; index++) {
    yield {
      FirstName: firstName(index), LastName: lastName(index), PhoneNumber: phone(index), EmailAddress: email(index),
      AccountNumber: account(index), Address: { City: 'Seattle', State: 'WA', PostalCode: '98101' },
      Attributes: { tier: index % 3 === 0 ? 'gold' : 'silver' }, Keys: { loyaltyId: [loyalty(index)] },
    };
  }
}

/** The searches, each for a profile index; AND pairs all find one profile, OR pairs five different ones. */
const SEARCHES = {
  _phone: (i) => ({ KeyName: '_phone', Values: [phone(i)] }),
  _email: (i) => ({ KeyName: '_email', Values: [email(i)] }),
  'custom key': (i) => ({ KeyName: 'loyaltyId', Values: [loyalty(i)] }),
  '5-key AND': (i) => ({
    KeyName: '_phone', Values: [phone(i)], LogicalOperator: 'AND',
    AdditionalSearchKeys: [
      { KeyName: '_email', Values: [email(i)] }, { KeyName: '_account', Values: [account(i)] },
      { KeyName: 'loyaltyId', Values: [loyalty(i)] }, { KeyName: '_fullName', Values: [`${firstName(i)} ${lastName(i)}`] },
    ],
  }),
  '5-key OR': (i) => ({
    KeyName: '_phone', Values: [phone(i)], LogicalOperator: 'OR',
    AdditionalSearchKeys: [
      { KeyName: '_email', Values: [email(i + 1)] }, { KeyName: '_account', Values: [account(i + 2)] },
      { KeyName: 'loyaltyId', Values: [loyalty(i + 3)] }, { KeyName: '_fullName', Values: [`${firstName(i + 4)} ${lastName(i + 4)}`] },
    ],
  }),
};
const EXPECTED_ITEMS = { '5-key OR': 5 };

function measure(store, size, name, search) {
  const at = (query) => (query * 7_919 + 17) % (size - 5); // spread over the whole store
  const expected = EXPECTED_ITEMS[name] ?? 1;
  for (let query = 0; query < WARM_UP; query++) store.searchProfiles(search(at(query)));
  const micros = new Float64Array(QUERIES);
  for (let query = 0; query < QUERIES; query++) {
    const request = search(at(query + WARM_UP));
    const begin = process.hrtime.bigint();
    const { Items } = store.searchProfiles(request);
    micros[query] = Number(process.hrtime.bigint() - begin) / 1e3;
    if (Items.length !== expected) throw new Error(`${name}: ${Items.length} profiles found, expected ${expected}`);
  }
  micros.sort();
  return { median: micros[QUERIES >> 1], p99: micros[Math.floor(QUERIES * 0.99)] };
}

function benchSize(dir, size) {
  const file = join(dir, `store-${size}.db`);
  const writer = openSqliteStore({ file });
  const begin = process.hrtime.bigint();
  const { Imported } = writer.importProfiles({ Profiles: profiles(size) });
  const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
  writer.close();
  if (Imported !== size) throw new Error(`imported ${Imported} of ${size}`);
  // Searched through a new connection, as a later `cfsim run --store` would.
  const reader = openSqliteStore({ file });
  const latency = Object.fromEntries(Object.entries(SEARCHES).map(([name, search]) => [name, measure(reader, size, name, search)]));
  reader.close();
  return { size, rate: size / seconds, seconds, latency, megabytes: statSync(file).size / 1e6 };
}

export async function runStoreBench() {
  const dir = mkdtempSync(join(tmpdir(), 'cfsim-store-bench-'));
  try {
    const results = SIZES.map((size) => benchSize(dir, size));
    // The store through the library, in one process: these figures have no process start in them.
    const n = (value) => value.toLocaleString('en-US');
    for (const { size, rate, seconds, megabytes } of results) {
      // The target is for a large import; a small one is mostly the fixed cost of opening and committing.
      const target = size >= 1_000_000 ? { min: 100_000 } : undefined;
      report('store', `import of ${n(size)} profiles into a new store file, in one process (the library)`, rate, 'profiles/s', target, `${seconds.toFixed(1)} s, ${megabytes.toFixed(1)} MB on disk`);
    }
    const [small, large] = results;
    for (const name of Object.keys(SEARCHES)) {
      const oneKey = !name.startsWith('5-key');
      for (const { size, latency } of results) {
        report('store', `SearchProfiles by ${name}, ${n(size)} profiles, median of ${n(QUERIES)}, in one process`, latency[name].median, 'µs', { max: oneKey ? 10 : 50 });
        if (oneKey) report('store', `  the same, 99th percentile`, latency[name].p99, 'µs', { max: 50 });
      }
      report('store', `  ${name}: median at ${n(large.size)} ÷ median at ${n(small.size)}`, large.latency[name].median / small.latency[name].median, '×', { max: 1.5 });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runStoreBench();
