// GitHub Actions workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { relative, resolve, sep } from 'node:path';

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly title: string;
  readonly message: string;
}

const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Where paths are resolved from: the current directory, and the repository root when known. */
export interface PathRoot {
  readonly cwd: string;
  /** GITHUB_WORKSPACE, the checkout a workflow runs in; the current directory when unset. */
  readonly workspace?: string | undefined;
}

/**
 * A file as an annotation names it: relative to the repository root, with `/`. GitHub attaches an
 * annotation to a pull request's file only by that path; an absolute path or one relative to a
 * subfolder the job ran in is shown in the log only.
 */
export function repositoryPath(file: string, root: PathRoot): string {
  const base = resolve(root.cwd, root.workspace || '.');
  return relative(base, resolve(root.cwd, file)).split(sep).join('/') || '.';
}

/** `::error file=f,line=1,col=2,title=T::message`, one per line; the file relative to `root` when given. */
export function formatAnnotation(annotation: Annotation, root?: PathRoot): string {
  const properties = [
    `file=${escapeProperty(root ? repositoryPath(annotation.file, root) : annotation.file)}`,
    `line=${annotation.line}`,
    ...(annotation.column ? [`col=${annotation.column}`] : []),
    `title=${escapeProperty(annotation.title)}`,
  ];
  return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}`;
}

/** `::error title=T::message`: an annotation about the run itself, shown in the job's summary. */
export function formatAnnotationWithoutFile(level: Annotation['level'], title: string, message: string): string {
  return `::${level} title=${escapeProperty(title)}::${escapeData(message)}`;
}
