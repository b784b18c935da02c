// Reading a flow file through the one reader (read-file.ts). A file over the limit is a FILE001
// diagnostic, as validate has always reported it; any other unreadable file an InputFileError (exit 2).
import { flowTooLarge, parseFlowBytes, type FlowSource } from '../flow/load.js';
import { FILE_KINDS, FileTooLargeError, readInputBytes } from './read-file.js';

/** Reads and parses a flow file; `file` is kept as given for messages, read relative to `cwd`. */
export function readFlowFile(file: string, cwd = process.cwd()): FlowSource {
  let bytes: Uint8Array;
  // Synchronous: a flow file is small and local, and the promise API's thread-pool round trips (and
  // loading node:fs/promises at start-up) cost more than the reads.
  try {
    bytes = readInputBytes(file, cwd, FILE_KINDS.flow);
  } catch (error) {
    if (error instanceof FileTooLargeError) return flowTooLarge(file, error.size);
    throw error;
  }
  return parseFlowBytes(file, bytes);
}
