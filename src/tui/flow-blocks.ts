// Finding a run's blocks: the action at a position (which may be in a transferred-to flow or an
// invoked module), and the question an input block asks.
import type { FlowAction, LoadedFlow } from '../flow/types.js';
import type { FlowResolver, InputRequest } from '../runtime/deps.js';
import type { Position } from '../runtime/state.js';
import type { Question } from './session.js';

export function flowAt(entry: LoadedFlow, flows: FlowResolver, position: Position): LoadedFlow | undefined {
  return position.flow === entry.file ? entry : flows.byFile(position.flow);
}

export function actionAt(entry: LoadedFlow, flows: FlowResolver, position: Position): FlowAction | undefined {
  return flowAt(entry, flows, position)?.actionsById.get(position.action);
}

/** GetParticipantInput takes DTMF digits; a Lex bot takes what the customer says or types. */
export function questionFor(request: InputRequest, action: FlowAction | undefined): Question {
  return { request, kind: action?.Type === 'GetParticipantInput' ? 'digits' : 'text' };
}
