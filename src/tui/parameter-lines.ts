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
  const lines: ParameterLine[] = [];
  const visit = (name: string, value: unknown): void => {
    if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
      lines.push(line(name, value.map(toText).join(', '), value.flatMap(referencesIn), contact));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(`${name}[${index}]`, item));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) visit(key, child);
    } else {
      lines.push(line(name, toText(value), referencesIn(value), contact));
    }
  };
  for (const [key, value] of Object.entries(parameters)) visit(key, value);
  // References first: on a small screen they are what a user steps through a flow to see.
  return [...lines.filter((entry) => entry.references.length), ...lines.filter((entry) => !entry.references.length)];
}

function line(name: string, value: string, paths: readonly string[], contact: object): ParameterLine {
  return { name, value, references: paths.map((path) => ({ path, value: toText(readPath(contact, path)) })) };
}
