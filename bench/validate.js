// Validation speed: 1,000 flow files in one process (target < 1 s) and the whole-process cost of
// `cfsim validate one.yaml` against a bare `node -e 0` (target ≤ 1.6×).
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../dist/cli/main.js';
import { bareNode, timeProcess } from './start-up.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const referenceDir = join(root, 'test', 'fixtures', 'reference-flows');

export async function runValidateBench() {
  const dir = mkdtempSync(join(tmpdir(), 'cfsim-bench-validate-'));
  try {
    const sources = [
      ...readdirSync(join(root, 'flows')).filter((name) => name.endsWith('.yaml')).map((name) => join(root, 'flows', name)),
      ...readdirSync(referenceDir).filter((name) => name.endsWith('.json')).map((name) => join(referenceDir, name)),
    ];
    for (let i = 0; i < 1000; i++) {
      const source = sources[i % sources.length];
      cpSync(source, join(dir, `flow-${String(i).padStart(4, '0')}${source.endsWith('.json') ? '.json' : '.yaml'}`));
    }
    const io = { stdout: () => {}, stderr: () => {}, isTTY: false, color: false, cwd: dir, env: {} };
    await main(['validate', '.', '--format', 'json'], io); // warm up
    const start = process.hrtime.bigint();
    const code = await main(['validate', '.', '--format', 'json'], io);
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(`validate: 1,000 flow files in one process: ${elapsed.toFixed(0)} ms (target < 1000 ms; exit ${code})`);

    const one = join(dir, 'one.yaml');
    cpSync(join(root, 'flows', 'greet-caller.yaml'), one);
    const bare = bareNode();
    const cli = timeProcess([join(root, 'bin', 'cfsim.js'), 'validate', one]);
    console.log(`validate: one file as a process: ${cli.toFixed(1)} ms; bare node -e 0: ${bare.toFixed(1)} ms; ratio ${(cli / bare).toFixed(2)}× (target ≤ 1.6×)`);
    return { elapsedMs: elapsed, processMs: cli, bareMs: bare };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runValidateBench();
