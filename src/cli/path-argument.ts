import { InvalidArgumentError } from 'commander';

/**
 * The parser of every option and argument that takes a path: an empty string names no file (it
 * would resolve to the current directory, or be taken as "not given"), so it is a usage error.
 */
export function pathArgument(value: string): string {
  if (value === '') throw new InvalidArgumentError('give a file path (an empty string names no file)');
  return value;
}
