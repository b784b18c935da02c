// Validation as CI runs it: `cfsim validate flows/` over a directory of 1,000 flows, and over one
// file, each a whole cold process (a new `node`, as a CI step starts it). Targets: 1,000 flows under
// 1 s; one file at most 1.6× a bare `node -e 0`.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, bareNode, nodeMajor, report, timeProcesses } from './measure.js';

const FLOWS = 1000;
/** The YAML examples: small flows (1 to 3 KB, 6 to 12 blocks), as a team writes them by hand. */
const SMALL_YAML = ['greet-caller.yaml', 'chat-by-email.yaml', 'search-criteria.yaml'].map((name) => join(ROOT, 'flows', name));
const referenceDir = join(ROOT, 'test', 'fixtures', 'reference-flows');

/** A directory `flows/` in `dir` holding FLOWS copies of `sources`, in turn. */
function fillFlows(dir, sources) {
  const flows = join(dir, 'flows');
  mkdirSync(flows);
  for (let i = 0; i < FLOWS; i++) {
    const source = sources[i % sources.length];
    cpSync(source, join(flows, `flow-${String(i).padStart(4, '0')}${source.endsWith('.json') ? '.json' : '.yaml'}`));
  }
}

export async function runValidateBench() {
  const yamlDir = mkdtempSync(join(tmpdir(), 'cfsim-bench-yaml-'));
  const jsonDir = mkdtempSync(join(tmpdir(), 'cfsim-bench-json-'));
  try {
    fillFlows(yamlDir, SMALL_YAML);
    fillFlows(jsonDir, readdirSync(referenceDir).filter((name) => name.endsWith('.json')).map((name) => join(referenceDir, name)));
    const [yaml, json] = timeProcesses(
      [
        { args: [BIN, 'validate', 'flows/'], cwd: yamlDir },
        { args: [BIN, 'validate', 'flows/'], cwd: jsonDir, expectCode: [0, 1] }, // 0 or 1 as the checks' severities change
      ],
      { runs: 5, warmUp: 1 },
    );
    report('validate', `cfsim validate flows/: 1,000 small YAML flows, one cold process (median of 5)`, yaml, 'ms', { max: 1000 });
    report('validate', `cfsim validate flows/: 1,000 Amazon Connect exports (JSON, 1 to 47 KB), one cold process`, json, 'ms', undefined);

    const [bare, one] = timeProcesses([bareNode, { args: [BIN, 'validate', SMALL_YAML[0]] }]);
    report('validate', `cfsim validate one.yaml, one cold process (median of 15), ${nodeMajor()}`, one, 'ms', undefined);
    report('validate', `  the same ÷ a bare node -e 0 (${bare.toFixed(1)} ms)`, one / bare, '×', { max: 1.6 });
  } finally {
    rmSync(yamlDir, { recursive: true, force: true });
    rmSync(jsonDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runValidateBench();
