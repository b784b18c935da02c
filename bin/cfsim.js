#!/usr/bin/env node
'use strict';
// Thin shim: the compiled CLI does the work; only this file sets the exit status.
// CommonJS (bin/package.json says so), which Node starts a few ms faster than an ES module; the
// name stays .js because npx keeps the bin links of a project it has run once.
const { BUNDLED_COMMANDS, loadCompiledCli } = require('./compiled-cli.cjs');

const argv = process.argv.slice(2);
if (BUNDLED_COMMANDS.includes(argv[0])) {
  let loaded;
  try {
    loaded = loadCompiledCli(argv[0]);
  } catch (error) {
    notBuilt(error);
  }
  if (loaded && loaded.cache !== 'used' && process.env.CFSIM_DEBUG) {
    process.stderr.write(`cfsim: code cache ${loaded.cache}: ${argv[0]} compiles from source (see README, Performance)\n`);
  }
  loaded?.cli.main(argv).then(setExitCode);
} else {
  // step (whose UI, Ink, is an ES module with top-level await that require() cannot load), help,
  // --version and typos: the ES module build of the whole CLI. Node 22.1+ can keep its compiled
  // code between runs; that must be enabled before the CLI is imported.
  require('node:module').enableCompileCache?.();
  import('../dist/bundle/esm/main.js').then(({ main }) => main(argv).then(setExitCode), notBuilt);
}

function setExitCode(code) {
  process.exitCode = code;
}

/** A clone without `npm ci` (or a removed dist/): say so, instead of a stack trace. */
function notBuilt(error) {
  if (error?.code !== 'ENOENT' && error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('cfsim: the CLI is not built (dist/bundle/ is missing)\n  fix: run npm run build (npm ci and npm install run it)\n');
  process.exitCode = 2;
}
