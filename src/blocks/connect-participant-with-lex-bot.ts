// ConnectParticipantWithLexBot: the customer talks to a Lex bot; the intent is the result for
// Equals conditions and $.Lex holds IntentName, Slots and SessionAttributes (APIReference
// participant-actions-connectparticipantwithlexbot; admin guide, Amazon Lex contact attributes).
// cfsim takes the customer's next input as the utterance and the bot's answer from mocks.lex
// (by block, alias ARN or bot name); with no mock, the utterance itself is the intent name.
import { withCall } from '../runtime/outcome.js';
import type { LexData } from '../runtime/contact.js';
import { resolveText } from '../runtime/jsonpath.js';
import type { LexMock } from '../runtime/mocks.js';
import { errorBranch, type BlockHandler, withBranches } from '../runtime/outcome.js';
import { actionPrompt, lastSegment, mockedError, mockFor, promptTooLong, recordParam } from './common.js';

const connectParticipantWithLexBotHandler: BlockHandler = withBranches((action, contact, context) => {
  const prompt = actionPrompt(action, contact);
  const tooLong = promptTooLong([prompt]);
  if (tooLong) return tooLong;
  const prompts = prompt ? [prompt] : [];
  const v2 = recordParam(action, 'LexV2Bot');
  const v1 = recordParam(action, 'LexBot');
  const bot = v2.AliasArn !== undefined ? resolveText(v2.AliasArn, contact) : resolveText(v1.Name, contact);
  const taken = mockFor<LexMock>(context, context.deps.mocks.lex, 'lex', action, bot, bot ? lastSegment(bot) : undefined);
  // A mocked bot answers by itself: a scripted utterance is still the customer's (and is used up),
  // but the step UI must not stop to ask for one.
  const utterance = context.deps.input.next({ identifier: action.Identifier, ...(prompt ? { prompt: prompt.text } : {}), ...(taken ? { optional: true } : {}) }, context.state);
  const input = { value: utterance };
  if (taken) {
    const failed = mockedError(taken, `bot ${bot || '(none)'}`);
    if (failed) return { ...failed, prompts, input };
  }
  if (!taken && (utterance === null || utterance === '')) {
    return { branch: errorBranch('InputTimeLimitExceeded'), prompts, input, reason: 'InputTimeLimitExceeded: the customer said nothing and no mocks.lex answers for this bot' };
  }
  const mock = taken?.mock;
  const intent = mock?.intent ?? utterance ?? '';
  const lex: LexData = {
    IntentName: intent,
    DialogState: mock?.dialogState ?? 'Fulfilled',
    Slots: { ...(mock?.slots ?? {}) },
    SessionAttributes: { ...callParameters(recordParam(action, 'LexSessionAttributes'), contact), ...(mock?.sessionAttributes ?? {}) },
  };
  const source = taken ? `mocks.lex ${taken.key}` : 'no mocks.lex: the utterance is read as the intent name';
  return {
    branch: { kind: 'result', result: intent },
    contact: { ...contact, Lex: lex },
    prompts,
    input,
    reason: `intent ${JSON.stringify(intent)} (${source})`,
    ...(taken ? { counters: taken.counters } : {}),
  };
}, { routesByResult: true, errors: ['InputTimeLimitExceeded'] });

function callParameters(values: Readonly<Record<string, unknown>>, contact: Parameters<BlockHandler>[1]): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, resolveText(value, contact)]));
}

/** What the block sends: `calls` expectations (docs/scenario-tests.md). */
export const connectParticipantWithLexBot: BlockHandler = withCall(connectParticipantWithLexBotHandler, (action, contact) => ({
  kind: 'lex',
  resource: resolveText(recordParam(action, 'LexV2Bot').AliasArn ?? recordParam(action, 'LexBot').Name, contact),
  parameters: callParameters(recordParam(action, 'LexSessionAttributes'), contact),
}));
