// Input-file parsing: a contact file with 100,000 attributes, as YAML and as JSON, read and checked
// by the loader `cfsim run --contact` uses (target < 1 s each; issue 12: it took ~124 s when yaml's
// duplicate-key check compared every key with every key before it). 10,000 and 30,000 show the growth
// is linear. Run alone with `node bench/inputs.js` after `npm run build`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContactFile } from '../dist/load/contact-file.js';

const SIZES = [10_000, 30_000, 100_000];
const TARGET_MS = 1000;

/** A contact with `count` attributes, in YAML or JSON. */
export function contactText(count, format) {
  const attributes = Object.fromEntries(Array.from({ length: count }, (_, i) => [`attribute${i}`, `value ${i}`]));
  const contact = { Channel: 'VOICE', CustomerEndpoint: { Address: '+14255550100' }, Attributes: attributes };
  if (format === 'json') return JSON.stringify(contact, null, 2);
  const lines = Object.entries(attributes).map(([key, value]) => `  ${key}: "${value}"`);
  return `Channel: VOICE\nCustomerEndpoint:\n  Address: "+14255550100"\nAttributes:\n${lines.join('\n')}\n`;
}

export async function runInputsBench() {
  const dir = mkdtempSync(join(tmpdir(), 'cfsim-bench-inputs-'));
  const results = {};
  try {
    for (const format of ['yaml', 'json']) {
      for (const size of SIZES) {
        const file = `contact-${size}.${format}`;
        writeFileSync(join(dir, file), contactText(size, format));
        const start = process.hrtime.bigint();
        const cpu = process.cpuUsage();
        const read = await readContactFile(file, dir);
        const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
        // CPU time as well: on a shared machine the wall time counts other processes' turns.
        const { user, system } = process.cpuUsage(cpu);
        if (!read.ok || Object.keys(read.value.contact.Attributes).length !== size) throw new Error(`${file} did not load`);
        const target = size === 100_000 ? ` (target < ${TARGET_MS} ms)` : '';
        console.log(`inputs: contact with ${size.toLocaleString('en-US')} attributes as ${format.toUpperCase()}: ${elapsed.toFixed(0)} ms (CPU ${((user + system) / 1000).toFixed(0)} ms)${target}`);
        results[`${format}-${size}`] = elapsed;
      }
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runInputsBench();
