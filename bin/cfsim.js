#!/usr/bin/env node
// Thin shim: the compiled CLI does the work; only this file sets the exit status.
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
