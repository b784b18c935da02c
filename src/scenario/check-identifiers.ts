// Block identifiers a scenario names (expect.path, pathPrefix, branches, faults) that no loaded
// flow has: a warning with the likely spelling, since the case would otherwise fail with a less
// direct message ("never reached"). Not an error: a flow may reach a module cfsim did not load.
import type { LoadedFlow, SourceLocator } from '../flow/types.js';
import { closest, suggestionBudget } from '../validate/closest.js';
import { clip, type Diagnostic } from '../validate/diagnostic.js';
import { where } from '../validate/schema-diagnostics.js';
import { branchModel } from './branch-model.js';
import { at, ScenarioCode } from './load.js';
import type { ScenarioDocument } from './types.js';

export function unknownIdentifiers(scenario: ScenarioDocument, flows: readonly LoadedFlow[], locator: SourceLocator): Diagnostic[] {
  const known = new Set(flows.flatMap((flow) => [...flow.actionsById.keys()]));
  const diagnostics: Diagnostic[] = [];
  const budget = suggestionBudget(); // one for the file: a scenario with many misspellings stays quick
  const check = (identifier: string, path: (string | number)[], key: boolean): void => {
    if (known.has(identifier) || identifier === '*') return;
    const suggestion = closest(identifier, known, budget);
    const message = `${where(path, scenario)}: no block "${clip(identifier)}" in ${flows[0]?.file ?? 'the flow'}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
    const fix = suggestion ? `use "${suggestion}"` : 'use an Identifier of the flow (cfsim run prints them)';
    diagnostics.push(at(scenario.file, locator.locate(path, { key }), path, ScenarioCode.UnknownBlock, message, fix, 'warning'));
  };
  for (const scenarioCase of scenario.cases) {
    const base = ['cases', scenarioCase.index];
    const { path, pathPrefix, branches } = scenarioCase.expect;
    path?.forEach((identifier, index) => check(identifier, [...base, 'expect', 'path', index], false));
    pathPrefix?.forEach((identifier, index) => check(identifier, [...base, 'expect', 'pathPrefix', index], false));
    for (const identifier of Object.keys(branches ?? {})) check(identifier, [...base, 'expect', 'branches', identifier], true);
    for (const identifier of Object.keys(scenarioCase.faults)) check(identifier, [...base, 'faults', identifier], true);
  }
  return diagnostics;
}

/**
 * Branch names in expect.branches that the block cannot take: not one of its branches as coverage
 * names them (`Equals 1`, `ContinueLooping`, an ErrorType), or one the runtime never takes. An
 * error (TEST005): such a case could never pass.
 */
export function unknownBranches(scenario: ScenarioDocument, flows: readonly LoadedFlow[], locator: SourceLocator): Diagnostic[] {
  const actions = new Map(flows.flatMap((flow) => flow.flow.Actions.map((action) => [action.Identifier, action] as const)).reverse());
  const diagnostics: Diagnostic[] = [];
  for (const scenarioCase of scenario.cases) {
    for (const [identifier, expected] of Object.entries(scenarioCase.expect.branches ?? {})) {
      const action = actions.get(identifier);
      if (!action) continue;
      const model = branchModel(action);
      const takeable = model.filter((branch) => branch.kind !== 'unreachable').map((branch) => branch.name);
      // A block that ends the contact or transfers it (no NextAction) reports Success as its step's branch.
      if (!model.some((branch) => branch.name === 'Success')) takeable.unshift('Success');
      const names = typeof expected === 'string' ? [expected] : expected;
      names.forEach((name, index) => {
        if (takeable.includes(name)) return;
        const path = ['cases', scenarioCase.index, 'expect', 'branches', identifier, ...(typeof expected === 'string' ? [] : [index])];
        const never = model.find((branch) => branch.name === name && branch.kind === 'unreachable');
        const suggestion = never || name.length > 100 ? undefined : closest(name, takeable);
        const why = never ? `: ${never.reason ?? 'the runtime never takes it'}` : suggestion ? `; did you mean "${suggestion}"?` : '';
        const message = `${where(path, scenario)}: ${identifier} (${action.Type}) cannot take the branch "${name}"${why}`;
        const fix = takeable.length ? `use one of: ${takeable.join(', ')}` : `${identifier} has no branch to expect`;
        diagnostics.push(at(scenario.file, locator.locate(path), path, ScenarioCode.UnknownBranch, message, fix));
      });
    }
  }
  return diagnostics;
}
