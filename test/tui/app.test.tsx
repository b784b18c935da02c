// The screen driven by keys, as a user would: Given a flow and a contact, When keys are pressed,
// Then the frame shows it. Frames are waited for, never slept on.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/tui/App.js';
import { current, type Session } from '../../src/tui/session.js';
import { createStepper } from '../../src/tui/stepper.js';
import { demoSetup, frameRows, frameShowing, KEYS, profilesWithPhone, renderIn, resize } from './helpers.js';

afterEach(cleanup);

/** The screen in an 80x24 terminal, or the size given. */
function start(contactFile?: string, maxSteps?: number, save?: (session: Session) => Promise<string>, size = { columns: 80, rows: 24 }) {
  const setup = demoSetup(contactFile, maxSteps);
  const screen = renderIn(<App stepper={createStepper(setup)} save={save} />, size.columns, size.rows);
  return { setup, ...screen, showing: (text: string | RegExp) => frameShowing(screen.lastFrame, text) };
}

describe('cfsim step screen', () => {
  it('highlights the current block and resolves its references before it runs', async () => {
    // Given the demo flow and a known caller
    const { showing } = start();
    // Then the first block is current, and its $. reference shows the caller's number
    const frame = await showing('▶ get-profile');
    expect(frame).toContain('IdentifierValue: $.CustomerEndpoint.Address');
    expect(frame).toContain('→ "+14255550100"');
    expect(frame).toContain('step 0 · running');
  });

  it('steps with Enter and n: the branch taken, the next block, and $.Customer marked as changed', async () => {
    const { stdin, showing } = start();
    await showing('▶ get-profile');
    // When the user presses Enter
    stdin.write(KEYS.enter);
    // Then get-profile took Success, greet is current, and FirstName is marked changed
    const frame = await showing('▶ greet');
    expect(frame).toMatch(/1 get-profile\s+Success/);
    expect(frame).toContain('FirstName=Ana*');
    expect(frame).toContain('$.Customer.FirstName → "Ana"');
    // When the user presses n twice (greet plays its prompt, mark-greeted sets an attribute)
    stdin.write('n');
    await showing('▶ mark-greeted');
    stdin.write('n');
    const after = await showing('▶ menu');
    // Then the new attribute stands out, the old one does not, and the prompt is listed
    expect(after).toContain('greeted=yes*');
    expect(after).toMatch(/language=en(?!\*)/);
    expect(after).not.toContain('FirstName=Ana*');
    expect(after).toContain('1 Hello Ana, welcome back');
  });

  it('asks for digits when the contact has no Inputs left, and runs the block with the answer', async () => {
    const { stdin, showing } = start();
    await showing('▶ get-profile');
    stdin.write('c');
    // Then the run waits at the menu for the customer's digits
    await showing('menu waits for digits from the customer: "Press 1 for sales or 2 to hang up"');
    // When the user types a letter (ignored: DTMF only), 1, and Enter
    stdin.write('x');
    stdin.write('1');
    await showing('> 1');
    stdin.write(KEYS.enter);
    // Then the menu took its condition and continuing went on to the end: transferred to Sales
    const frame = await showing('Transferred: the contact went to queue Sales');
    expect(frame).toMatch(/menu\s+Condition/);
    expect(frame).toContain('ended: Transferred');
  });

  it('takes a pasted answer: its digits, sent when the paste ends with a line break', async () => {
    const { stdin, showing } = start();
    await showing('▶ get-profile');
    stdin.write('c');
    await showing('menu waits for digits');
    // When a paste brings a letter among digits (one chunk, as a terminal sends it)
    stdin.write('10x01');
    // Then the digits are kept
    await showing('> 1001');
    // When Esc cancels, and a paste with a line break answers the question asked again
    stdin.write(KEYS.escape);
    await showing('n/⏎ step');
    stdin.write('c');
    await showing('menu waits for digits');
    stdin.write('2\r');
    // Then 2 was sent: the menu took its condition (not the time-out) to bye
    const frame = await showing('Disconnected: the contact was disconnected');
    expect(frame).toMatch(/menu\s+Condition/);
  });

  it('takes the time-out branch when the answer is empty', async () => {
    const { stdin, showing } = start();
    await showing('▶ get-profile');
    stdin.write('c');
    await showing('menu waits for digits');
    stdin.write(KEYS.enter);
    const frame = await showing('Disconnected: the contact was disconnected');
    expect(frame).toMatch(/menu\s+InputTimeLimitExceeded/);
  });

  it('steps back to the state as it was: the contact and the profile store', async () => {
    // Given a new caller: the lookup finds nothing and the flow creates a profile
    const { setup, stdin, showing } = start('new-caller.yaml');
    await showing('▶ get-profile');
    stdin.write('n');
    await showing(/get-profile\s+NoneFoundError/);
    stdin.write('n');
    const created = await showing('▶ greet');
    expect(created).toContain('FirstName=Guest*');
    expect(profilesWithPhone(setup, '+14255550199')).toBe(1);
    // When the user presses b
    stdin.write('b');
    // Then create-profile is current again, $.Customer is empty, and the store no longer has the profile
    const back = await showing('▶ create-profile');
    expect(back).toMatch(/Customer\s+—/);
    expect(back).toContain('step 1 ·');
    expect(profilesWithPhone(setup, '+14255550199')).toBe(0);
  });

  it('stops at a breakpoint set with the arrow keys and space', async () => {
    const { stdin, showing } = start('new-caller.yaml');
    await showing('›   ▶ get-profile');
    // When the user selects menu (four rows down) and toggles a breakpoint on it
    for (let n = 0; n < 4; n++) stdin.write(KEYS.down);
    await showing('›     menu');
    stdin.write(' ');
    await showing('›●    menu');
    // And continues
    stdin.write('c');
    // Then the run stops before menu
    const frame = await showing('stopped at the breakpoint on menu');
    expect(frame).toMatch(/●  ▶ menu/);
  });

  it('shows the step limit as the end of the run, never a crash, and restarts', async () => {
    const { stdin, showing } = start('known-caller.yaml', 2);
    await showing('▶ get-profile');
    stdin.write('c');
    const frame = await showing('Error StepLimit');
    expect(frame).toContain('stopped on an error');
    stdin.write('r');
    await showing('step 0 · running');
  });

  it('shows a store that breaks as the end of the run, not a crash', async () => {
    const setup = demoSetup();
    const store = setup.deps.profiles.store;
    const broken = { ...setup, deps: { ...setup.deps, profiles: { ...setup.deps.profiles, store: { ...store, searchProfiles: () => {
      throw new Error('disk I/O error');
    } } } } };
    const { lastFrame, stdin } = renderIn(<App stepper={createStepper(broken)} />);
    await frameShowing(lastFrame, '▶ get-profile');
    stdin.write('n');
    const frame = await frameShowing(lastFrame, 'Error InternalError');
    expect(frame).toContain('disk I/O error');
    expect(frame).toContain('stopped on an error');
  });

  it('cancels the question with Esc and leaves the run where it was', async () => {
    const { stdin, showing } = start();
    await showing('▶ get-profile');
    stdin.write('c');
    await showing('menu waits for digits');
    stdin.write(KEYS.escape);
    const frame = await showing('n/⏎ step');
    expect(frame).toContain('▶ menu');
    expect(frame).not.toContain('waits for digits');
  });

  it('saves the run with s and shows where it went', async () => {
    const saved: Session[] = [];
    const save = async (session: Session) => {
      saved.push(session);
      return 'saved case "known-caller" to demo.test.yaml (1 cases)';
    };
    const { stdin, showing } = start('new-caller.yaml', undefined, save);
    await showing('▶ get-profile');
    stdin.write('c');
    await showing('Transferred');
    stdin.write('s');
    await showing('saved case "known-caller" to demo.test.yaml');
    expect(saved.map((session) => current(session).state.end?.outcome)).toEqual(['Transferred']);
  });

  it('says how to save when no --save-test file was given', async () => {
    const { stdin, showing } = start();
    await showing('▶ get-profile');
    stdin.write('s');
    await showing('start cfsim step with --save-test <file>');
  });

  it('wraps a notice too long for its row onto the status rows instead of cutting it', async () => {
    const notice = "could not save: ENOTDIR: not a directory, open '/tmp/cfsim-tui-0Xq1aB/results/known-caller.test.yaml'";
    const { stdin, showing } = start(undefined, undefined, async () => notice);
    await showing('▶ get-profile');
    stdin.write('s');
    const frame = await showing("'/tmp/cfsim-tui-0Xq1aB/results/known-caller.test.yaml'");
    const rows = frameRows(frame);
    expect(rows.slice(20, 22)).toEqual(["could not save: ENOTDIR: not a directory, open", "'/tmp/cfsim-tui-0Xq1aB/results/known-caller.test.yaml'"]);
    expect(rows).toHaveLength(23);
  });
});

