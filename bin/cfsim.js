#!/usr/bin/env node
'use strict';
// Thin shim: the compiled CLI does the work; only this file sets the exit status.
// CommonJS (bin/package.json says so), which Node starts a few ms faster than an ES module; the
// name stays .js because npx keeps the bin links of a project it has run once.
const { BUNDLED_COMMANDS, loadCompiledCli } = require('./compiled-cli.cjs');

const argv = process.argv.slice(2);
if (BUNDLED_COMMANDS.includes(argv[0])) {
  loadCompiledCli(argv[0]).cli.main(argv).then(setExitCode);
} else {
  // step (whose UI, Ink, is an ES module with top-level await that require() cannot load), help,
  // --version and typos: the ES module build of the whole CLI. Node 22.1+ can keep its compiled
  // code between runs; that must be enabled before the CLI is imported.
  require('node:module').enableCompileCache?.();
  import('../dist/bundle/esm/main.js').then(({ main }) => main(argv)).then(setExitCode);
}

function setExitCode(code) {
  process.exitCode = code;
}
