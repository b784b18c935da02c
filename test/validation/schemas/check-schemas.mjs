#!/usr/bin/env node
// Checks schemas/: every schema compiles with the options cfsim uses, standalone code
// generation works, real console exports validate, and known-bad variants are rejected.
// Usage: node test/validation/schemas/check-schemas.mjs [flows-dir]
//   flows-dir: exported flows (*.json; bare, {"Content": "<json>"} or {"ContactFlow": {...}}).
//   Defaults to $CFSIM_REFERENCE_FLOWS; the flow check is skipped when neither is given.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const standaloneCode = require('ajv/dist/standalone').default;

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const schemaDir = join(repo, 'schemas');
const FLOW_ID = 'https://cfsim.dev/schemas/flow.schema.json';

function loadSchemas() {
  const files = [join(schemaDir, 'flow.schema.json'), ...readdirSync(join(schemaDir, 'actions')).filter((f) => f.endsWith('.json')).map((f) => join(schemaDir, 'actions', f))];
  return files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
}

function makeAjv(extra = {}) {
  const ajv = new Ajv({ allErrors: true, strict: false, ...extra });
  for (const s of loadSchemas()) ajv.addSchema(s);
  return ajv;
}

function unwrap(doc) {
  if (doc.ContactFlow) doc = doc.ContactFlow;
  if (typeof doc.Content === 'string') return JSON.parse(doc.Content);
  if (doc.Content && typeof doc.Content === 'object') return doc.Content;
  return doc;
}

let failures = 0;
const fail = (msg) => { failures++; console.log(`FAIL ${msg}`); };
const ok = (msg) => console.log(`ok   ${msg}`);

// 1. compile, and compile every schema on its own
const ajv = makeAjv();
const validate = ajv.getSchema(FLOW_ID);
if (!validate) throw new Error('flow.schema.json did not compile');
for (const s of loadSchemas()) if (!ajv.getSchema(s.$id)) fail(`compile ${s.$id}`);
ok('all schemas compile');

// 2. standalone code generation (no $data, no custom keywords, no formats)
try {
  const ajvSa = makeAjv({ code: { source: true } });
  const code = standaloneCode(ajvSa, ajvSa.getSchema(FLOW_ID));
  ok(`standalone code generated (${code.length} chars)`);
} catch (e) { fail(`standalone: ${e.message}`); }

// 3. real flows
const flowsDir = process.argv[2] ?? process.env.CFSIM_REFERENCE_FLOWS;
if (flowsDir && existsSync(flowsDir)) {
  for (const f of readdirSync(flowsDir).filter((n) => n.endsWith('.json'))) {
    const flow = unwrap(JSON.parse(readFileSync(join(flowsDir, f), 'utf8')));
    if (validate(flow)) ok(`valid ${f}`);
    else fail(`${f}\n${validate.errors.slice(0, 10).map((e) => `     ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`).join('\n')}`);
  }
} else console.log('skip real flows (no flows dir)');