describe('cfsim step screen, keys that arrive together', () => {
  it('takes letters read at once key by key: nnn steps three times', async () => {
    const { stdin, showing } = start();
    await showing('▶ get-profile');
    // When three n arrive in one read (typed faster than a frame, or key repeat)
    stdin.write('nnn');
    // Then three steps were taken
    const frame = await showing('▶ menu');
    expect(frame).toContain('step 3 · running');
    expect(frame).toMatch(/3 mark-greeted\s+Success/);
  });

  it('takes Enter three times read at once as three steps, and b b n as back, back, step', async () => {
    const { stdin, showing } = start();
    await showing('▶ get-profile');
    stdin.write('\r\r\r');
    await showing('step 3 · running');
    stdin.write('bbn');
    const frame = await showing('step 2 · running');
    expect(frame).toContain('▶ mark-greeted');
  });

  it('types the rest of a burst into the question it brought up, and sends it at the line break', async () => {
    const { stdin, showing } = start();
    await showing('▶ get-profile');
    // When c, 1 and Enter arrive together: continue stops at the menu, which takes 1 and goes on
    stdin.write('c1\r');
    const frame = await showing('Transferred: the contact went to queue Sales');
    expect(frame).toMatch(/menu\s+Condition/);
  });
});

describe('cfsim step screen, a flow longer than the block list', () => {
  const long = () => {
    const setup = demoSetup('known-caller.yaml', 1000, 'long-flow.yaml');
    const screen = renderIn(<App stepper={createStepper(setup)} />, 80, 24);
    return { ...screen, showing: (text: string | RegExp) => frameShowing(screen.lastFrame, text) };
  };

  it('says how many blocks are below and above, and scrolls with the current block', async () => {
    const { stdin, showing } = long();
    // Given 32 blocks and 14 rows for them: the first 14 in view, 18 more below
    const first = frameRows(await showing('▶ say-01'));
    expect(first[1]).toMatch(/^Blocks  ↓ 18 more +say-01 MessageParticipant$/);
    // When the run goes 20 steps on: the current block is in view, with blocks above and below
    stdin.write('n'.repeat(20));
    const rows = frameRows(await showing('▶ say-21'));
    expect(rows[1]).toMatch(/^Blocks  ↑ 13 more  ↓ 5 more/);
    expect(rows.slice(2, 16).join('\n')).toMatch(/20 say-20\s+Success\n.*▶ say-21/);
  });

  it('shows each SearchCriteria pair on one line, the pairs together with their LogicalOperator', async () => {
    const { stdin, showing } = long();
    await showing('▶ say-01');
    stdin.write('n'.repeat(30));
    const frame = await showing('▶ find-account');
    const side = frameRows(frame).slice(1, 7).map((row) => row.slice(37).trimEnd());
    expect(side).toEqual([
      'find-account GetCustomerProfile',
      'SearchCriteria _account: 1001',
      'SearchCriteria _phone: $.CustomerEndpoint.…',
      '  → "+14255550100"',
      'LogicalOperator: AND',
      'ProfileResponseData: FirstName',
    ]);
  });
});

