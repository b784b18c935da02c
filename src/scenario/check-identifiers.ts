// Block identifiers a scenario names (expect.path, pathPrefix, branches, faults) that no loaded
// flow has: a warning with the likely spelling, since the case would otherwise fail with a less
// direct message ("never reached"). Not an error: a flow may reach a module cfsim did not load.
import type { LoadedFlow, SourceLocator } from '../flow/types.js';
import { closest, suggestionBudget } from '../validate/closest.js';
import { clip, type Diagnostic } from '../validate/diagnostic.js';
import { where } from '../validate/schema-diagnostics.js';
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
