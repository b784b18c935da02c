import type { ErrorObject } from 'ajv';

/**
 * Reduces ajv's raw errors to one error per cause. With allErrors, a failed oneOf/anyOf reports
 * itself plus every error of every branch; users of peers complain about that noise most.
 * Rule: if one branch failed only below the oneOf's node (it is the form the author meant),
 * keep that branch's errors; otherwise keep the oneOf error alone and name the forms.
 */
export function collapseErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = errors.filter((error) => error.keyword !== 'if' && error.keyword !== 'propertyNames');
  const alternatives = kept
    .filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length); // innermost first
  for (const alternative of alternatives) {
    if (!kept.includes(alternative)) continue;
    const inBranch = (error: ErrorObject): boolean =>
      error !== alternative &&
      error.schemaPath.startsWith(`${alternative.schemaPath}/`) &&
      isAtOrBelow(error.instancePath, alternative.instancePath);
    const byBranch = new Map<string, ErrorObject[]>();
    for (const error of kept.filter(inBranch)) {
      const branch = error.schemaPath.slice(alternative.schemaPath.length + 1).split('/')[0] ?? '';
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), error]);
    }
    const meant = [...byBranch.values()]
      .filter((branchErrors) => branchErrors.every((error) => isBelow(error.instancePath, alternative.instancePath)))
      .sort((a, b) => a.length - b.length)[0];
    const dropped = new Set(kept.filter(inBranch));
    if (meant) {
      dropped.add(alternative);
      for (const error of meant) dropped.delete(error);
    } else {
      (alternative as ErrorObject & { branchErrors?: ErrorObject[] }).branchErrors = [...dropped];
    }
    kept = kept.filter((error) => !dropped.has(error));
  }
  // An unexplained oneOf beside a precise error at the same node (e.g. a dependency) is the same cause twice.
  kept = kept.filter(
    (error) =>
      !((error.keyword === 'oneOf' || error.keyword === 'anyOf') &&
        kept.some((other) => other !== error && other.instancePath === error.instancePath && other.keyword !== 'oneOf' && other.keyword !== 'anyOf')),
  );
  return dedupe(kept);
}

/** The errors of the failed branches of an oneOf/anyOf that collapseErrors kept alone. */
export function branchErrorsOf(error: ErrorObject): readonly ErrorObject[] {
  return (error as ErrorObject & { branchErrors?: ErrorObject[] }).branchErrors ?? [];
}

function isBelow(path: string, ancestor: string): boolean {
  return path.startsWith(`${ancestor}/`);
}

function isAtOrBelow(path: string, ancestor: string): boolean {
  return path === ancestor || isBelow(path, ancestor);
}

function dedupe(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "/Actions/3/Parameters" → ["Actions", 3, "Parameters"], unescaping JSON pointer tokens. */
export function pointerToPath(pointer: string, document: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = document;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    path.push(segment);
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
  }
  return path;
}
