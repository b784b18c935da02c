// The flow language's document model, as Amazon Connect exports it.
// https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html

export interface ErrorTransition {
  readonly NextAction: string;
  readonly ErrorType: string;
}

export interface Condition {
  readonly Operator: string;
  readonly Operands: readonly string[];
}

export interface ConditionTransition {
  readonly NextAction: string;
  readonly Condition: Condition;
}

export interface Transitions {
  readonly NextAction?: string;
  readonly Errors?: readonly ErrorTransition[];
  readonly Conditions?: readonly ConditionTransition[];
}

export interface FlowAction {
  readonly Identifier: string;
  readonly Type: string;
  /** Absent in real exports of types that take none (TransferContactToQueue, CheckSecurityStatus). */
  readonly Parameters?: Readonly<Record<string, unknown>>;
  /** Absent in real exports of terminal actions (DisconnectParticipant, EndFlowExecution, EndFlowModuleExecution). */
  readonly Transitions?: Transitions;
}

export interface Flow {
  readonly Version: string;
  readonly StartAction: string;
  readonly Metadata?: unknown;
  readonly Actions: readonly FlowAction[];
}

/** A path into the flow document, e.g. ["Actions", 3, "Parameters", "Text"]. */
export type DocPath = readonly (string | number)[];

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Answers "where is this node in the file" for diagnostics and traces. */
export interface SourceLocator {
  /** Position of the node at path (or of its key, with key: true); the deepest existing ancestor if absent. */
  locate(path: DocPath, options?: { readonly key?: boolean }): SourcePosition;
}

/** A flow read from disk: the document plus what is needed to point back into the file. */
export interface LoadedFlow {
  readonly file: string;
  readonly flow: Flow;
  /** Name from a wrapped export ({Name, Content} or {ContactFlow: {Name, Content}}), else the file's base name. */
  readonly name: string;
  readonly actionsById: ReadonlyMap<string, FlowAction>;
  readonly source: SourceLocator;
}
