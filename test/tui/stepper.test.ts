import { describe, expect, it } from 'vitest';
import { parseFlowText, toLoadedFlow } from '../../src/flow/load.js';
import { startRun } from '../../src/runtime/run.js';
import { breakpointKey, current } from '../../src/tui/session.js';
import { createStepper } from '../../src/tui/stepper.js';
import { demoSetup, profilesWithPhone } from './helpers.js';

describe('the stepper', () => {
  it('takes one runtime step at a time and keeps each state', () => {
    // Given the demo flow and a caller with a profile
    const stepper = createStepper(demoSetup());
    // When it steps twice
    stepper.forward();
    const session = stepper.forward();
    // Then the history holds the start and both steps, the old states unchanged
    expect(session.history.map((snapshot) => snapshot.event?.identifier)).toEqual([undefined, 'get-profile', 'greet']);
    expect(session.history[1]?.state.contact.Customer.FirstName).toBe('Ana');
    expect(session.history[0]?.state.contact.Customer).toEqual({});
    expect(current(session).state.at?.action).toBe('mark-greeted');
  });

  it('steps back over a CreateCustomerProfile: the contact and the store as they were', () => {
    // Given a new caller whose lookup finds nothing, so the flow creates a profile
    const setup = demoSetup('new-caller.yaml');
    const stepper = createStepper(setup);
    stepper.forward();
    stepper.forward();
    expect(current(stepper.session()).event?.identifier).toBe('create-profile');
    expect(profilesWithPhone(setup, '+14255550199')).toBe(1);
    // When it steps back
    const session = stepper.back();
    // Then the profile is gone from the store and $.Customer is empty again
    expect(profilesWithPhone(setup, '+14255550199')).toBe(0);
    expect(current(session).state.contact.Customer).toEqual({});
    expect(current(session).state.at?.action).toBe('create-profile');
    // And stepping forward again creates it once
    stepper.forward();
    expect(profilesWithPhone(setup, '+14255550199')).toBe(1);
  });

  it('asks for input when the scripted Inputs run out, then takes the step with the answer', () => {
    const stepper = createStepper(demoSetup());
    for (let n = 0; n < 4; n++) stepper.forward();
    // The known caller's contact has no Inputs: the menu must ask
    const asked = stepper.session();
    expect(asked.question).toEqual({ request: { identifier: 'menu', prompt: 'Press 1 for sales or 2 to hang up' }, kind: 'digits' });
    expect(current(asked).state.at?.action).toBe('menu');
    const answered = stepper.answer('1');
    expect(current(answered).event).toMatchObject({ identifier: 'menu', branch: 'Condition', next: 'set-queue' });
    expect(answered.answers).toEqual(['1']);
  });

  it('does not ask for an utterance when the Lex bot is mocked, and asks when it is not', () => {
    // Given a flow whose bot routes by intent, and a contact with no Inputs left
    const flow = toLoadedFlow(parseFlowText('bot.yaml', [
      'Version: "2019-10-30"',
      'StartAction: bot',
      'Actions:',
      '  - Identifier: bot',
      '    Type: ConnectParticipantWithLexBot',
      '    Parameters: {Text: How can I help?, LexV2Bot: {AliasArn: "arn:aws:lex:us-east-1:111122223333:bot-alias/B1/A1"}}',
      '    Transitions:',
      '      NextAction: end',
      '      Conditions: [{NextAction: end, Condition: {Operator: Equals, Operands: [Sales]}}]',
      '      Errors: [{NextAction: end, ErrorType: NoMatchingCondition}, {NextAction: end, ErrorType: NoMatchingError}, {NextAction: end, ErrorType: InputTimeLimitExceeded}]',
      '  - {Identifier: end, Type: DisconnectParticipant, Parameters: {}, Transitions: {}}',
    ].join('\n')));
    const base = demoSetup();
    const setup = (lex: Record<string, { intent: string }>) => ({
      ...base, flow, start: startRun(flow, base.start.contact), inputs: [], deps: { ...base.deps, mocks: { ...base.deps.mocks, lex } },
    });
    // When the bot is mocked, the step takes the mocked intent without a question
    const mocked = createStepper(setup({ A1: { intent: 'Sales' } })).forward();
    expect(mocked.question).toBeUndefined();
    expect(current(mocked).event).toMatchObject({ identifier: 'bot', branch: 'Condition' });
    // When it is not, the customer's words are the intent, so the stepper asks for them
    expect(createStepper(setup({})).forward().question?.request.identifier).toBe('bot');
  });

  it('continues to a breakpoint, then to the end', () => {
    const stepper = createStepper(demoSetup('new-caller.yaml'));
    stepper.toggleBreakpoint(breakpointKey({ flow: 'step-demo.yaml', action: 'menu' }));
    const paused = stepper.continueRun();
    expect(current(paused).state.at?.action).toBe('menu');
    expect(paused.notice).toContain('breakpoint on menu');
    const ended = stepper.continueRun();
    expect(current(ended).state.end).toEqual({ outcome: 'Transferred', queue: 'Sales' });
  });

  it('stops at the step limit with an error, and restarts from the start', () => {
    const stepper = createStepper(demoSetup('known-caller.yaml', 2));
    const stopped = stepper.continueRun();
    expect(current(stopped).state.end?.error?.code).toBe('StepLimit');
    const restarted = stepper.restart();
    expect(restarted.history).toHaveLength(1);
    expect(current(restarted).state.at?.action).toBe('get-profile');
  });
});
