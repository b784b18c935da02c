// A block's parameters as lines to show: each leaf value by its name, and every `$.` reference in
// it with the value it resolves to now, through the runtime's own JSONPath gateway.
import { readPath, referencesIn, toText } from '../runtime/jsonpath.js';

export interface ResolvedReference {
  readonly path: string;
  readonly value: string;
}

export interface ParameterLine {
  /** The leaf's own key ("IdentifierValue", not "ProfileRequestData.IdentifierValue"): the screen is narrow. */
  readonly name: string;
  readonly value: string;
  readonly references: readonly ResolvedReference[];
}

export function parameterLines(parameters: Readonly<Record<string, unknown>>, contact: object): ParameterLine[] {
  const visit = (lines: ParameterLine[], name: string, value: unknown): void => {
    if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
      lines.push(line(name, value.map(toText).join(', '), value.flatMap(referencesIn), contact));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const pair = identifierPair(item);
        // A SearchCriteria entry is one condition: its name and value on one line, never apart.
        if (pair) lines.push(line(`${name} ${pair.name}`, toText(pair.value), referencesIn(pair.value), contact));
        else visit(lines, `${name}[${index}]`, item);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) visit(lines, key, child);
    } else {
      lines.push(line(name, toText(value), referencesIn(value), contact));
    }
  };
  const groups = Object.entries(parameters).map(([key, value]) => {
    const lines: ParameterLine[] = [];
    visit(lines, key, value);
    return lines;
  });
  // Parameters with references first: on a small screen they are what a user steps through a flow to
  // see. A parameter moves whole, so the parts of one (IdentifierName and IdentifierValue, the
  // SearchCriteria and their LogicalOperator) stay together, in the order written.
  const hasReference = (lines: readonly ParameterLine[]): boolean => lines.some((entry) => entry.references.length > 0);
  return [...groups.filter(hasReference), ...groups.filter((lines) => !hasReference(lines))].flat();
}

/** `{IdentifierName: _phone, IdentifierValue: $.CustomerEndpoint.Address}`, an entry of SearchCriteria. */
function identifierPair(item: unknown): { readonly name: string; readonly value: unknown } | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const keys = Object.keys(item);
  const record = item as Readonly<Record<string, unknown>>;
  if (keys.length !== 2 || typeof record.IdentifierName !== 'string' || !('IdentifierValue' in record)) return undefined;
  const value = record.IdentifierValue;
  return typeof value === 'object' && value !== null ? undefined : { name: record.IdentifierName, value };
}

function line(name: string, value: string, paths: readonly string[], contact: object): ParameterLine {
  return { name, value, references: paths.map((path) => ({ path, value: toText(readPath(contact, path)) })) };
}
