// The contact as a flow sees it: the namespaces that `$.` references read (admin guide,
// "List of available contact attributes and their JSONPath references"). Plain immutable data.

export type Channel = 'VOICE' | 'CHAT' | 'TASK';

export interface Endpoint {
  readonly Address: string;
  readonly Type: string;
}

export type StringMap = Readonly<Record<string, string>>;

/** $.Lex after ConnectParticipantWithLexBot (admin guide, "Amazon Lex contact attributes"). */
export interface LexData {
  readonly IntentName?: string;
  readonly DialogState?: string;
  readonly Slots: StringMap;
  readonly SessionAttributes: StringMap;
}

export interface QueueData {
  readonly Name: string;
  readonly ARN: string;
}

/** $.Views after ShowView: the button the agent chose and the data the view returned. */
export interface ViewsData {
  readonly Action: string;
  readonly ViewResultData: unknown;
}

/**
 * Every key is always present (undefined when unset): a block that sets a namespace then replaces
 * a value instead of adding a key, which keeps V8's object copies fast (bench/run-flow.js).
 */
export interface ContactData {
  readonly Channel: Channel;
  readonly ContactId: string;
  readonly InitialContactId: string;
  readonly PreviousContactId: string | undefined;
  readonly InitiationMethod: string;
  readonly InstanceARN: string;
  readonly AwsRegion: string;
  readonly CustomerEndpoint: Endpoint;
  readonly SystemEndpoint: Endpoint;
  readonly CustomerId: string | undefined;
  readonly LanguageCode: string;
  readonly TextToSpeechVoiceId: string;
  readonly Name: string | undefined;
  readonly Description: string | undefined;
  /** User-defined attributes ($.Attributes), strings only. */
  readonly Attributes: StringMap;
  /** Customer Profiles response fields ($.Customer), flat: "City", "Attributes.tier". */
  readonly Customer: StringMap;
  /** The last Lambda response ($.External); replaced by each invocation. */
  readonly External: Readonly<Record<string, unknown>>;
  /** Flow-scoped attributes ($.FlowAttributes), dropped on TransferToFlow. */
  readonly FlowAttributes: StringMap;
  readonly Lex: LexData;
  readonly StoredCustomerInput: string | undefined;
  readonly Queue: QueueData | undefined;
  readonly Metrics: Readonly<Record<string, unknown>> | undefined;
  readonly Case: StringMap | undefined;
  readonly Views: ViewsData | undefined;
  readonly Wisdom: StringMap | undefined;
  // Namespaces only the contact file supplies, passed through as given.
  readonly Agent: Readonly<Record<string, unknown>> | undefined;
  readonly Media: Readonly<Record<string, unknown>> | undefined;
  readonly References: Readonly<Record<string, unknown>> | undefined;
  readonly Task: Readonly<Record<string, unknown>> | undefined;
}

export const EMPTY_LEX: LexData = { Slots: {}, SessionAttributes: {} };
