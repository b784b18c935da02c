// Start-up: each command CI runs as one cold process on the bundled examples, beside a bare
// `node -e 0` (what a CI job pays per call before any work of its own), under the Node that runs the
// bench. Then the start-up paths compared, on `cfsim validate one.yaml`: what cfsim does on this Node
// (bin/cfsim.js) against the same bundle compiled from source and, on Node 22.1+, against Node's own
// compile cache. `bash .ci/test-on-node.sh 24 npm run bench -- start-up` runs it under another Node.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, bareNode, nodeMajor, report, timeProcesses } from './measure.js';

const EXAMPLE = ['flows/greet-caller.yaml', '--contact', 'flows/contacts/known-caller.yaml', '--profiles', 'flows/profiles.yaml'];
const COMMANDS = [['--version'], ['validate', 'flows/greet-caller.yaml'], ['run', ...EXAMPLE], ['test', 'tests']];
const { BUNDLE_BANNER } = createRequire(import.meta.url)('../bin/compiled-cli.cjs');

export async function runStartUpBench() {
  const node = nodeMajor();
  const [bare, ...times] = timeProcesses([bareNode, ...COMMANDS.map((args) => ({ args: [BIN, ...args] }))]);
  report('start-up', `bare node -e 0, ${node}`, bare, 'ms', undefined);
  COMMANDS.forEach((args, index) => {
    report('start-up', `cfsim ${args.join(' ')}, one cold process ÷ bare node, ${node}`, times[index] / bare, '×', undefined, `${times[index].toFixed(1)} ms`);
  });
  comparePaths(node);
}

/**
 * `cfsim validate one.yaml` three ways, taking turns: as installed; the same bundle with no code cache
 * (a copy of bin/ and the bundle without its .cache file); and, where Node has a compile cache
 * (22.1+), the bundle loaded by require() with that cache on, which is what relying on Node alone
 * would give. Only the first is what cfsim runs; the others say what each piece is worth.
 */
function comparePaths(node) {
  const dir = mkdtempSync(join(tmpdir(), 'cfsim-bench-start-up-'));
  try {
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
    for (const file of ['cfsim.js', 'compiled-cli.cjs', 'package.json']) copyFileSync(join(ROOT, 'bin', file), join(dir, 'bin', file));
    const bundle = readFileSync(join(ROOT, 'dist', 'bundle', 'validate.cjs'), 'latin1');
    writeFileSync(join(dir, 'dist', 'bundle', 'validate.cjs'), bundle, 'latin1');
    const flow = join(ROOT, 'flows', 'greet-caller.yaml');
    const commands = [{ args: [BIN, 'validate', flow] }, { args: [join(dir, 'bin', 'cfsim.js'), 'validate', flow] }];
    const { enableCompileCache } = createRequire(import.meta.url)('node:module');
    if (enableCompileCache) {
      // The bundle as a plain CommonJS module (without the function wrapper the build adds).
      const plain = join(dir, 'validate-plain.cjs');
      if (!bundle.startsWith(BUNDLE_BANNER)) throw new Error('dist/bundle/validate.cjs does not start with the banner bin/compiled-cli.cjs expects');
      writeFileSync(plain, bundle.slice(BUNDLE_BANNER.length).replace(/\}\)\s*$/, ''), 'latin1');
      const shim = join(dir, 'compile-cache.cjs');
      writeFileSync(shim, `require('node:module').enableCompileCache(${JSON.stringify(join(dir, 'compile-cache'))});
require(${JSON.stringify(plain)}).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n`);
      commands.push({ args: [shim, 'validate', flow] });
    }
    const [installed, fromSource, compileCache] = timeProcesses(commands);
    report('start-up', `cfsim validate one.yaml as installed (bin/cfsim.js), ${node}`, installed, 'ms', undefined);
    report('start-up', `  the same bundle with no code cache (compiled from source)`, fromSource, 'ms', undefined, versus(fromSource, installed));
    if (compileCache !== undefined) {
      report('start-up', `  the same bundle with Node's compile cache instead (not what cfsim runs)`, compileCache, 'ms', undefined, versus(compileCache, installed));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const versus = (ms, installed) => {
  const percent = Math.round((ms / installed - 1) * 100);
  return percent >= 0 ? `${percent}% slower than as installed` : `${-percent}% faster than as installed`;
};

if (import.meta.url === `file://${process.argv[1]}`) await runStartUpBench();
