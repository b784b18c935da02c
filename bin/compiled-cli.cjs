'use strict';
// Loads a command's CommonJS bundle (dist/bundle/<command>.cjs) with the V8 code cache that the
// build made for it (scripts/bundle.js). Node 20 keeps no compiled code between runs (Node 22's
// module.enableCompileCache is the built-in form of this), so without the cache every start would
// parse the bundle and compile yaml, the schema validators and the checks again: about a third of
// `cfsim validate`'s start-up time.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

/** The commands CI runs, each bundled alone; everything else runs from the ES module build. */
const BUNDLED_COMMANDS = ['validate', 'run', 'test', 'profiles'];
const BUNDLE_DIR = join(__dirname, '..', 'dist', 'bundle');

const bundleFile = (command) => join(BUNDLE_DIR, `${command}.cjs`);
const codeCacheFile = (command) => `${bundleFile(command)}.cache`;

/**
 * Runs the command's bundle as Node runs a CommonJS module and returns its exports, with the
 * compiled script (the build asks it for the cache). V8 refuses a cache made by another V8 version,
 * with other flags or for another source, and then compiles as usual: slower, never wrong.
 * `useCache: false` is for the build.
 */
function loadCompiledCli(command, { useCache = true } = {}) {
  const file = bundleFile(command);
  // esbuild writes ASCII (its default charset, which the build checks), and latin1 is the fastest
  // way to read ASCII into a string.
  // The build wraps the bundle in the function Node wraps a CommonJS module in: compiling the file
  // as read spares a copy of a megabyte-long string, and the garbage collections that copy caused.
  const source = readFileSync(file, 'latin1');
  const cachedData = useCache ? readCodeCache(command) : undefined;
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, BUNDLE_DIR);
  return { cli: module.exports, script };
}

function readCodeCache(command) {
  try {
    return readFileSync(codeCacheFile(command));
  } catch {
    return undefined; // not built (or removed): compile from source
  }
}

module.exports = { BUNDLED_COMMANDS, bundleFile, codeCacheFile, loadCompiledCli };
