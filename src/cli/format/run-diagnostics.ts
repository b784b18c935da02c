// Why `cfsim run` refused its input (exit 2): `file:line:col  CODE  message`, then the fix.
// Warnings are not shown: `cfsim validate` reports them.
import type { Diagnostic } from '../../validate/diagnostic.js';
import type { Style } from './style.js';

export function formatRunDiagnostics(diagnostics: readonly Diagnostic[], style: Style): string {
  const lines: string[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== 'error') continue;
    lines.push(`${style.bold(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`)}  ${style.red('error')}  ${style.dim(diagnostic.code)}  ${diagnostic.message}`);
    if (diagnostic.fix) lines.push(`    ${style.cyan('fix:')} ${diagnostic.fix}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