describe('cfsim step screen on terminals of other sizes', () => {
  /** Waits for a frame that fits a `columns` x `rows` terminal without wrapping or scrolling. */
  const fitting = (lastFrame: () => string | undefined, columns: number, rows: number) =>
    frameShowing(lastFrame, 'q quit').then((frame) => {
      const lines = frameRows(frame);
      expect(lines.length).toBeLessThan(rows);
      expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(columns);
      return lines;
    });

  it('lays the screen out again when the terminal is resized, smaller or larger', async () => {
    const { stdout, lastFrame, showing } = start();
    await showing('▶ get-profile');
    // When the terminal shrinks to 60x20
    resize(stdout, 60, 20);
    // Then every part is still there, in 60 columns and 19 rows: the key help on two rows
    await vi.waitFor(() => expect(frameRows(lastFrame() ?? '')).toHaveLength(19));
    const small = await fitting(lastFrame, 60, 20);
    expect(small[0]).toBe('cfsim step · step-demo · step 0 · running');
    expect(small.join('\n')).toContain('▶ get-profile');
    expect(small.slice(-2)).toEqual(['n/⏎ step  b back  c continue  ↑↓ space breakpoint  r restart', 's save  q quit']);
    // When it grows to 120x40: the same screen with longer names, in 39 rows
    resize(stdout, 120, 40);
    await vi.waitFor(() => expect(frameRows(lastFrame() ?? '')).toHaveLength(39));
    const large = await fitting(lastFrame, 120, 40);
    expect(large.join('\n')).toMatch(/create-profile\s+CreateCustomerProfile/);
  });

  it('asks for a larger terminal below 60x20, and the keys still work', async () => {
    const { stdin, stdout, lastFrame, showing } = start(undefined, undefined, undefined, { columns: 70, rows: 19 });
    const frame = await showing('(this one is 70x19)');
    expect(frame.replace(/\s+/g, ' ').trim()).toBe('cfsim step needs a terminal of at least 60x20 (this one is 70x19)');
    // When n steps on the too-small terminal, and the terminal grows
    stdin.write('n');
    resize(stdout, 80, 24);
    // Then the step was taken
    await showing('▶ greet');
    expect(frameRows(lastFrame() ?? '')[0]).toBe('cfsim step · step-demo · step 1 · running');
  });
});
