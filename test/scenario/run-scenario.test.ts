// Running a scenario file through the library: fault injection, isolation between cases on one
// store, mocks no case reaches, durations from the injected clock.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/scenario/load.js';
import { prepareScenario, type PreparedScenario } from '../../src/scenario/prepare.js';
import { runScenario } from '../../src/scenario/run-scenario.js';
import type { FileResult } from '../../src/scenario/types.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const GREET = join(ROOT, 'flows', 'greet-caller.yaml');
const PROFILES = join(ROOT, 'flows', 'profiles.yaml');

/** Writes a scenario file (paths to the example flow are absolute), prepares it, and hands it over. */
async function withScenario<T>(cases: string, use: (scenario: PreparedScenario) => T, head = ''): Promise<T> {
  const dir = tempDir('cfsim-scenario-');
  writeFileSync(join(dir, 'case.test.yaml'), `flow: ${GREET}\nprofiles: ${PROFILES}\n${head}cases:\n${cases}`);
  const prepared = await prepareScenario(await readScenarioFile('case.test.yaml', dir), { cwd: dir, flowCache: new Map(), startTime: new Date(0) });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.diagnostics));
  try {
    return use(prepared.scenario);
  } finally {
    prepared.scenario.profiles.store.close();
  }
}

const statuses = (result: FileResult) => result.cases.map((scenarioCase) => [scenarioCase.name, scenarioCase.status, ...scenarioCase.failures.map((failure) => failure.message)]);

describe('running a scenario', () => {
  it('injects faults per block or for every profile block', async () => {
    const result = await withScenario(
      `  - name: the lookup is throttled
    contact: {CustomerEndpoint: {Address: "+14255550123"}}
    faults: {get-profile: Throttled}
    expect: {branches: {get-profile: NoMatchingError}, path: [get-profile, sorry, disconnect]}
  - name: only the create is unavailable
    contact: {CustomerEndpoint: {Address: "+14255550123"}}
    faults: {create-profile: Unavailable}
    expect: {branches: {get-profile: NoneFoundError, create-profile: NoMatchingError}}
  - name: every profile block is unavailable
    contact: {CustomerEndpoint: {Address: "+14255550100"}}
    faults: {"*": Unavailable}
    expect: {branches: {get-profile: NoMatchingError}}
  - name: a fault in one case does not stay for the next
    contact: {CustomerEndpoint: {Address: "+14255550100"}}
    expect: {branches: {get-profile: Success}}
`,
      (scenario) => runScenario(scenario),
    );
    expect(statuses(result)).toEqual([
      ['the lookup is throttled', 'passed'],
      ['only the create is unavailable', 'passed'],
      ['every profile block is unavailable', 'passed'],
      ['a fault in one case does not stay for the next', 'passed'],
    ]);
  });

  it('gives every case the fixture as it was: a profile one case creates is gone for the next', async () => {
    await withScenario(
      `  - name: creates a profile for a new number
    contact: {CustomerEndpoint: {Address: "+14255550177"}}
    expect: {branches: {get-profile: NoneFoundError, create-profile: Success}}
  - name: the same number is still unknown
    contact: {CustomerEndpoint: {Address: "+14255550177"}}
    expect: {branches: {get-profile: NoneFoundError}}
`,
      (scenario) => {
        const store = scenario.profiles.store;
        const search = () => store.searchProfiles({ KeyName: '_phone', Values: ['+14255550177'] }).Items.length;
        expect(statuses(runScenario(scenario))).toEqual([
          ['creates a profile for a new number', 'passed'],
          ['the same number is still unknown', 'passed'],
        ]);
        // And the store is back to the fixture after the file.
        expect(search()).toBe(0);
        expect(store.searchProfiles({ KeyName: '_phone', Values: ['+14255550100'] }).Items).toHaveLength(1);
      },
    );
  });

  it('warns about the file mocks no case reaches, at their key', async () => {
    const result = await withScenario(
      `  - name: a known caller
    contact: {CustomerEndpoint: {Address: "+14255550100"}}
`,
      (scenario) => runScenario(scenario),
      `mocks:
  queues:
    priority-support: {name: Priority support}
  lambda:
    unused-function: {External: {}}
`,
    );
    expect(result.cases[0]?.status).toBe('passed');
    expect(result.warnings).toEqual([{ message: 'no case reaches mocks.lambda["unused-function"]', position: { line: 7, column: 5 } }]);
  });

  it('times each case with the injected clock', async () => {
    let now = 0;
    const result = await withScenario(
      `  - name: one
    contact: {CustomerEndpoint: {Address: "+14255550100"}}
  - name: two
    skip: true
`,
      (scenario) => runScenario(scenario, { now: () => (now += 5) }),
    );
    expect(result.cases.map((scenarioCase) => scenarioCase.durationMs)).toEqual([5, 0]);
    expect(result.durationMs).toBe(15);
    expect(result.cases[1]).toMatchObject({ status: 'skipped', steps: [] });
  });
});
