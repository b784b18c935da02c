// The TUI's tests drive the real runtime and the real SQLite store (in memory) over the flow in
// fixtures/, and wait for what the frame shows instead of sleeping.
import type { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { createElement, Fragment, type ReactElement } from 'react';
import { expect, vi } from 'vitest';
import { parseFlowText, toLoadedFlow } from '../../src/flow/load.js';
import { parseContactText } from '../../src/load/contact-file.js';
import { DEFAULT_ACCOUNT_ID, NO_FLOWS, scriptedInput } from '../../src/runtime/deps.js';
import { startRun } from '../../src/runtime/run.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { StepperSetup } from '../../src/tui/stepper.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export const KEYS = { enter: '\r', up: '\u001B[A', down: '\u001B[B', escape: '\u001B', backspace: '\u007F' } as const;

/** The demo flow (or another of fixtures/) with a contact file from fixtures/ and Ana's profile in a fresh store. */
export function demoSetup(contactFile = 'known-caller.yaml', maxSteps = 1000, flowFile = 'step-demo.yaml'): StepperSetup {
  const flow = toLoadedFlow(parseFlowText(flowFile, readFileSync(join(FIXTURES, flowFile), 'utf8')));
  const read = parseContactText(contactFile, readFileSync(join(FIXTURES, contactFile), 'utf8'));
  if (!read.ok) throw new Error(`bad fixture ${contactFile}`);
  const store = openSqliteStore();
  store.importProfiles({ Profiles: [{ FirstName: 'Ana', LastName: 'Silva', PhoneNumber: '+14255550100' }] });
  const clock = new Date('2024-05-06T16:00:00Z');
  return {
    flow,
    deps: {
      profiles: { store, enabled: true, faults: {}, accountId: DEFAULT_ACCOUNT_ID },
      clock: () => clock,
      input: scriptedInput([]),
      mocks: read.value.mocks,
      flows: NO_FLOWS,
    },
    start: startRun(flow, read.value.contact),
    inputs: read.value.inputs,
    maxSteps,
  };
}

/** Waits until the last frame shows `text` (a string or a pattern), and returns that frame. */
export async function frameShowing(lastFrame: () => string | undefined, text: string | RegExp): Promise<string> {
  await vi.waitFor(() => {
    const frame = lastFrame() ?? '';
    if (typeof text === 'string') expect(frame).toContain(text);
    else expect(frame).toMatch(text);
  }, { timeout: 3000, interval: 10 });
  return lastFrame() ?? '';
}

/** Phones known to the store: how a test sees profiles a step created or a step-back removed. */
export function profilesWithPhone(setup: StepperSetup, phone: string): number {
  return setup.deps.profiles.store.searchProfiles({ KeyName: '_phone', Values: [phone] }).Items.length;
}

/** Gives the test terminal a size and tells the screen, as a terminal does when it is resized
 * (ink-testing-library's terminal is 100 columns wide and does not tell its rows). */
export function resize(stdout: EventEmitter, columns: number, rows: number): void {
  Object.defineProperties(stdout, { columns: { value: columns, configurable: true }, rows: { value: rows, configurable: true } });
  stdout.emit('resize');
}

/** Renders `tree` in a test terminal of `columns` x `rows`, from its first frame on. */
export function renderIn(tree: ReactElement, columns = 80, rows = 24): ReturnType<typeof render> {
  const screen = render(createElement(Fragment));
  resize(screen.stdout, columns, rows);
  screen.rerender(tree);
  return screen;
}

/** The frame's rows as the terminal shows them, colours left out. */
export function frameRows(frame: string): string[] {
  return stripVTControlCharacters(frame).split('\n');
}
