// Bundles the CLI into a few files under dist/bundle/: Node spends more time resolving and loading
// hundreds of small modules than running a validation, and a CLI run thousands of times in CI pays
// that at every start. Commands stay lazy: each one is its own chunk, loaded when it runs.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

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
  // CommonJS dependencies (commander, yaml) call require() for Node built-ins.
  banner: { js: "import { createRequire as __cfsimRequire } from 'node:module'; const require = __cfsimRequire(import.meta.url);" },
  legalComments: 'none',
  minifySyntax: true,
  minifyWhitespace: true,
  logLevel: 'warning',
});
