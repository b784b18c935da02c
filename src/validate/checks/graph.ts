import { branchesOf, reachableFrom } from '../../flow/graph.js';
import { closest } from '../closest.js';
import type { Diagnostic } from '../diagnostic.js';
import { actionPath, report, type Check } from './context.js';

/** GRAPH001: StartAction names an action of the flow. */
export const startActionExists: Check = (context) => {
  const start = context.flow.StartAction;
  if (typeof start !== 'string' || context.actionsById.has(start)) return [];
  const suggestion = closest(start, context.actionsById.keys());
  return [report(context, {
    code: 'GRAPH001', severity: 'error', path: ['StartAction'],
    message: `StartAction "${start}" is not the Identifier of any action${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    fix: suggestion ? `set StartAction to "${suggestion}"` : 'set StartAction to the Identifier of the first action',
  })];
};

/** GRAPH002: every NextAction names an action of the flow. */
export const transitionTargetsExist: Check = (context) =>
  context.flow.Actions.flatMap((action) =>
    branchesOf(action)
      .filter((branch) => !context.actionsById.has(branch.target))
      .map((branch) => {
        const suggestion = closest(branch.target, context.actionsById.keys());
        return report(context, {
          code: 'GRAPH002', severity: 'error', path: actionPath(context, action, ...branch.path),
          message: `${action.Identifier}: ${branch.branch} goes to "${branch.target}", which is not an action of this flow${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
          fix: suggestion ? `use "${suggestion}"` : 'point NextAction at an existing Identifier',
        });
      }),
  );

/** GRAPH003: identifiers are unique. */
export const identifiersUnique: Check = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const action of context.flow.Actions) {
    const first = context.actionsById.get(action.Identifier);
    if (first && first !== action) {
      diagnostics.push(report(context, {
        code: 'GRAPH003', severity: 'error', path: actionPath(context, action, 'Identifier'),
        message: `Identifier "${action.Identifier}" is used by more than one action (first at Actions[${context.indexOf.get(first)}])`,
        fix: 'give each action its own Identifier',
      }));
    }
  }
  return diagnostics;
};

/** GRAPH004: an action no path from StartAction reaches is dead (a warning: the console allows it). */
export const actionsReachable: Check = (context) => {
  if (!context.actionsById.has(context.flow.StartAction)) return [];
  const reached = reachableFrom(context.flow.StartAction, context.actionsById);
  return context.flow.Actions.filter((action) => !reached.has(action.Identifier) && context.actionsById.get(action.Identifier) === action).map((action) =>
    report(context, {
      code: 'GRAPH004', severity: 'warning', path: actionPath(context, action, 'Identifier'),
      message: `${action.Identifier} (${action.Type}) cannot be reached from StartAction "${context.flow.StartAction}"`,
      fix: 'connect it to the flow or delete it',
    }),
  );
};
