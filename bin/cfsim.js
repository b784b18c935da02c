#!/usr/bin/env node
// Thin shim: the compiled CLI does the work; only this file sets the exit status.
import module from 'node:module';

// Node 22.1+ can keep V8's compiled code for the CLI between runs (in the OS temp directory), which
// takes most of the compile time off every later start; older Node has no such function.
// It must run before the CLI is imported, hence the dynamic import below.
module.enableCompileCache?.();

const { main } = await import('../dist/bundle/main.js');
process.exitCode = await main(process.argv.slice(2));
