import type { Severity } from './diagnostic.js';

// Every diagnostic code cfsim emits, with its severity: the SARIF rules and docs/diagnostics.md are
// made from this table, and the validator takes each diagnostic's severity from here.
//
// The rule (docs/diagnostics.md, "Severity follows evidence"): an error is what Amazon Connect
// refuses or what makes a run impossible; what cfsim merely does not know (a type, a key, an
// ErrorType or a value the reference does not list) is a warning, because a flow Amazon Connect
// exported is correct by definition and the reference is incomplete. `--strict` makes warnings fail.
const CODES = {
  FILE001: { severity: 'error', summary: 'The file is larger than a flow file can be (4 MB)' },
  FILE002: { severity: 'error', summary: 'The file is not UTF-8 text (UTF-16, or binary)' },
  FILE003: { severity: 'error', summary: 'The file is a scenario, profiles or contact file, not a flow' },
  YAML001: { severity: 'error', summary: 'The file is not valid YAML or JSON, or holds more than one YAML document' },
  YAML002: { severity: 'error', summary: 'A wrapped export whose "Content" is not the flow as a JSON string' },
  YAML003: { severity: 'error', summary: 'The YAML or JSON nests deeper than 64 levels, or its aliases expand too far' },
  FLOW001: { severity: 'error', summary: 'The document does not have the flow language shape (Version, StartAction, Actions; actions with Identifier and Type), or the file is empty' },
  FLOW002: { severity: 'warning', summary: 'Action type cfsim does not know: the block is not simulated, the run takes its NextAction' },
  FLOW004: { severity: 'warning', summary: 'Key the reference does not document: the simulator ignores it' },
  FLOW005: { severity: 'error', summary: 'A value Amazon Connect refuses: wrong kind, format or range of a documented parameter, a documented limit, keys that exclude each other' },
  FLOW006: { severity: 'warning', summary: 'ErrorType the reference does not document for this action type' },
  FLOW007: { severity: 'warning', summary: 'Transition the reference does not document for this action type (e.g. Conditions on an action that has none)' },
  FLOW008: { severity: 'warning', summary: 'Value the reference does not list for this parameter, operator or operand' },
  FLOW009: { severity: 'warning', summary: 'Parameter the reference calls required is missing (or the action has no Parameters): the block runs without it' },
  FLOW010: { severity: 'warning', summary: 'No Transitions on an action whose type goes on to a next action: a run that reaches it stops there' },
  FLOW011: { severity: 'warning', summary: 'A value in a map of names the author chooses (attributes, Lambda inputs) that is not of the kind the reference shows' },
  FLOW012: { severity: 'warning', summary: 'An error or no-match branch the block can take, with neither its own transition nor NoMatchingError: a run that takes it stops there' },
  GRAPH001: { severity: 'error', summary: 'StartAction is empty or names no action' },
  GRAPH002: { severity: 'error', summary: 'A NextAction names no action' },
  GRAPH003: { severity: 'error', summary: 'Duplicate action Identifier' },
  GRAPH004: { severity: 'warning', summary: 'Action unreachable from StartAction' },
  GRAPH005: { severity: 'warning', summary: 'Unconnected branches ("" or "$end" targets, as in a saved draft): Amazon Connect will not publish the flow' },
  CP001: { severity: 'error', summary: 'Customer Profiles request without its required data: GetCustomerProfile ProfileRequestData must use exactly one request form' },
  CP002: { severity: 'error', summary: 'Customer Profiles request value longer than 255 characters' },
  CP003: { severity: 'warning', summary: 'Customer Profiles field name the reference does not list' },
  CP004: { severity: 'warning', summary: 'Misspelled "IdentiferValue" (as the AWS page writes it)' },
  CP005: { severity: 'warning', summary: 'Update/Associate reachable with no Get or Create profile before it' },
  CP006: { severity: 'warning', summary: 'Customer Profiles block without an Error (NoMatchingError) branch' },
  CP007: { severity: 'error', summary: 'SearchCriteria must have 1 to 5 items (SearchProfiles takes at most 5 key/value pairs)' },
  CP008: { severity: 'warning', summary: 'A search key one case or one edit away from a predefined key (_phone, _email, ...), or without its underscore: it finds no profile' },
  REF001: { severity: 'warning', summary: 'A `$.` reference that is not a member path (wildcard, filter, recursive descent): it reads as ""' },
  REF002: { severity: 'warning', summary: 'A `$.` reference whose namespace or $.Customer field the flow language does not have: it reads as ""' },
  RUN001: { severity: 'error', summary: 'The contact file does not match schemas/contact.schema.json' },
  RUN002: { severity: 'error', summary: 'The mocks file does not match schemas/mocks.schema.json' },
  RUN003: { severity: 'error', summary: 'The --flows map is not a mapping of ARN, id or name to a flow file' },
  RUN004: { severity: 'error', summary: 'The profiles file does not match schemas/profiles.schema.json, or a profile breaks an API limit' },
  PROJ001: { severity: 'error', summary: 'The project file (cfsim.yaml) does not match schemas/project.schema.json' },
  PROJ002: { severity: 'warning', summary: 'A flows or modules pattern of the project file matches no file' },
  PROJ003: { severity: 'error', summary: 'A TransferToFlow or InvokeFlowModule names a flow or module that no file of the project provides' },
  PROJ004: { severity: 'warning', summary: "An InvokeFlowModule's inputs differ from those the module's Settings.InputParameters declare" },
  TEST001: { severity: 'error', summary: 'The scenario file does not match schemas/scenario.schema.json' },
  TEST002: { severity: 'error', summary: 'Two cases of a scenario file share a name' },
  TEST003: { severity: 'error', summary: 'A file the scenario names cannot be read or has errors' },
  TEST004: { severity: 'warning', summary: 'An expectation names a block the flow does not have' },
  TEST005: { severity: 'error', summary: 'An expectation names a branch the block cannot take' },
} as const satisfies Record<string, { readonly severity: Severity; readonly summary: string }>;

export type DiagnosticCode = keyof typeof CODES;

export const DIAGNOSTIC_CODES: Readonly<Record<string, { readonly severity: Severity; readonly summary: string }>> = CODES;

/** The severity of a code: one per code, so that a change of severity is a change of this table. */
export function severityOf(code: DiagnosticCode): Severity {
  return CODES[code].severity;
}
