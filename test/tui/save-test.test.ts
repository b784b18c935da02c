// `s` with --save-test: the session as a scenario case that `cfsim test` reads and that passes.
import { chmodSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load.js';
import { runCli } from '../helpers/cli.js';
import { caseName, scenarioCase } from '../../src/tui/scenario-case.js';
import { appendCase } from '../../src/tui/scenario-file.js';
import { createStepper } from '../../src/tui/stepper.js';
import { demoSetup, FIXTURES } from './helpers.js';

const NEW_CALLER = { CustomerEndpoint: { Address: '+14255550199' }, Inputs: ['1'] };

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfsim-save-'));
  made.push(dir);
  return dir;
}

/** The demo flow's actions, so that a saved case names the menu's branch as `cfsim test` does. */
const actionOf = (_flow: string, identifier: string) => demoSetup().flow.actionsById.get(identifier);

function finishedRun() {
  const stepper = createStepper(demoSetup('new-caller.yaml'));
  return stepper.continueRun();
}

describe('saving a session as a scenario case', () => {
  it('expects the path, the branches, $.Customer (without generated ids), the prompts and the outcome', () => {
    const session = finishedRun();
    const saved = scenarioCase(session, NEW_CALLER, caseName('new-caller', session), actionOf);
    expect(saved).toEqual({
      name: 'new-caller: Transferred after transfer',
      contact: NEW_CALLER,
      expect: {
        path: ['get-profile', 'create-profile', 'greet', 'mark-greeted', 'menu', 'set-queue', 'transfer'],
        branches: {
          'get-profile': 'NoneFoundError', 'create-profile': 'Success', greet: 'Success', 'mark-greeted': 'Success',
          menu: 'Equals 1', 'set-queue': 'Success', transfer: 'Success',
        },
        customer: { FirstName: 'Guest' },
        prompts: ['Hello Guest, welcome back', 'Press 1 for sales or 2 to hang up'],
        outcome: 'Transferred',
        queue: 'Sales',
      },
    });
  });

  it('saves a run that has not ended with pathPrefix and no outcome, and the answers typed as Inputs', () => {
    // Given a run that answered the menu, then stepped back over it
    const stepper = createStepper(demoSetup());
    for (let n = 0; n < 4; n++) stepper.forward();
    expect(stepper.answer('2').answers).toEqual(['2']);
    const session = stepper.back();
    // When it is saved
    const saved = scenarioCase(session, { CustomerEndpoint: { Address: '+14255550100' } }, caseName('known', session));
    expect(saved.expect.pathPrefix).toEqual(['get-profile', 'greet', 'mark-greeted']);
    expect(saved.expect.outcome).toBeUndefined();
    // Step-back undid the menu: the answer typed for it is no longer part of the run.
    expect(saved.contact).toEqual({ CustomerEndpoint: { Address: '+14255550100' } });
    expect(saved.name).toBe('known: up to menu');
  });

  it('creates the scenario file, then appends with a unique name, and the file stays valid', async () => {
    const dir = tempDir();
    const file = join(dir, 'tests', 'demo.test.yaml');
    const session = finishedRun();
    const saved = scenarioCase(session, NEW_CALLER, 'new caller', actionOf);
    const refs = { flow: join(FIXTURES, 'step-demo.yaml'), profiles: join(FIXTURES, 'profiles.yaml') };
    // When a case is saved twice
    expect(await appendCase(file, dir, refs, saved)).toBe(`saved case "new caller" to ${file} (1 cases)`);
    expect(await appendCase(file, dir, refs, saved)).toContain('saved case "new caller (2)"');
    // Then the file names the flow and the profiles relative to itself and passes the scenario loader
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`flow: ${relative(join(dir, 'tests'), refs.flow)}`);
    expect(text).toContain('path: [get-profile, create-profile, greet, mark-greeted, menu, set-queue, transfer]');
    const loaded = parseScenarioText(file, text);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.scenario?.cases.map((item) => item.name)).toEqual(['new caller', 'new caller (2)']);
    expect(loaded.scenario?.cases[1]?.expect.branches?.menu).toBe('Equals 1');
    // And cfsim test runs both cases, and they pass
    const tested = await runCli(['test', file], { cwd: dir });
    expect(tested.stdout).toMatch(/2 passed, 0 failed/);
    expect(tested.code).toBe(0);
  });

  it('refuses a scenario file of another flow and leaves it as it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'other.test.yaml');
    const before = 'flow: other.yaml\ncases:\n  - name: one\n';
    writeFileSync(file, before);
    const saved = scenarioCase(finishedRun(), NEW_CALLER, 'new caller');
    await expect(appendCase(file, dir, { flow: join(FIXTURES, 'step-demo.yaml') }, saved)).rejects.toThrow(/tests other.yaml/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it.runIf(process.platform !== 'win32')('never replaces a device; writes through a symbolic link to its file, keeping its mode', async () => {
    const dir = tempDir();
    const saved = scenarioCase(finishedRun(), NEW_CALLER, 'new caller');
    const refs = { flow: join(FIXTURES, 'step-demo.yaml') };
    await expect(appendCase('/dev/null', dir, refs, saved)).rejects.toThrow(/\/dev\/null: it is a character device, not a regular file/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    // A link to a scenario file that does not exist yet: the link leads nowhere, and is left alone
    symlinkSync('mine.test.yaml', join(dir, 'link.test.yaml'));
    await expect(appendCase('link.test.yaml', dir, refs, saved)).rejects.toThrow(/a symbolic link that leads to no file/);
    // Once the file exists, the case goes into it through the link
    await appendCase('mine.test.yaml', dir, refs, saved);
    chmodSync(join(dir, 'mine.test.yaml'), 0o600);
    expect(await appendCase('link.test.yaml', dir, refs, saved)).toContain('saved case "new caller (2)"');
    expect(lstatSync(join(dir, 'link.test.yaml')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'mine.test.yaml')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'mine.test.yaml'), 'utf8')).toContain('new caller (2)');
  });
});
