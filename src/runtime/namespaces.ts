// The namespaces a `$.` reference can name, and the fields of `$.Customer`: what the flow language
// reads. Source: the admin guide's "List of available contact attributes in Amazon Connect and their
// JSONPath references" (https://docs.aws.amazon.com/connect/latest/adminguide/connect-attrib-list.html:
// system, segment, Views, capabilities, agent, queue, metrics, telephony, chat, email, media streams,
// Lex, case, Lambda, user-defined, flow, loop, module, data table and Customer Profiles attributes),
// plus names real exports use (test/fixtures/reference-flows: $.Modules, $.CallbackNumber). A name not
// listed reads as "" at run time; validate warns (REF002) and the run trace notes it.
import { ADDRESS_KINDS, FLOW_PROFILE_FIELDS, PROFILE_STRING_FIELDS } from '../store/profile.js';

export const NAMESPACES: readonly string[] = [
  // User-defined, flow, Lambda, Lex, customer input
  'Attributes', 'FlowAttributes', 'External', 'Lex', 'StoredCustomerInput',
  // System
  'AwsRegion', 'Channel', 'ContactId', 'InitialContactId', 'PreviousContactId', 'RelatedContactId', 'InitiationMethod',
  'InstanceARN', 'Name', 'Description', 'LanguageCode', 'TextToSpeechVoiceId', 'CustomerEndpoint', 'SystemEndpoint',
  'CustomerId', 'CallbackNumber', 'CustomerCallbackNumber', 'AdditionalEmailRecipients', 'Tags', 'SegmentAttributes',
  'ContactInitiationTimestamp', 'TaskContactId', 'References', 'Task', 'Email',
  // Queue, metrics, agent, media, views, capabilities, case, Q in Connect, Customer Profiles
  'Queue', 'Metrics', 'Agent', 'Media', 'MediaStreams', 'Views', 'Capabilities', 'Case', 'Wisdom', 'Customer',
  // Loops, modules, data tables, Apple Messages for Business
  'LoopCounters', 'Modules', 'DataTables', 'AppleBusinessChat',
];

const NAMESPACE_SET: ReadonlySet<string> = new Set(NAMESPACES);

/** `$.Customer.<field>`: the documented flattened names, the Profile shape's own, and the ids Get/Create set. */
export const CUSTOMER_FIELDS: readonly string[] = [
  ...new Set(['ProfileId', 'ProfileARN', ...FLOW_PROFILE_FIELDS, ...PROFILE_STRING_FIELDS, ...ADDRESS_KINDS, 'Attributes', 'CalculatedAttributes', 'ObjectAttributes']),
];

const CUSTOMER_FIELD_SET: ReadonlySet<string> = new Set(CUSTOMER_FIELDS);

/** The part of a member path the flow language does not have: its namespace, or a `$.Customer` field. */
export interface UnknownName {
  readonly kind: 'namespace' | 'Customer field';
  readonly name: string;
  readonly candidates: readonly string[];
}

export function unknownName(keys: readonly string[]): UnknownName | undefined {
  const [namespace, field] = keys;
  if (namespace === undefined || /^\d+$/.test(namespace)) return undefined;
  if (!NAMESPACE_SET.has(namespace)) return { kind: 'namespace', name: namespace, candidates: NAMESPACES };
  if (namespace === 'Customer' && field !== undefined && !CUSTOMER_FIELD_SET.has(field) && !field.startsWith('Attributes.')) return { kind: 'Customer field', name: field, candidates: CUSTOMER_FIELDS };
  return undefined;
}
