// Bundles the compiled sources in dist/ for the bin (bin/cfsim.js):
// - dist/bundle/<command>.cjs for validate, run, test and profiles: one CommonJS file per command,
//   holding that command alone, with a V8 code cache made by training runs (bin/compiled-cli.cjs
//   loads both). Node spends more time reading, parsing and compiling modules than running a
//   validation, and a CLI run thousands of times in CI pays that at every start. Node 20 can reuse
//   compiled code only for a script it is handed (vm.Script); Node 22.1+'s compile cache keeps less
//   than this trained cache does (README, Performance), so every Node gets it.
// - dist/bundle/esm/, the whole CLI as ES modules split per command: step (Ink is an ES module with
//   top-level await, which CommonJS cannot require), help, --version.
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const { BUNDLED_COMMANDS, BUNDLE_BANNER, bundleFile, codeCacheBytes, codeCacheFile, loadCompiledCli } = require('../bin/compiled-cli.cjs');

// yaml's CommonJS build, which its "node" export condition selects, runs every module of the package
// at load (stringifier, all schemas and tags) and cannot be tree-shaken. Its ES module build (the
// package's "default" export) is the same source: bundling that one leaves out what cfsim never
// calls and takes a few milliseconds off each start. (Its only differences, for browsers: warnings
// go to console.warn instead of process.emitWarning, and !!binary, a YAML 1.1 tag, decodes to a
// Uint8Array instead of a Buffer.)
const yamlModuleBuild = join(dirname(require.resolve('yaml')), '..', 'browser', 'index.js');
// jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ES build can be bundled.
const jsoncModuleBuild = join(dirname(require.resolve('jsonc-parser')), '..', 'esm', 'main.js');

// commander loads node:child_process at start, for git-style executable subcommands, which cfsim
// has none of: loading it (and net, dgram and streams with it) is a millisecond of every start.
const commanderWithoutChildProcess = {
  name: 'commander-without-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'commander-stub' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'commander-stub' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  alias: { yaml: yamlModuleBuild, 'jsonc-parser': jsoncModuleBuild },
  legalComments: 'none',
  // Names are kept, for stack traces (CFSIM_DEBUG=1): minifying them saves no measurable time.
  minifySyntax: true,
  minifyWhitespace: true,
  plugins: [commanderWithoutChildProcess],
  logLevel: 'warning',
};

// Removed first: the ES module build's chunks are named by their content, so old ones would pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'dist/cli/main.js' },
    outdir: 'dist/bundle/esm',
    format: 'esm',
    splitting: true,
    // Native addon, and the TUI's React stack: loaded from node_modules, only by the commands that need them.
    external: ['better-sqlite3', 'ink', 'react', 'react/jsx-runtime'],
    // CommonJS dependencies (commander) call require() for Node built-ins.
    banner: { js: "import { createRequire as __cfsimRequire } from 'node:module'; const require = __cfsimRequire(import.meta.url);" },
  }),
  ...BUNDLED_COMMANDS.map((command) =>
    build({
      ...common,
      entryPoints: [`dist/cli/entries/${command}.js`],
      outfile: bundleFile(command),
      format: 'cjs',
      external: ['better-sqlite3'],
      // ES module dependencies (tinyglobby's fdir) ask import.meta.url, which CommonJS does not have.
      define: { 'import.meta.url': '__cfsimModuleUrl' },
      // The function Node wraps a CommonJS module in (bin/compiled-cli.cjs calls it), strict as the
      // ES modules it was bundled from.
      banner: { js: `${BUNDLE_BANNER}"use strict";var __cfsimModuleUrl = require("node:url").pathToFileURL(__filename).href;` },
      footer: { js: '})' },
    }),
  ),
]);

const work = mkdtempSync(join(tmpdir(), 'cfsim-build-'));
try {
  // A JSON export, as most flows in CI are, beside the YAML examples.
  const jsonFlow = join(work, 'greet-caller.json');
  if (existsSync('flows/greet-caller.yaml')) writeFileSync(jsonFlow, JSON.stringify(parse(readFileSync('flows/greet-caller.yaml', 'utf8')), null, 2));
  const store = join(work, 'profiles.db');
  const example = ['flows/greet-caller.yaml', '--contact', 'flows/contacts/known-caller.yaml', '--profiles', 'flows/profiles.yaml'];
  const training = {
    validate: [['validate', 'flows/greet-caller.yaml', 'flows/chat-by-email.yaml', 'flows/search-criteria.yaml', jsonFlow]],
    run: [['run', ...example], ['run', ...example, '--json']],
    test: [['test', 'tests']],
    profiles: [
      ['profiles', 'import', 'flows/profiles.yaml', '--store', store],
      ['profiles', 'search', '--key', '_phone', '--value', '+14255550100', '--store', store],
    ],
  };
  // zlib.crc32 (Node 20.15+) fingerprints a cache's bundle; without it the CLI would not use one.
  if (zlib.crc32) for (const command of BUNDLED_COMMANDS) await writeCodeCache(command, training[command]);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Runs the command as a CI job would on the bundled examples, then saves the code V8 compiled:
 * V8 caches the functions that ran, so a later start compiles only what these runs did not reach.
 * A run that fails (an example being edited) still warms most of the code: it is reported, not fatal.
 */
async function writeCodeCache(command, runs) {
  const file = bundleFile(command);
  const { cli, script, bytes } = loadCompiledCli(command, { useCache: false });
  if (/[^\x00-\x7f]/.test(bytes.toString('latin1'))) throw new Error(`${file} is not ASCII: bin/compiled-cli.cjs reads it as latin1`);
  for (const args of runs) {
    let output = '';
    const keep = (text) => void (output += text);
    const io = { stdout: keep, stderr: keep, isTTY: false, stdinIsTTY: false, color: false, cwd: process.cwd(), env: {} };
    const code = await cli.main(args, io);
    if (code !== 0) console.warn(`bundle: warming ${command}'s code cache, \`cfsim ${args.join(' ')}\` exited ${code}:\n${output.slice(0, 2000)}`);
  }
  // Temp file then rename: a CLI starting meanwhile reads no half-written cache.
  const partial = `${codeCacheFile(command)}.${process.pid}.tmp`;
  writeFileSync(partial, codeCacheBytes(bytes, script));
  renameSync(partial, codeCacheFile(command));
}
