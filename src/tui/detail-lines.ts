// Parameter lines as screen lines: a parameter that is one whole reference reads
// `IdentifierValue: $.CustomerEndpoint.Address → "+14255550100"` when it fits, else the value goes
// on the line under it; text with references inline gets one line per reference under it.
import type { ParameterLine } from './parameter-lines.js';

export type DetailLine =
  | { readonly kind: 'param'; readonly name: string; readonly value: string }
  /** A reference and its value; without a path, the reference is the parameter on the line above. */
  | { readonly kind: 'reference'; readonly name?: string; readonly path?: string; readonly value: string };

export function detailLines(parameters: readonly ParameterLine[], width: number): DetailLine[] {
  return parameters.flatMap((parameter): DetailLine[] => {
    const [only] = parameter.references;
    if (only && parameter.references.length === 1 && parameter.value === only.path) {
      const oneLine = `${parameter.name}: ${only.path} → ${JSON.stringify(only.value)}`;
      if (oneLine.length <= width) return [{ kind: 'reference', name: parameter.name, ...only }];
      return [{ kind: 'param', name: parameter.name, value: parameter.value }, { kind: 'reference', value: only.value }];
    }
    return [
      { kind: 'param', name: parameter.name, value: parameter.value },
      ...parameter.references.map((reference): DetailLine => ({ kind: 'reference', ...reference })),
    ];
  });
}
