import { describe, expect, it } from 'vitest';
import { connectParticipantWithLexBot } from '../../src/blocks/connect-participant-with-lex-bot.js';
import { getParticipantInput } from '../../src/blocks/get-participant-input.js';
import { messageParticipant } from '../../src/blocks/message-participant.js';
import { messageParticipantIteratively } from '../../src/blocks/message-participant-iteratively.js';
import { showView } from '../../src/blocks/show-view.js';
import { action, blockContext, contact, deps, type DepsOptions } from '../runtime/helpers.js';

const context = (options: DepsOptions = {}) => blockContext(deps(options));

describe('MessageParticipant', () => {
  it('sends text with $. references resolved', () => {
    const block = action({ Identifier: 'greet', Type: 'MessageParticipant', Parameters: { Text: 'Hello $.Attributes.name.' } });
    expect(messageParticipant(block, contact({ Attributes: { name: 'Jane' } }), context()).prompts).toEqual([{ kind: 'text', text: 'Hello Jane.' }]);
  });

  it('records SSML and prompt ARNs as such on voice, and takes Error for them in chat', () => {
    const ssml = action({ Identifier: 'ssml', Type: 'MessageParticipant', Parameters: { SSML: '<speak>Hi</speak>' } });
    const prompt = action({ Identifier: 'p', Type: 'MessageParticipant', Parameters: { PromptId: 'arn:aws:connect:us-east-1:111122223333:instance/i/prompt/p1' } });
    expect(messageParticipant(ssml, contact(), context()).prompts).toEqual([{ kind: 'ssml', text: '<speak>Hi</speak>' }]);
    expect(messageParticipant(prompt, contact(), context()).prompts?.[0]?.kind).toBe('prompt');
    expect(messageParticipant(ssml, contact({ Channel: 'CHAT' }), context()).branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
  });

  it('plays looping prompts once and is interrupted after InterruptFrequencySeconds', () => {
    const block = action({ Identifier: 'hold', Type: 'MessageParticipantIteratively', Parameters: { Messages: [{ Text: 'Please hold' }, { PromptId: 'music' }], InterruptFrequencySeconds: '20' } });
    const outcome = messageParticipantIteratively(block, contact(), context());
    expect(outcome.branch).toEqual({ kind: 'result', result: 'MessagesInterrupted' });
    expect(outcome.prompts).toHaveLength(2);
    expect(outcome.elapsedSeconds).toBe(20);
  });
});

describe('GetParticipantInput', () => {
  const menu = action({ Identifier: 'menu', Type: 'GetParticipantInput', Parameters: { Text: 'Press 1', InputTimeLimitSeconds: '5' } });
  const store = action({ Identifier: 'account', Type: 'GetParticipantInput', Parameters: {
    Text: 'Your account number', StoreInput: 'True', InputTimeLimitSeconds: '5', InputValidation: { CustomValidation: { MaximumLength: '4' } },
  } });

  it('routes the first digit to the conditions and consumes the input', () => {
    const outcome = getParticipantInput(menu, contact(), context({ inputs: ['12'] }));
    expect(outcome.branch).toEqual({ kind: 'result', result: '1' });
    expect(outcome.input).toEqual({ value: '12' });
  });

  it('takes InputTimeLimitExceeded when the customer gives nothing', () => {
    const outcome = getParticipantInput(menu, contact(), context({ inputs: [null] }));
    expect(outcome.branch).toEqual({ kind: 'error', errorType: 'InputTimeLimitExceeded' });
    expect(getParticipantInput(menu, contact(), context()).branch).toEqual({ kind: 'error', errorType: 'InputTimeLimitExceeded' });
  });

  it('stores input in $.StoredCustomerInput, cut to MaximumLength, and "Timeout" when there is none', () => {
    expect(getParticipantInput(store, contact(), context({ inputs: ['123456'] })).contact?.StoredCustomerInput).toBe('1234');
    const silent = getParticipantInput(store, contact(), context({ inputs: [] }));
    expect(silent.branch).toEqual({ kind: 'next' });
    expect(silent.contact?.StoredCustomerInput).toBe('Timeout');
  });

  it('ends stored input at the termination key, which is not stored, and ignores the keys after it', () => {
    const stored = (block: typeof store, answer: string) => getParticipantInput(block, contact(), context({ inputs: [answer] }));
    const pound = stored(store, '1001#');
    expect(pound.contact?.StoredCustomerInput).toBe('1001');
    expect(pound.reason).toBe('stored "1001" (input ended at "#")');
    expect(pound.input).toEqual({ value: '1001#' });
    expect(stored(store, '12#34').contact?.StoredCustomerInput).toBe('12');
    expect(stored(store, '123456#').contact?.StoredCustomerInput).toBe('1234');
    const custom = action({ ...store, Parameters: { ...store.Parameters, DTMFConfiguration: { InputTerminationSequence: '*9' } } });
    expect(stored(custom, '12*97').contact?.StoredCustomerInput).toBe('12');
    expect(stored(custom, '12#').contact?.StoredCustomerInput).toBe('12#');
  });

  it('validates phone numbers and stores them in E.164', () => {
    const phone = action({ Identifier: 'phone', Type: 'GetParticipantInput', Parameters: {
      StoreInput: 'True', InputTimeLimitSeconds: '5', InputValidation: { PhoneNumberValidation: { NumberFormat: 'Local', CountryCode: 'US' } },
    } });
    expect(getParticipantInput(phone, contact(), context({ inputs: ['4255550100'] })).contact?.StoredCustomerInput).toBe('+14255550100');
    expect(getParticipantInput(phone, contact(), context({ inputs: ['4255550100#'] })).contact?.StoredCustomerInput).toBe('+14255550100');
    expect(getParticipantInput(phone, contact(), context({ inputs: ['12'] })).branch).toEqual({ kind: 'error', errorType: 'InvalidPhoneNumber' });
  });

  it('takes Error in chat: DTMF input needs a voice contact', () => {
    expect(getParticipantInput(menu, contact({ Channel: 'CHAT' }), context({ inputs: ['1'] })).branch).toEqual({ kind: 'error', errorType: 'NoMatchingError' });
  });
});

describe('ConnectParticipantWithLexBot', () => {
  const bot = action({ Identifier: 'lex', Type: 'ConnectParticipantWithLexBot', Parameters: { Text: 'How can I help?', LexV2Bot: { AliasArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/B1/A1' } } });

  it('answers from mocks.lex and fills $.Lex', () => {
    const outcome = connectParticipantWithLexBot(bot, contact(), context({ inputs: ['I lost my bag'], mocks: { lex: { A1: { intent: 'LostBag', slots: { Bag: 'red' } } } } }));
    expect(outcome.branch).toEqual({ kind: 'result', result: 'LostBag' });
    expect(outcome.contact?.Lex).toMatchObject({ IntentName: 'LostBag', Slots: { Bag: 'red' } });
    expect(outcome.input).toEqual({ value: 'I lost my bag' });
  });

  it('reads the utterance as the intent name with no mock, and times out with neither', () => {
    expect(connectParticipantWithLexBot(bot, contact(), context({ inputs: ['Sales'] })).branch).toEqual({ kind: 'result', result: 'Sales' });
    expect(connectParticipantWithLexBot(bot, contact(), context()).branch).toEqual({ kind: 'error', errorType: 'InputTimeLimitExceeded' });
  });

  it('gives successive mocks to successive calls', () => {
    const runtime = deps({ mocks: { lex: { '*': [{ intent: 'One' }, { intent: 'Two' }] } } });
    const first = connectParticipantWithLexBot(bot, contact(), blockContext(runtime));
    const second = connectParticipantWithLexBot(bot, contact(), blockContext(runtime, { counters: first.counters ?? {} }));
    expect([first.branch, second.branch]).toEqual([{ kind: 'result', result: 'One' }, { kind: 'result', result: 'Two' }]);
  });
});

describe('ShowView', () => {
  const view = action({ Identifier: 'form', Type: 'ShowView', Parameters: { ViewResource: { Id: 'form', Version: 'Latest' }, InvocationTimeLimitSeconds: '300' } });

  it('takes the mocked action as its result and the data as $.Views.ViewResultData', () => {
    const outcome = showView(view, contact(), context({ mocks: { views: { form: { action: 'Submit', data: { FormData: { a: '1' } } } } } }));
    expect(outcome.branch).toEqual({ kind: 'result', result: 'Submit' });
    expect(outcome.contact?.Views).toEqual({ Action: 'Submit', ViewResultData: { FormData: { a: '1' } } });
  });

  it('times out with no mock', () => {
    expect(showView(view, contact(), context()).branch).toEqual({ kind: 'error', errorType: 'TimeLimitExceeded' });
  });
});
