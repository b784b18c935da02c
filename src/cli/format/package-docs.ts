// Where the documentation shipped in the package is (package.json `files` has docs/), as a file: URI.
// The package names no repository or home page, so a link to a web copy could point anywhere; the
// installed docs are the ones that match the installed version.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Levels from this module up to the package: src/cli/format/, dist/cli/format/, dist/bundle/esm/. */
const MAX_LEVELS = 6;

/** The package's folder: the nearest above this module with both package.json and docs/. */
export function packageRoot(moduleUrl: string = import.meta.url): string | undefined {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (let level = 0; level <= MAX_LEVELS; level++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'docs'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

/** `file:///…/cfsim/docs/diagnostics.md#yaml001`; undefined when the docs are not beside the code. */
export function docsUri(page: string, anchor?: string): string | undefined {
  const root = packageRoot();
  if (!root) return undefined;
  const uri = pathToFileURL(join(root, 'docs', page)).href;
  return anchor ? `${uri}#${anchor}` : uri;
}
