// Bundles the CLI into a few files under dist/bundle/: Node spends more time resolving and loading
// hundreds of small modules than running a validation, and a CLI run thousands of times in CI pays
// that at every start. Commands stay lazy: each one is its own chunk, loaded when it runs.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

// yaml's CommonJS build, which its "node" export condition selects, runs every module of the package
// at load (stringifier, all schemas and tags) and cannot be tree-shaken. Its ES module build (the
// package's "default" export) is the same source: bundling that one leaves out what cfsim never
// calls and takes a few milliseconds off each start. (Its only differences, for browsers: warnings
// go to console.warn instead of process.emitWarning, and !!binary, a YAML 1.1 tag, decodes to a
// Uint8Array instead of a Buffer.)
const require = createRequire(import.meta.url);
const yamlModuleBuild = join(dirname(require.resolve('yaml')), '..', 'browser', 'index.js');
// jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ES build can be bundled.
const jsoncModuleBuild = join(dirname(require.resolve('jsonc-parser')), '..', 'esm', 'main.js');

rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { main: 'dist/cli/main.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native addon, and the TUI's React stack: loaded from node_modules, only by the commands that need them.
  external: ['better-sqlite3', 'ink', 'react', 'react/jsx-runtime', 'ink-testing-library'],
  alias: { yaml: yamlModuleBuild, 'jsonc-parser': jsoncModuleBuild },
  // CommonJS dependencies (commander) call require() for Node built-ins.
  banner: { js: "import { createRequire as __cfsimRequire } from 'node:module'; const require = __cfsimRequire(import.meta.url);" },
  legalComments: 'none',
  minifySyntax: true,
  minifyWhitespace: true,
  logLevel: 'warning',
});
