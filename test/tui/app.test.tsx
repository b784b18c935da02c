// The screen driven by keys, as a user would: Given a flow and a contact, When keys are pressed,
// Then the frame shows it. Frames are waited for, never slept on.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/tui/App.js';
import { current, type Session } from '../../src/tui/session.js';
import { createStepper } from '../../src/tui/stepper.js';
import { demoSetup, frameShowing, KEYS, profilesWithPhone } from './helpers.js';

afterEach(cleanup);

function start(contactFile?: string, maxSteps?: number, save?: (session: Session) => Promise<string>) {
  const setup = demoSetup(contactFile, maxSteps);
  const screen = render(<App stepper={createStepper(setup)} save={save} />);
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
    const { lastFrame, stdin } = render(<App stepper={createStepper(broken)} />);
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
});
