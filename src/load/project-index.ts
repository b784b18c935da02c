// Every flow and module of a project, by each reference that may name it: the project's
// `references` (as a --flows map: the key as written and an ARN's last segment), a wrapped export's
// Arn and Id, the flow's Name, and its file's base name. Used by validate (a target no file
// provides is PROJ003) and by run, step and test (the targets a flow reaches are found here).
import { basename, extname, relative } from 'node:path';
import { isRecord, type FlowSource } from '../flow/load.js';
import type { FlowTarget, ProjectTargets } from '../validate/project-references.js';
import { readFlowFile } from './flow-file.js';
import { InputFileError } from './read-file.js';
import type { Project } from './project.js';

export interface ProjectIndex extends ProjectTargets {
  /** Reference → absolute file, for the run's flow loader. */
  readonly files: ReadonlyMap<string, string>;
  /** The flow and module files read (absolute path → source), unreadable ones left out. */
  readonly sources: ReadonlyMap<string, FlowSource>;
}

/** Reads each file of the project once (`known`: sources already read, by absolute path). */
export function indexProject(project: Project, cwd: string, known: ReadonlyMap<string, FlowSource> = new Map()): ProjectIndex {
  const sources = new Map<string, FlowSource>();
  const targets = new Map<string, FlowTarget>();
  const files = new Map<string, string>();
  const add = (key: string, path: string, target: FlowTarget | undefined): void => {
    for (const name of new Set([key, lastSegment(key)])) {
      if (!name || files.has(name)) continue;
      files.set(name, path);
      if (target) targets.set(name, target);
    }
  };
  const read = (path: string, module: boolean): FlowTarget | undefined => {
    let source = known.get(path);
    if (!source) {
      try {
        source = readFlowFile(relative(cwd, path) || path, cwd);
      } catch (error) {
        if (error instanceof InputFileError) return undefined;
        throw error;
      }
    }
    if (!looksLikeFlow(source.document)) return undefined;
    sources.set(path, source);
    return { file: source.file, name: source.name, module, document: source.document };
  };
  const byPath = new Map<string, FlowTarget | undefined>();
  for (const [path, module] of [...project.modules.map((file) => [file, true] as const), ...project.flows.map((file) => [file, false] as const)]) {
    byPath.set(path, read(path, module));
  }
  // The project's own map first: it says what a reference means when two files could.
  for (const [key, path] of Object.entries(project.references)) {
    if (!byPath.has(path)) byPath.set(path, read(path, project.modules.includes(path)));
    add(key, path, byPath.get(path));
  }
  for (const [path, target] of byPath) {
    const source = sources.get(path);
    if (!target || !source) continue;
    for (const key of [source.exported?.arn, source.exported?.id, source.name, basename(path, extname(path))]) if (key) add(key, path, target);
  }
  const external = new Set(project.external);
  return {
    files,
    sources,
    resolve: (reference) => targets.get(reference) ?? targets.get(lastSegment(reference)),
    external: (reference) => external.has(reference),
    mappedFile: (reference) => {
      const path = files.get(reference) ?? files.get(lastSegment(reference));
      return path === undefined ? undefined : relative(cwd, path) || path;
    },
  };
}

function looksLikeFlow(document: unknown): boolean {
  return isRecord(document) && 'Actions' in document && 'StartAction' in document;
}

function lastSegment(reference: string): string {
  return reference.slice(Math.max(reference.lastIndexOf('/'), reference.lastIndexOf(':')) + 1);
}
