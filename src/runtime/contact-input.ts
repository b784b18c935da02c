// The sample contact file (schemas/contact.schema.json) → the contact a run starts with, the
// customer's scripted answers and its mocks. Its keys are the contact's own namespaces, so
// `$.CustomerEndpoint.Address` reads `CustomerEndpoint.Address`. Defaults: docs/running-flows.md.
import type { Channel, ContactData, Endpoint, QueueData, StringMap } from './contact.js';
import { EMPTY_LEX } from './contact.js';
import { DEFAULT_ACCOUNT_ID, type InputAnswer } from './deps.js';
import { toText } from './jsonpath.js';
import type { Mocks } from './mocks.js';

type Scalar = string | number | boolean | null;

/** A contact file after schema validation. */
export interface ContactFile {
  readonly Channel?: Channel;
  readonly ContactId?: string;
  readonly InitialContactId?: string;
  readonly PreviousContactId?: string;
  readonly InitiationMethod?: string;
  readonly InstanceARN?: string;
  readonly AwsRegion?: string;
  readonly CustomerEndpoint?: Partial<Endpoint>;
  readonly SystemEndpoint?: Partial<Endpoint>;
  readonly CustomerId?: string;
  readonly LanguageCode?: string;
  readonly TextToSpeechVoiceId?: string;
  readonly Name?: string;
  readonly Description?: string;
  readonly Attributes?: Readonly<Record<string, Scalar>>;
  readonly Customer?: Readonly<Record<string, Scalar>>;
  readonly External?: Readonly<Record<string, unknown>>;
  readonly Queue?: Partial<QueueData>;
  readonly Agent?: Readonly<Record<string, unknown>>;
  readonly Media?: Readonly<Record<string, unknown>>;
  readonly References?: Readonly<Record<string, unknown>>;
  readonly Task?: Readonly<Record<string, unknown>>;
  /** The customer's answers in order: DTMF digits, chat replies; null = no answer before the time-out. */
  readonly Inputs?: readonly Scalar[];
  readonly mocks?: Mocks;
}

export interface ContactSetup {
  readonly contact: ContactData;
  readonly inputs: readonly InputAnswer[];
  readonly mocks: Mocks;
}

export const DEFAULT_CONTACT_ID = '11111111-2222-4333-8444-555555555555';
export const DEFAULT_REGION = 'us-east-1';
const DEFAULT_INSTANCE_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

export function contactFromFile(file: ContactFile): ContactSetup {
  const Channel = file.Channel ?? 'VOICE';
  const ContactId = file.ContactId ?? DEFAULT_CONTACT_ID;
  const AwsRegion = file.AwsRegion ?? DEFAULT_REGION;
  const InstanceARN = file.InstanceARN ?? `arn:aws:connect:${AwsRegion}:${DEFAULT_ACCOUNT_ID}:instance/${DEFAULT_INSTANCE_ID}`;
  const contact: ContactData = {
    Channel,
    ContactId,
    InitialContactId: file.InitialContactId ?? ContactId,
    PreviousContactId: file.PreviousContactId,
    InitiationMethod: file.InitiationMethod ?? (Channel === 'TASK' ? 'API' : 'INBOUND'),
    InstanceARN,
    AwsRegion,
    CustomerEndpoint: endpoint(file.CustomerEndpoint, Channel),
    SystemEndpoint: endpoint(file.SystemEndpoint, Channel),
    CustomerId: file.CustomerId,
    LanguageCode: file.LanguageCode ?? 'en-US',
    // "Defaults to Joanna if never run" (UpdateContactTextToSpeechVoice).
    TextToSpeechVoiceId: file.TextToSpeechVoiceId ?? 'Joanna',
    Name: file.Name,
    Description: file.Description,
    Attributes: strings(file.Attributes),
    Customer: strings(file.Customer),
    External: file.External ?? {},
    FlowAttributes: {},
    Lex: EMPTY_LEX,
    StoredCustomerInput: undefined,
    Queue: file.Queue ? queue(file.Queue, InstanceARN) : undefined,
    Metrics: undefined,
    Case: undefined,
    Views: undefined,
    Wisdom: undefined,
    Agent: file.Agent,
    Media: file.Media,
    References: file.References,
    Task: file.Task,
  };
  const inputs = (file.Inputs ?? []).map((input) => (input === null ? null : toText(input)));
  return { contact, inputs, mocks: file.mocks ?? {} };
}

function endpoint(given: Partial<Endpoint> | undefined, channel: Channel): Endpoint {
  const Address = given?.Address ?? '';
  const Type = given?.Type ?? (channel === 'VOICE' ? 'TELEPHONE_NUMBER' : Address.includes('@') ? 'EMAIL_ADDRESS' : '');
  return { Address, Type };
}

function queue(given: Partial<QueueData>, instanceArn: string): QueueData {
  const Name = given.Name ?? (given.ARN ? given.ARN.slice(given.ARN.lastIndexOf('/') + 1) : 'BasicQueue');
  return { Name, ARN: given.ARN ?? `${instanceArn}/queue/${Name}` };
}

function strings(values: Readonly<Record<string, Scalar>> | undefined): StringMap {
  if (!values) return {};
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, toText(value)]));
}
