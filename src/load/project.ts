// The project file, cfsim.yaml: found by walking up from the working directory (docs/projects.md),
// checked against schemas/project.schema.json (code PROJ001), every path relative to the file.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validate } from '../generated/validators/project.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import { parseInput, type InputKind, type InputRead } from './input-file.js';
import { FILE_KINDS, readInputText } from './read-file.js';

export const PROJECT_FILE_NAME = 'cfsim.yaml';
export const PROJECT_FILE: InputKind = { code: 'PROJ001', schema: 'schemas/project.schema.json', validate: validate as SchemaValidator, file: FILE_KINDS.project };
/** Directories walked up from the working directory at most: deeper trees are not real repositories. */
const MAX_WALK = 64;
/** Files a project's globs may name: a glob that matches more is a mistake (`**` over node_modules). */
export const MAX_PROJECT_FILES = 10_000;
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/dist/**'];
/** How deep a pattern of the project file looks below the project: deeper than any repository of flows. */
const MAX_GLOB_DEPTH = 16;

/** The file as written (schemas/project.schema.json). */
export interface ProjectFile {
  readonly flows?: readonly string[];
  readonly modules?: readonly string[];
  readonly references?: Readonly<Record<string, string>>;
  readonly external?: readonly string[];
  readonly contact?: string;
  readonly mocks?: string;
  readonly profiles?: string;
  readonly store?: string;
  readonly scenarios?: readonly string[];
  readonly defaults?: { readonly region?: string; readonly strict?: boolean; readonly maxSteps?: number };
}

/** A project with absolute paths. */
export interface Project {
  /** The project file, absolute. */
  readonly file: string;
  readonly root: string;
  /** Flow and module files (absolute, sorted, each once). */
  readonly flows: readonly string[];
  readonly modules: readonly string[];
  /** Reference (ARN, id or name) → absolute file. */
  readonly references: Readonly<Record<string, string>>;
  /** References to flows outside the project: not PROJ003. */
  readonly external: readonly string[];
  readonly contact?: string;
  readonly mocks?: string;
  readonly profiles?: string;
  readonly store?: string;
  /** Scenario globs, relative to root (undefined: every *.test.yaml below it). */
  readonly scenarios?: readonly string[];
  readonly defaults: NonNullable<ProjectFile['defaults']>;
  /** Problems that do not stop the project from being used (a glob that matches nothing). */
  readonly warnings: readonly Diagnostic[];
}

/**
 * cfsim.yaml in `cwd` or the nearest directory above it. The walk stops at a repository's root (a
 * directory holding `.git`), at the filesystem root, or after MAX_WALK directories: a cfsim.yaml
 * outside the repository is someone else's.
 */
export function findProjectFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (let depth = 0; depth < MAX_WALK; depth++) {
    const candidate = join(dir, PROJECT_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git'))) return undefined;
    dir = parent;
  }
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Reads and checks the project file; throws InputFileError when it cannot be read. */
export async function readProject(file: string, cwd: string): Promise<InputRead<Project>> {
  const read = parseInput<ProjectFile>(file, readInputText(file, cwd, PROJECT_FILE.file), PROJECT_FILE);
  if (!read.ok) return read;
  const value = read.value;
  const root = dirname(resolve(cwd, file));
  const at = (path: (string | number)[]) => (read.source ? read.source.locate(path) : { line: 1, column: 1 });
  const warnings: Diagnostic[] = [];
  const errors: Diagnostic[] = [];
  const expand = async (key: 'flows' | 'modules', patterns: readonly string[]): Promise<string[]> => {
    const files = new Set<string>();
    for (const [index, pattern] of patterns.entries()) {
      const matches = await globFiles(root, pattern);
      if (!matches.length) {
        warnings.push({ code: 'PROJ002', severity: 'warning', message: `${key}: ${pattern} matches no file`, file, ...at([key, index]), path: [key, index], fix: `check the pattern; paths in ${PROJECT_FILE_NAME} are relative to it` });
      }
      for (const match of matches) files.add(match);
      if (files.size > MAX_PROJECT_FILES) {
        errors.push({ code: 'PROJ001', severity: 'error', message: `${key}: the patterns match more than ${MAX_PROJECT_FILES} files`, file, ...at([key, index]), path: [key, index], fix: 'name the folders that hold flows, not the whole tree' });
        break;
      }
    }
    return [...files].sort();
  };
  const explicit = value.flows !== undefined || value.modules !== undefined;
  const flows = await expand('flows', value.flows ?? (explicit ? [] : ['**/*.{yaml,yml,json}']));
  const modules = await expand('modules', value.modules ?? []);
  if (errors.length) return { ok: false, diagnostics: errors };
  const moduleSet = new Set(modules);
  const path = (relativePath: string | undefined) => (relativePath === undefined ? {} : resolve(root, relativePath));
  const project: Project = {
    file: resolve(cwd, file),
    root,
    // Without flows or modules: every data file below the project except its own files (cfsim.yaml, scenarios).
    flows: flows.filter((flow) => !moduleSet.has(flow) && (explicit || isCandidateFlow(flow, resolve(cwd, file)))),
    modules,
    references: Object.fromEntries(Object.entries(value.references ?? {}).map(([key, target]) => [key, resolve(root, target)])),
    external: value.external ?? [],
    ...(value.contact !== undefined ? { contact: path(value.contact) as string } : {}),
    ...(value.mocks !== undefined ? { mocks: path(value.mocks) as string } : {}),
    ...(value.profiles !== undefined ? { profiles: path(value.profiles) as string } : {}),
    ...(value.store !== undefined ? { store: path(value.store) as string } : {}),
    ...(value.scenarios !== undefined ? { scenarios: value.scenarios } : {}),
    defaults: value.defaults ?? {},
    warnings,
  };
  return { ok: true, value: project, ...(read.source ? { source: read.source } : {}) };
}

function isCandidateFlow(path: string, projectFile: string): boolean {
  return path !== projectFile && !/\.test\.ya?ml$/i.test(path);
}

async function globFiles(root: string, pattern: string): Promise<string[]> {
  const { glob, isDynamicPattern } = await import('tinyglobby');
  // A path that exists is a file even when its name holds glob characters (`flow_(voicemail).json`), as on the command line.
  if (isFile(resolve(root, pattern))) return [resolve(root, pattern)];
  if (!isDynamicPattern(pattern)) return [];
  // Bounded: at most MAX_GLOB_DEPTH directories deep, no symbolic links to directories (a link to `/` or a loop).
  const matches = await glob(pattern, { cwd: root, ignore: IGNORED, onlyFiles: true, absolute: true, deep: MAX_GLOB_DEPTH, followSymbolicLinks: false });
  return matches.map((match) => resolve(match));
}
