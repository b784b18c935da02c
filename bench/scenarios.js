// Scenario tests at scale: 1,000 cases of a 20-block flow (a profile lookup, create, update, a
// chain of attribute and prompt blocks) against 1,000 profiles: `cfsim test --coverage` as a cold process
// (read, check, run each case on a rolled-back store, report), and the runs alone through the library.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, report, timeProcesses } from './measure.js';
import { readScenarioFile } from '../dist/scenario/load.js';
import { prepareScenario } from '../dist/scenario/prepare.js';
import { runScenario } from '../dist/scenario/run-scenario.js';

const CASES = 1000;
const PROFILES = 1000;

const phone = (i) => `+1425${String(5_000_000 + i).padStart(7, '0')}`;

/** 20 actions: 4 Customer Profiles blocks, a Compare, 12 attribute / prompt blocks, 3 endings. */
function flowYaml() {
  const chain = [];
  for (let i = 1; i <= 6; i++) {
    const next = i < 6 ? `set-${i + 1}` : 'check-tier';
    chain.push(
      `  - {Identifier: set-${i}, Type: UpdateContactAttributes, Parameters: {Attributes: {step${i}: "$.Customer.FirstName"}}, Transitions: {NextAction: say-${i}, Errors: [{ErrorType: NoMatchingError, NextAction: sorry}]}}`,
      `  - {Identifier: say-${i}, Type: MessageParticipant, Parameters: {Text: "Step ${i} for $.Attributes.step${i}"}, Transitions: {NextAction: ${next}}}`,
    );
  }
  return `Version: "2019-10-30"
StartAction: get-profile
Actions:
  - Identifier: get-profile
    Type: GetCustomerProfile
    Parameters: {ProfileRequestData: {IdentifierName: _phone, IdentifierValue: $.CustomerEndpoint.Address}, ProfileResponseData: [FirstName, Attributes.tier]}
    Transitions: {NextAction: set-1, Errors: [{ErrorType: NoneFoundError, NextAction: create}, {ErrorType: MultipleFoundError, NextAction: shared}, {ErrorType: NoMatchingError, NextAction: sorry}]}
  - {Identifier: create, Type: CreateCustomerProfile, Parameters: {ProfileRequestData: {PhoneNumber: $.CustomerEndpoint.Address, FirstName: New}, ProfileResponseData: [FirstName]}, Transitions: {NextAction: set-1, Errors: [{ErrorType: NoMatchingError, NextAction: sorry}]}}
  - {Identifier: shared, Type: MessageParticipant, Parameters: {Text: Several of you share this number}, Transitions: {NextAction: set-1}}
${chain.join('\n')}
  - Identifier: check-tier
    Type: Compare
    Parameters: {ComparisonValue: $.Customer.Attributes.tier}
    Transitions: {Conditions: [{NextAction: gold, Condition: {Operator: Equals, Operands: [gold]}}], Errors: [{ErrorType: NoMatchingCondition, NextAction: note-visit}]}
  - {Identifier: gold, Type: MessageParticipant, Parameters: {Text: "Welcome back, gold member"}, Transitions: {NextAction: note-visit}}
  - {Identifier: note-visit, Type: UpdateCustomerProfile, Parameters: {ProfileRequestData: {Attributes.lastVisit: today}, ProfileResponseData: [Attributes.lastVisit]}, Transitions: {NextAction: bye, Errors: [{ErrorType: NoMatchingError, NextAction: bye}]}}
  - {Identifier: sorry, Type: MessageParticipant, Parameters: {Text: Sorry}, Transitions: {NextAction: bye}}
  - {Identifier: bye, Type: DisconnectParticipant, Parameters: {}, Transitions: {}}
`;
}

function profilesYaml() {
  const lines = ['profiles:'];
  for (let i = 0; i < PROFILES; i++) {
    // The last two share a number: MultipleFoundError.
    const number = i === PROFILES - 1 ? phone(PROFILES - 2) : phone(i);
    lines.push(`  - {FirstName: Customer${i}, PhoneNumber: "${number}", Attributes: {tier: ${i % 3 === 0 ? 'gold' : 'silver'}}}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Four kinds of caller in turn: known, new (creates a profile, rolled back), shared number, throttled. */
function scenarioYaml() {
  const lines = ['flow: flow.yaml', 'profiles: profiles.yaml', 'cases:'];
  for (let i = 0; i < CASES; i++) {
    const kind = i % 4;
    const address = kind === 1 ? '+14259999999' : kind === 2 ? phone(PROFILES - 2) : phone(i % (PROFILES - 2));
    lines.push(`  - name: case ${i}`, `    contact: {CustomerEndpoint: {Address: "${address}"}}`);
    if (kind === 3) lines.push('    faults: {get-profile: Throttled}');
    const branch = ['Success', 'NoneFoundError', 'MultipleFoundError', 'NoMatchingError'][kind];
    lines.push(`    expect: {pathPrefix: [get-profile], branches: {get-profile: ${branch}}, outcome: Disconnected}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same file through the library: read and prepared once, then only the cases are timed. */
async function runsOnly(dir) {
  const prepared = await prepareScenario(await readScenarioFile('bench.test.yaml', dir), { cwd: dir, flowCache: new Map(), startTime: new Date() });
  if (!prepared.ok) throw new Error('the bench scenario file does not load');
  try {
    runScenario(prepared.scenario, { hits: new Map() }); // warm up
    const start = process.hrtime.bigint();
    runScenario(prepared.scenario, { hits: new Map() });
    return Number(process.hrtime.bigint() - start) / 1e6;
  } finally {
    prepared.scenario.profiles.store.close();
  }
}

export async function runScenarioBench() {
  const dir = mkdtempSync(join(tmpdir(), 'cfsim-bench-scenarios-'));
  try {
    writeFileSync(join(dir, 'flow.yaml'), flowYaml());
    writeFileSync(join(dir, 'profiles.yaml'), profilesYaml());
    writeFileSync(join(dir, 'bench.test.yaml'), scenarioYaml());
    const [elapsed] = timeProcesses([{ args: [BIN, 'test', 'bench.test.yaml', '--coverage'], cwd: dir }], { runs: 5, warmUp: 1 });
    report('scenarios', `cfsim test --coverage: ${CASES.toLocaleString('en-US')} cases of a 20-block flow, ${PROFILES.toLocaleString('en-US')} profiles, one cold process`, elapsed, 'ms', undefined, `${((elapsed * 1000) / CASES).toFixed(0)} µs a case`);
    const runs = await runsOnly(dir);
    report('scenarios', '  the runs alone (each case on a rolled-back store, expectations, coverage), in one process after a warm-up run', runs, 'ms', undefined, `${((runs * 1000) / CASES).toFixed(0)} µs a case`);
    return { elapsedMs: elapsed, perCaseMs: elapsed / CASES, runsMs: runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runScenarioBench();
