// Run speed: in-process runs of a 20-block flow with a GetCustomerProfile against 10,000 profiles
// (SQLite in memory). Target: at most 2 µs per block step on average; aws-local-stepfunctions
// spends about 10 µs per state. Run alone with `node bench/run-flow.js` after `npm run build`.
import { fileURLToPath } from 'node:url';
import { report } from './measure.js';
import { contactFromFile } from '../dist/runtime/contact-input.js';
import { DEFAULT_ACCOUNT_ID, NO_FLOWS, scriptedInput } from '../dist/runtime/deps.js';
import { runContact } from '../dist/runtime/run.js';
import { openSqliteStore } from '../dist/store/sqlite-store.js';

const PROFILES = 10_000;
const RUNS = 20_000;
const WARM_UP = 2_000;

const next = (id) => ({ NextAction: id, Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'bye' }] });
const say = (id, text, to) => ({ Identifier: id, Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: next(to) });
const ACTIONS = [
  { Identifier: 'logging', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: 'voice' } },
  { Identifier: 'voice', Type: 'UpdateContactTextToSpeechVoice', Parameters: { TextToSpeechVoice: 'Joanna' }, Transitions: next('recording') },
  { Identifier: 'recording', Type: 'UpdateContactRecordingBehavior', Parameters: { RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] } }, Transitions: { NextAction: 'hooks' } },
  { Identifier: 'hooks', Type: 'UpdateContactEventHooks', Parameters: { EventHooks: { CustomerQueue: 'queue-flow' } }, Transitions: next('mark') },
  { Identifier: 'mark', Type: 'UpdateContactAttributes', Parameters: { Attributes: { caller: '$.CustomerEndpoint.Address', entry: 'ivr' } }, Transitions: next('welcome') },
  say('welcome', 'Welcome to Example Corp.', 'get-profile'),
  {
    Identifier: 'get-profile', Type: 'GetCustomerProfile',
    Parameters: { ProfileRequestData: { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' }, ProfileResponseData: ['FirstName', 'LastName', 'City', 'Attributes.tier'] },
    Transitions: { NextAction: 'greet', Errors: [{ ErrorType: 'NoneFoundError', NextAction: 'bye' }, { ErrorType: 'MultipleFoundError', NextAction: 'bye' }, { ErrorType: 'NoMatchingError', NextAction: 'bye' }] },
  },
  say('greet', 'Hello $.Customer.FirstName $.Customer.LastName from $.Customer.City.', 'tier'),
  {
    Identifier: 'tier', Type: 'Compare', Parameters: { ComparisonValue: '$.Customer.Attributes.tier' },
    Transitions: { NextAction: 'standard', Conditions: [{ NextAction: 'gold', Condition: { Operator: 'Equals', Operands: ['gold'] } }], Errors: [{ ErrorType: 'NoMatchingCondition', NextAction: 'standard' }] },
  },
  say('gold', 'Thank you for being a gold member.', 'remember'),
  say('standard', 'Thank you for calling.', 'remember'),
  { Identifier: 'remember', Type: 'UpdateContactAttributes', Parameters: { Attributes: { profile: '$.Customer.ProfileId', tier: '$.Customer.Attributes.tier' } }, Transitions: next('flow-attrs') },
  { Identifier: 'flow-attrs', Type: 'UpdateFlowAttributes', Parameters: { FlowAttributes: { lane: { Value: 'voice-$.Attributes.tier' } } }, Transitions: next('hours') },
  {
    Identifier: 'hours', Type: 'CheckHoursOfOperation', Parameters: { HoursOfOperationId: 'basic' },
    Transitions: { Conditions: [{ NextAction: 'lookup', Condition: { Operator: 'Equals', Operands: ['True'] } }, { NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['False'] } }], Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'bye' }] },
  },
  { Identifier: 'lookup', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:orders', LambdaInvocationAttributes: { phone: '$.CustomerEndpoint.Address' } }, Transitions: next('status') },
  {
    Identifier: 'status', Type: 'Compare', Parameters: { ComparisonValue: '$.External.openOrders' },
    Transitions: { NextAction: 'no-orders', Conditions: [{ NextAction: 'orders', Condition: { Operator: 'NumberGreaterThan', Operands: ['0'] } }], Errors: [{ ErrorType: 'NoMatchingCondition', NextAction: 'no-orders' }] },
  },
  say('orders', 'You have $.External.openOrders open orders.', 'queue'),
  say('no-orders', 'You have no open orders.', 'queue'),
  { Identifier: 'queue', Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/support' }, Transitions: next('metrics') },
  { Identifier: 'metrics', Type: 'GetMetricData', Parameters: {}, Transitions: next('hold') },
  say('hold', 'Please hold for the next agent.', 'transfer'),
  { Identifier: 'transfer', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: 'bye', Errors: [{ ErrorType: 'QueueAtCapacity', NextAction: 'bye' }, { ErrorType: 'NoMatchingError', NextAction: 'bye' }] } },
  { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
];

function loadedFlow() {
  return {
    file: 'bench-flow.yaml', name: 'bench-flow',
    flow: { Version: '2019-10-30', StartAction: 'logging', Actions: ACTIONS },
    actionsById: new Map(ACTIONS.map((action) => [action.Identifier, action])),
    source: { locate: () => ({ line: 1, column: 1 }) },
  };
}

const phone = (index) => `+1425${String(5_000_000 + index).padStart(7, '0')}`;

export async function runFlowBench() {
  const store = openSqliteStore();
  store.importProfiles({
    Profiles: Array.from({ length: PROFILES }, (_, index) => ({
      FirstName: `First${index}`, LastName: `Last${index}`, PhoneNumber: phone(index),
      Address: { City: 'Seattle' }, Attributes: { tier: index % 3 === 0 ? 'gold' : 'silver' },
    })),
  });
  const flow = loadedFlow();
  const start = new Date('2024-05-06T16:00:00Z');
  const deps = {
    profiles: { store, enabled: true, faults: {}, accountId: DEFAULT_ACCOUNT_ID },
    clock: () => start,
    input: scriptedInput([]),
    mocks: { lambda: { orders: { External: { openOrders: '2' } } }, hours: { basic: { inHours: true } } },
    flows: NO_FLOWS,
  };
  const contacts = Array.from({ length: 1_000 }, (_, index) => contactFromFile({ CustomerEndpoint: { Address: phone((index * 7919) % PROFILES) } }).contact);
  const once = runContact(flow, contacts[0], deps);
  if (once.events.length !== 20 || once.state.end?.outcome !== 'Transferred') {
    throw new Error(`the bench flow should take 20 steps to a transfer, took ${once.events.length} (${JSON.stringify(once.state.end)})`);
  }
  for (let run = 0; run < WARM_UP; run++) runContact(flow, contacts[run % contacts.length], deps);
  let steps = 0;
  const begin = process.hrtime.bigint();
  for (let run = 0; run < RUNS; run++) steps += runContact(flow, contacts[run % contacts.length], deps).events.length;
  const elapsed = Number(process.hrtime.bigint() - begin) / 1e3;
  const perStep = elapsed / steps;
  const getOnly = timeGetProfile(flow, contacts, deps);
  const how = `in one process, after ${WARM_UP.toLocaleString('en-US')} warm-up runs (runContact, the library)`;
  report('run', `a 20-block flow against ${PROFILES.toLocaleString('en-US')} profiles, per block step, ${how}`, perStep, 'µs', { max: 2 }, `${(elapsed / RUNS).toFixed(1)} µs a run`);
  report('run', `  GetCustomerProfile alone, per call (the store's search included), ${how}`, getOnly, 'µs', undefined);
  store.close();
  return { perStepMicros: perStep, perRunMicros: elapsed / RUNS, getProfileMicros: getOnly };
}

/** The Get profile step by itself: a flow of one block, repeated. */
function timeGetProfile(flow, contacts, deps) {
  const get = flow.actionsById.get('get-profile');
  const single = { ...flow, flow: { ...flow.flow, StartAction: 'get-profile', Actions: [{ ...get, Transitions: {} }] } };
  single.actionsById = new Map([['get-profile', single.flow.Actions[0]]]);
  const calls = 20_000;
  const begin = process.hrtime.bigint();
  for (let call = 0; call < calls; call++) runContact(single, contacts[call % contacts.length], deps);
  return Number(process.hrtime.bigint() - begin) / 1e3 / calls;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runFlowBench();
