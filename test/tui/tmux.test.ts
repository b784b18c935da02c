// The real binary in a real terminal, 80x24 then resized: tmux runs `cfsim step`, keys go in with
// send-keys, and the screen comes back with capture-pane, polled until the expected text shows (with a
// time limit).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;
const SESSION = `cfsim-step-test-${process.pid}`;
const LONG_SESSION = `cfsim-step-keys-${process.pid}`;
const WORK = mkdtempSync(join(tmpdir(), 'cfsim-tmux-'));
const SAVED = join(WORK, 'demo.test.yaml');

function tmux(...args: string[]): string {
  const result = spawnSync('tmux', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

let session = SESSION;
const screen = (): string => tmux('capture-pane', '-p', '-t', session);

/** Polls the pane until it shows `text` (a string or a pattern); fails with the last screen after the time limit. */
async function showing(text: string | RegExp, limitMs = 10_000): Promise<string> {
  const until = Date.now() + limitMs;
  let last = '';
  while (Date.now() < until) {
    last = screen();
    if (typeof text === 'string' ? last.includes(text) : text.test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the terminal never showed ${String(text)}; it shows:\n${last}`);
}

/** The keys in one write, as a paste arrives. */
const keys = (...names: string[]): void => void tmux('send-keys', '-t', session, ...names);
const resizeTo = (columns: number, rows: number): void => void tmux('resize-window', '-t', session, '-x', String(columns), '-y', String(rows));

/** `cfsim step` with these arguments, quoted for the shell, with CI set as CI machines do. */
const stepCommand = (...args: string[]): string => `CI=true ${['node', BIN, 'step', ...args].map((word) => `'${word}'`).join(' ')}`;

afterAll(() => {
  if (HAS_TMUX) for (const name of [SESSION, LONG_SESSION]) spawnSync('tmux', ['kill-session', '-t', name]);
  rmSync(WORK, { recursive: true, force: true });
});

const title = HAS_TMUX
  ? 'steps, steps back, takes a pasted answer, ends and saves on an 80x24 terminal, then fits a 60x20 one'
  : 'steps through a flow in tmux (skipped: tmux is not installed; `apt-get install tmux`, as .ci/run does)';

describe('cfsim step in a real terminal', () => {
  it.skipIf(!HAS_TMUX)(title, async () => {
    session = SESSION;
    expect(existsSync(join(ROOT, 'dist', 'bundle', 'esm', 'main.js')), 'build cfsim first (npm test does)').toBe(true);
    // Given cfsim step on the demo flow in an 80x24 terminal, with CI set as CI machines do (Ink would
    // otherwise draw only the last frame); the shell prints the exit status after
    const command = [
      'node', BIN, 'step', 'test/tui/fixtures/step-demo.yaml', '--contact', 'test/tui/fixtures/known-caller.yaml',
      '--profiles', 'test/tui/fixtures/profiles.yaml', '--save-test', SAVED,
    ].map((word) => `'${word}'`).join(' ');
    tmux('new-session', '-d', '-s', SESSION, '-x', '80', '-y', '24', '-c', ROOT, `env -u NO_COLOR -u FORCE_COLOR CI=true ${command}; echo "exit status $?"; sleep 600`);

    // Then the whole screen is there: the first block current, its reference resolved, the keys
    const first = await showing('q quit');
    expect(first.split('\n')[0]).toBe('cfsim step · step-demo · step 0 · running');
    expect(first).toContain('▶ get-profile');
    expect(first).toContain('→ "+14255550100"');
    expect(Math.max(...first.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
    // in colour (the current block highlighted), as NO_COLOR is not set
    expect(tmux('capture-pane', '-e', '-p', '-t', session)).toContain('\u001B[');

    // When Enter steps: get-profile took Success and $.Customer changed
    keys('Enter');
    const stepped = await showing('▶ greet');
    expect(stepped).toMatch(/1 get-profile\s+Success/);
    expect(stepped).toContain('FirstName=Ana*');

    // When b steps back: the start again
    keys('b');
    await showing('step 0 · running');

    // When c continues: the menu asks for digits, and 1 + Enter pasted in one go goes on to the end
    keys('c');
    await showing('menu waits for digits');
    keys('1', 'Enter');
    const ended = await showing('Transferred: the contact went to queue Sales');
    expect(ended.split('\n')[0]).toBe('cfsim step · step-demo · step 6 · ended: Transferred');

    // When s saves: the notice says where the case went
    keys('s');
    await showing('saved case "known-caller: Transferred after transfer"');

    // When the terminal shrinks to 60x20: the screen is laid out again to fit it, the keys on two rows
    resizeTo(60, 20);
    const small = (await showing(/^s save {2}q quit$/m)).split('\n');
    expect(small[0]).toBe('cfsim step · step-demo · step 6 · ended: Transferred');
    expect(small[1]).toMatch(/^Blocks +transfer TransferContactToQueue$/);
    expect(Math.max(...small.map((line) => line.length))).toBeLessThanOrEqual(60);

    // When it shrinks below 60x20: it asks for a larger terminal, and q still quits: cfsim exits 0
    resizeTo(50, 15);
    await showing(/cfsim step needs a terminal of at least 60x20\s+\(this one is 50x15\)/);
    keys('q');
    await showing('exit status 0');
    expect(readFileSync(SAVED, 'utf8')).toContain('path: [get-profile, greet, mark-greeted, menu, set-queue, transfer]');
  });

  it.skipIf(!HAS_TMUX)('takes keys sent together one by one, keeps keys typed before the first frame, scrolls a long block list', async () => {
    session = LONG_SESSION;
    // Given a 32-block flow, started after a pause in which n n n is typed: the terminal still
    // echoes them then, and cfsim has not started to read keys
    // (with NO_COLOR set: the screen has no colours then)
    const command = stepCommand('test/tui/fixtures/long-flow.yaml', '--contact', 'test/tui/fixtures/known-caller.yaml');
    tmux('new-session', '-d', '-s', LONG_SESSION, '-x', '80', '-y', '24', '-c', ROOT, `sleep 1; NO_COLOR=1 ${command}; echo "exit status $?"; sleep 600`);
    keys('n', 'n', 'n');

    // Then the screen took the three keys (step 3), and nothing echoed is left on it
    const first = (await showing('step 3 · running')).split('\n');
    expect(first[0]).toBe('cfsim step · long-flow · step 3 · running');
    expect(first.filter((line) => line.includes('nnn'))).toEqual([]);
    expect(tmux('capture-pane', '-e', '-p', '-t', session)).not.toContain('\u001B[');

    // When n n n n is sent at once, and then Enter three times: seven more steps
    keys('n', 'n', 'n', 'n');
    await showing('step 7 · running');
    keys('Enter', 'Enter', 'Enter');
    const tenth = (await showing('step 10 · running')).split('\n');
    // Then the block list scrolled with the current block and says what it scrolled past
    expect(tenth[1]).toMatch(/^Blocks {2}↑ 3 more {2}↓ 15 more\s/);
    expect(tenth.join('\n')).toMatch(/10 say-10 +Success *\n.*▶ say-11 /);

    // When twenty n arrive at once: the lookup by SearchCriteria is current, each pair on a line of its own, together
    keys(...Array.from({ length: 20 }, () => 'n'));
    const lookup = (await showing('step 30 · running')).split('\n');
    expect(lookup[1]).toMatch(/^Blocks {2}↑ 18 more +find-account GetCustomerProfile$/);
    expect(lookup.slice(2, 7).map((line) => line.slice(37).trimEnd())).toEqual([
      'SearchCriteria _account: 1001',
      'SearchCriteria _phone: $.CustomerEndpoint.…',
      '  → "+14255550100"',
      'LogicalOperator: AND',
      'ProfileResponseData: FirstName',
    ]);

    // When n and q arrive together: one more step, then cfsim quits with status 0
    keys('n', 'q');
    await showing('exit status 0');
  });
});
