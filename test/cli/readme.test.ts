// The README works as written: every command of its ```sh blocks runs, as the built binary, in a
// fresh temporary copy of the example files (flows/, tests/), and gives what the README says: the
// whole output shown under the run example, an exit status of 0 (or the one a `# … exit N` comment
// names), and a non-empty file for `> file`.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The example files a reader has after cloning, copied for each block. */
const EXAMPLES = ['flows', 'tests'];

/**
 * Commands not run, with the reason. The first two are how cfsim is installed and tested (this test
 * is part of `npm test`); step needs a terminal (test/tui/tmux.test.ts runs it in tmux).
 */
const NOT_RUN: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  { pattern: /^npm ci$/, reason: 'installs cfsim (the test runs the built binary)' },
  { pattern: /^npm test$/, reason: 'runs this very test' },
  { pattern: /^npx cfsim step /, reason: 'needs a terminal: test/tui/tmux.test.ts steps through a flow in tmux' },
];

interface ReadmeCommand {
  /** The line as written, comment removed. */
  readonly line: string;
  readonly comment: string;
  /** 1-based line in README.md. */
  readonly at: number;
}

interface ShBlock {
  readonly at: number;
  readonly commands: readonly ReadmeCommand[];
  /** The ```text block that follows, when only prose stands between: the output the README shows. */
  readonly output?: string;
}

function readmeBlocks(text: string): ShBlock[] {
  const lines = text.split('\n');
  const blocks: ShBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (lines[index] !== '```sh') continue;
    const at = index + 1;
    const commands: ReadmeCommand[] = [];
    for (index++; index < lines.length && lines[index] !== '```'; index++) {
      const [line = '', comment = ''] = splitComment(lines[index] ?? '');
      if (line) commands.push({ line, comment, at: index + 1 });
    }
    const output = followingText(lines, index + 1);
    blocks.push({ at, commands, ...(output !== undefined ? { output } : {}) });
  }
  return blocks;
}

/** The ```text block after line `from`, if no other fenced block comes first. */
function followingText(lines: readonly string[], from: number): string | undefined {
  for (let index = from; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '```text') {
      const end = lines.indexOf('```', index + 1);
      return `${lines.slice(index + 1, end).join('\n')}\n`;
    }
    if (line.startsWith('```') || line.startsWith('#')) return undefined;
  }
  return undefined;
}

/** `cmd 'a b' # note` → [`cmd 'a b'`, `note`]: a # after a space, outside quotes, starts a comment. */
function splitComment(line: string): [string, string] {
  let quote = '';
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '#' && (index === 0 || line[index - 1] === ' ')) return [line.slice(0, index).trim(), line.slice(index + 1).trim()];
  }
  return [line.trim(), ''];
}

/** Shell words: spaces split, quotes group (no expansion: the README quotes its globs for cfsim). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote = '';
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = '';
      else word = (word ?? '') + char;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= '';
    } else if (char === ' ') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + char;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Runs `npx cfsim …` as the built binary in `cwd`; `> file` writes stdout there. */
function run(command: ReadmeCommand, cwd: string) {
  const words = shellWords(command.line);
  expect(words.slice(0, 2), `README.md:${command.at} is not an npx cfsim command`).toEqual(['npx', 'cfsim']);
  const redirect = words.indexOf('>');
  const args = words.slice(2, redirect >= 0 ? redirect : undefined);
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CFSIM_STORE: undefined, GITHUB_WORKSPACE: undefined },
    timeout: 60_000,
  });
  const file = redirect >= 0 ? words[redirect + 1] : undefined;
  if (file) writeFileSync(join(cwd, file), result.stdout);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, file };
}

const blocks = readmeBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));

describe('the README, run as written', () => {
  it('has the commands this test expects to find', () => {
    const all = blocks.flatMap((block) => block.commands.map((command) => command.line));
    expect(all).toContain('npx cfsim run flows/greet-caller.yaml --contact flows/contacts/known-caller.yaml --profiles flows/profiles.yaml');
    expect(all.filter((line) => line.startsWith('npx cfsim ')).length).toBeGreaterThanOrEqual(12);
  });

  for (const block of blocks) {
    for (const command of block.commands) {
      const notRun = NOT_RUN.find((entry) => entry.pattern.test(command.line));
      if (notRun) it.skip(`README.md:${command.at} ${command.line} (not run: ${notRun.reason})`, () => undefined);
    }
    const runnable = block.commands.filter((command) => !NOT_RUN.some((entry) => entry.pattern.test(command.line)));
    if (!runnable.length) continue;
    // A block's commands run in order in one copy: a later one may use a store an earlier one made.
    // After a command that is not run, the rest of its block is not run either.
    const firstSkipped = block.commands.findIndex((command) => NOT_RUN.some((entry) => entry.pattern.test(command.line)));
    const blockRuns = firstSkipped < 0 ? runnable : block.commands.slice(0, firstSkipped);
    for (const command of block.commands.slice(firstSkipped < 0 ? block.commands.length : firstSkipped + 1)) {
      it.skip(`README.md:${command.at} ${command.line} (not run: it follows a command that is not run)`, () => undefined);
    }
    if (!blockRuns.length) continue;
    it(`README.md:${block.at}: ${blockRuns.map((command) => command.line.replace(/^npx /, '')).join(' && ')}`, () => {
      const dir = tempDir('cfsim-readme-');
      for (const name of EXAMPLES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
      for (const command of blockRuns) {
        const result = run(command, dir);
        const expected = Number(/\bexits? (\d)\b/.exec(command.comment)?.[1] ?? 0);
        expect({ code: result.code, stderr: result.stderr }, `README.md:${command.at} ${command.line}`).toEqual({ code: expected, stderr: expected === 0 ? '' : result.stderr });
        if (result.file) expect(statSync(join(dir, result.file)).size, `${result.file} is empty`).toBeGreaterThan(0);
        // The output the README shows under a block of one command is the whole output.
        if (block.output !== undefined && block.commands.length === 1) expect(result.stdout).toBe(block.output);
      }
    });
  }
});
