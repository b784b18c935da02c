'use strict';
// Loads a command's CommonJS bundle (dist/bundle/<command>.cjs) with the V8 code cache that the
// build made for it (scripts/bundle.js), on every Node. Without it every start would parse the bundle
// and compile yaml, the schema validators and the checks again. Node 22.1+'s own compile cache
// (module.enableCompileCache) keeps only what V8 compiles while loading a module, not the functions
// that run later, which this cache holds since the build makes it after training runs: it saved less
// than half as much on Node 22 and 24 (README, Performance, counted with callgrind).
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');
const { crc32 } = require('node:zlib'); // Node 20.15+; without it the cache is not used

/** The commands CI runs, each bundled alone; everything else runs from the ES module build. */
const BUNDLED_COMMANDS = ['validate', 'run', 'test', 'profiles'];
const BUNDLE_DIR = join(__dirname, '..', 'dist', 'bundle');

/** How each bundle starts (scripts/bundle.js): the function Node wraps a CommonJS module in, which this file calls. */
const BUNDLE_BANNER = '(function (exports, require, module, __filename, __dirname) {';

const bundleFile = (command) => join(BUNDLE_DIR, `${command}.cjs`);
const codeCacheFile = (command) => `${bundleFile(command)}.cache`;

// A cache file is the CRC-32 of the bundle it was made for, then V8's data. V8 itself compares only
// the length of the source, so a bundle edited in place would otherwise run the old code.
const FINGERPRINT_BYTES = 4;

/** The cache file's bytes for the bundle `source` (as read from disk), compiled as `script`. */
function codeCacheBytes(source, script) {
  const fingerprint = Buffer.alloc(FINGERPRINT_BYTES);
  fingerprint.writeUInt32BE(crc32(source));
  return Buffer.concat([fingerprint, script.createCachedData()]);
}

/**
 * Runs the command's bundle as Node runs a CommonJS module and returns its exports, the compiled
 * script (the build asks it for the cache) and what became of the cache:
 * - 'used';
 * - 'missing': not built, or this Node has no zlib.crc32;
 * - 'stale': made for another bundle;
 * - 'rejected': V8 refused it, as it does for another V8 version or other V8 flags (NODE_OPTIONS).
 * Without the cache the bundle compiles from source: slower, same result.
 * `useCache: false` is for the build.
 */
function loadCompiledCli(command, { useCache = true } = {}) {
  const file = bundleFile(command);
  const bytes = readFileSync(file);
  const cache = useCache ? readCodeCache(command, bytes) : { data: undefined, status: 'missing' };
  // The build wraps the bundle in the function Node wraps a CommonJS module in: compiling the file
  // as read spares a copy of a megabyte-long string, and the garbage collections that copy caused.
  // esbuild writes ASCII (its default charset, which the build checks), which latin1 reads fastest.
  const source = bytes.toString('latin1');
  const script = new Script(source, { filename: file, cachedData: cache.data });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, BUNDLE_DIR);
  const status = cache.data && script.cachedDataRejected ? 'rejected' : cache.status;
  return { cli: module.exports, script, bytes, cache: status };
}

function readCodeCache(command, bundleBytes) {
  let bytes;
  try {
    bytes = readFileSync(codeCacheFile(command));
  } catch {
    return { data: undefined, status: 'missing' }; // not built (or removed): compile from source
  }
  if (!crc32) return { data: undefined, status: 'missing' };
  const stale = bytes.length < FINGERPRINT_BYTES || bytes.readUInt32BE(0) !== crc32(bundleBytes);
  return stale ? { data: undefined, status: 'stale' } : { data: bytes.subarray(FINGERPRINT_BYTES), status: 'used' };
}

module.exports = { BUNDLED_COMMANDS, BUNDLE_BANNER, bundleFile, codeCacheBytes, codeCacheFile, loadCompiledCli };