// 4. variants that must be rejected (and a few that must pass)
const base = (action) => ({ Version: '2019-10-30', StartAction: action.Identifier, Actions: [action, { Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] });
const getProfile = (req, extra = {}) => ({
  Identifier: 'get', Type: 'GetCustomerProfile',
  Parameters: { ProfileRequestData: req, ProfileResponseData: ['FirstName'], ...extra },
  Transitions: { NextAction: 'end', Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'end' }] },
});
const cases = [
  ['misspelled parameter key', false, { Identifier: 'm', Type: 'MessageParticipant', Parameters: { Txet: 'hi' }, Transitions: { NextAction: 'end' } }],
  ['wrong ErrorType', false, { Identifier: 'm', Type: 'MessageParticipant', Parameters: { Text: 'hi' }, Transitions: { NextAction: 'end', Errors: [{ ErrorType: 'NoneFoundError', NextAction: 'end' }] } }],
  ['Conditions on an action without conditions', false, { Identifier: 'm', Type: 'MessageParticipant', Parameters: { Text: 'hi' }, Transitions: { NextAction: 'end', Conditions: [{ NextAction: 'end', Condition: { Operator: 'Equals', Operands: ['x'] } }] } }],
  ['empty Conditions list (console exports)', true, { Identifier: 'm', Type: 'MessageParticipant', Parameters: { Text: 'hi' }, Transitions: { NextAction: 'end', Conditions: [] } }],
  ['unknown Type', false, { Identifier: 'm', Type: 'PlayPrompt', Parameters: {}, Transitions: {} }],
  ['Identifier over 50 chars', false, { Identifier: 'x'.repeat(51), Type: 'MessageParticipant', Parameters: { Text: 'hi' }, Transitions: { NextAction: 'end' } }],
  ['GetCustomerProfile: IdentifierName + IdentifierValue', true, getProfile({ IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' })],
  ['GetCustomerProfile: documented typo IdentiferValue', true, getProfile({ IdentifierName: '_phone', IdentiferValue: '+15555550100' })],
  ['GetCustomerProfile: SearchCriteria + LogicalOperator', true, getProfile({ SearchCriteria: [{ IdentifierName: '_email', IdentifierValue: 'a@b.c' }, { IdentifierName: '_account', IdentifierValue: '42' }], LogicalOperator: 'AND' })],
  ['GetCustomerProfile: older PhoneNumber form', true, getProfile({ PhoneNumber: '$.CustomerEndpoint.Address' })],
  ['GetCustomerProfile: both PhoneNumber and IdentifierName', false, getProfile({ PhoneNumber: '+15555550100', IdentifierName: '_phone', IdentifierValue: '+15555550100' })],
  ['GetCustomerProfile: SearchCriteria with 6 items', false, getProfile({ SearchCriteria: Array.from({ length: 6 }, (_, i) => ({ IdentifierName: '_phone', IdentifierValue: String(i) })), LogicalOperator: 'OR' })],
  ['GetCustomerProfile: SearchCriteria without LogicalOperator', false, getProfile({ SearchCriteria: [{ IdentifierName: '_phone', IdentifierValue: '1' }] })],
  ['GetCustomerProfile: LogicalOperator without SearchCriteria', false, getProfile({ IdentifierName: '_phone', IdentifierValue: '1', LogicalOperator: 'AND' })],
  ['GetCustomerProfile: IdentifierName without a value', false, getProfile({ IdentifierName: '_phone' })],
  ['GetCustomerProfile: empty ProfileRequestData', false, getProfile({})],
  ['GetCustomerProfile: literal value of 256 chars', false, getProfile({ IdentifierName: '_phone', IdentifierValue: 'x'.repeat(256) })],
  ['GetCustomerProfile: literal value of 255 chars', true, getProfile({ IdentifierName: '_phone', IdentifierValue: 'x'.repeat(255) })],
  ['GetCustomerProfile: $. reference of 300 chars', true, getProfile({ IdentifierName: '_phone', IdentifierValue: '$.' + 'x'.repeat(298) })],
  ['GetCustomerProfile: ProfileResponseData ["Fristname"]', false, { ...getProfile({ PhoneNumber: '1' }), Parameters: { ProfileRequestData: { PhoneNumber: '1' }, ProfileResponseData: ['Fristname'] } }],
  ['GetCustomerProfile: ProfileResponseData Attributes.x', true, { ...getProfile({ PhoneNumber: '1' }), Parameters: { ProfileRequestData: { PhoneNumber: '1' }, ProfileResponseData: ['Attributes.loyalty', 'BillingCity'] } }],
  ['GetCustomerProfile: ErrorType NoneFound (GetCase spelling)', false, { ...getProfile({ PhoneNumber: '1' }), Transitions: { NextAction: 'end', Errors: [{ ErrorType: 'NoneFound', NextAction: 'end' }] } }],
  ['CreateCustomerProfile: unknown field', false, { Identifier: 'c', Type: 'CreateCustomerProfile', Parameters: { ProfileRequestData: { Fristname: 'A' } }, Transitions: { NextAction: 'end' } }],
  ['UpdateCustomerProfile: ProfileId is not a parameter', false, { Identifier: 'u', Type: 'UpdateCustomerProfile', Parameters: { ProfileRequestData: { ProfileId: '$.Customer.ProfileId', City: 'X' } }, Transitions: { NextAction: 'end' } }],
  ['AssociateContactToCustomerProfile without ContactId', false, { Identifier: 'a', Type: 'AssociateContactToCustomerProfile', Parameters: { ProfileRequestData: { ProfileId: '$.Customer.ProfileId' } }, Transitions: { NextAction: 'end' } }],
  ['GetCase ErrorType NoneFound', true, { Identifier: 'g', Type: 'GetCase', Parameters: {}, Transitions: { NextAction: 'end', Errors: [{ ErrorType: 'NoneFound', NextAction: 'end' }] } }],
  ['DisconnectParticipant with NextAction', false, { Identifier: 'd', Type: 'DisconnectParticipant', Parameters: {}, Transitions: { NextAction: 'end' } }],
];
for (const [name, expectValid, action] of cases) {
  const valid = validate(base(action));
  if (valid === expectValid) ok(`${expectValid ? 'accepts' : 'rejects'}: ${name}`);
  else fail(`${name}: expected ${expectValid ? 'valid' : 'invalid'}${valid ? '' : '\n' + validate.errors.slice(0, 6).map((e) => `     ${e.instancePath} ${e.message}`).join('\n')}`);
}

console.log(failures ? `\n${failures} failure(s)` : '\nall checks passed');
process.exit(failures ? 1 : 0);
