// `cfsim step` once the terminal is known to be interactive: the run prepared by the same loaders
// as `cfsim run`, then the Ink screen until the user quits. Imported lazily by the step command.
import { basename, extname } from 'node:path';
import { render } from 'ink';
import { createElement } from 'react';
import type { StepCommandOptions } from '../cli/commands/step.js';
import { ExitCode } from '../cli/exit-codes.js';
import { prepareRunForCli } from '../cli/run-inputs.js';
import type { CliIO } from '../cli/io.js';
import { formatRunDiagnostics } from '../cli/format/run-diagnostics.js';
import { loadStyle } from '../cli/format/style.js';
import { parseDataText } from '../flow/document.js';
import { isRecord } from '../flow/load.js';
import { readFlowsMap } from '../load/flows-map.js';
import { FILE_KINDS, readInputText } from '../load/read-file.js';
import { DEFAULT_MAX_STEPS, startRun } from '../runtime/run.js';
import { App } from './App.js';
import { caseName, scenarioCase, type ActionOf } from './scenario-case.js';
import { appendCase, type ScenarioRefs } from './scenario-file.js';
import type { Session } from './session.js';
import { createStepper } from './stepper.js';

export async function stepFlow(flow: string, options: StepCommandOptions, io: CliIO): Promise<ExitCode> {
  const preparation = await prepareRunForCli(flow, options, io);
  if (!preparation.ok) {
    io.stderr(formatRunDiagnostics(preparation.diagnostics, await loadStyle(io.color)));
    return ExitCode.BadInput;
  }
  const { run } = preparation;
  try {
    const stepper = createStepper({
      flow: run.flow,
      deps: run.deps,
      start: startRun(run.flow, run.setup.contact),
      inputs: run.setup.inputs,
      maxSteps: options.maxSteps,
    });
    // Branches as the scenario file names them (`Equals 1`): the action of each step, by flow name.
    const flows = [run.flow];
    const actionOf = (flowName: string, identifier: string) =>
      (flows.find((loaded) => loaded.name === flowName) ?? run.deps.flows.resolve(flowName, 'flow') ?? run.deps.flows.resolve(flowName, 'module'))?.actionsById.get(identifier);
    const save = options.saveTest ? await saver(flow, options, options.saveTest, io.cwd, actionOf) : undefined;
    const screen = render(createElement(App, { stepper, save }));
    await screen.waitUntilExit();
    return ExitCode.Ok;
  } finally {
    // The store keeps what the run did up to the state the user left it in (a --store file keeps it).
    run.close();
  }
}

/** `s`: the session as a case of the --save-test file; a failure to save is shown, not thrown. */
async function saver(flow: string, options: StepCommandOptions, file: string, cwd: string, actionOf: ActionOf): Promise<(session: Session) => Promise<string>> {
  // The contact as written (prepareRun checked it), so the case reads like the contact file.
  const written = options.contact ? parseDataText(options.contact, readInputText(options.contact, cwd, FILE_KINDS.contact)).value : undefined;
  const contact = isRecord(written) ? written : {};
  const contactName = options.contact ? basename(options.contact, extname(options.contact)) : 'default contact';
  const map = options.flows ? await readFlowsMap(options.flows, cwd) : undefined;
  const refs: ScenarioRefs = {
    flow,
    profiles: options.profiles,
    mocks: options.mocks,
    flows: map?.ok ? map.value : undefined,
    maxSteps: options.maxSteps === DEFAULT_MAX_STEPS ? undefined : options.maxSteps,
  };
  return (session) =>
    appendCase(file, cwd, refs, scenarioCase(session, contact, caseName(contactName, session), actionOf)).catch(
      (error: unknown) => `could not save: ${error instanceof Error ? error.message : String(error)}`,
    );
}
