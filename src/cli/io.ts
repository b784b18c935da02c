import { colorEnabled } from './format/style.js';

/** Everything a command may touch of the outside world besides files: injected so tests run in process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is an interactive terminal (tables, progress, colors). */
  readonly isTTY: boolean;
  /** Whether stdin is a terminal too, so keys can be read (the step UI needs both ends). */
  readonly stdinIsTTY: boolean;
  /** Whether to color output: FORCE_COLOR, else a TTY without NO_COLOR (see colorEnabled). */
  readonly color: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Standard input (the file `-`), read to its end but never more than `maxBytes` + 1 bytes: more
   * than `maxBytes` means it is over the limit. Absent: no standard input to read (tests in process).
   */
  readonly readStdin?: (maxBytes: number) => Promise<Uint8Array>;
}

export function processIO(): CliIO {
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do, instead
  // of an unhandled 'error' event and its stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const isTTY = process.stdout.isTTY === true;
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY,
    // A getter: touching process.stdin builds a stream for it (a few ms at start), and only `step` asks.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    color: colorEnabled(process.env, isTTY),
    cwd: process.cwd(),
    env: process.env,
    readStdin,
  };
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    length += chunk.length;
    // Stop reading past the limit: `cat /dev/zero | cfsim validate -` ends here.
    if (length > maxBytes) break;
  }
  process.stdin.destroy();
  return Buffer.concat(chunks, length).subarray(0, maxBytes + 1);
}
