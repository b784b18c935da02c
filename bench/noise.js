// The machine's noise, which `--check` allows for: the same measurements as the start-up and validate
// benches, repeated, and how far apart their medians land from one repetition to the next. Run it on
// the machine whose figures you compare (`npm run bench -- noise`), ideally idle, and set NOISE_MARGIN
// in bench/measure.js above the spread it prints.
import { BIN, ROOT, bareNode, median, report, timeProcesses } from './measure.js';
import { join } from 'node:path';

const REPEATS = 7;

const spread = (values) => (Math.max(...values) - Math.min(...values)) / median(values);

export async function runNoiseBench() {
  const one = { args: [BIN, 'validate', join(ROOT, 'flows', 'greet-caller.yaml')] };
  const bare = [];
  const validate = [];
  const ratio = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const [b, v] = timeProcesses([bareNode, one], { runs: 15, warmUp: repeat ? 0 : 2 });
    bare.push(b);
    validate.push(v);
    ratio.push(v / b);
  }
  const percent = (values) => 100 * spread(values);
  report('noise', `bare node -e 0: spread of ${REPEATS} medians of 15 runs, (max − min) ÷ median`, percent(bare), '%', undefined);
  report('noise', `cfsim validate one.yaml: the same`, percent(validate), '%', undefined);
  report('noise', `cfsim validate one.yaml ÷ bare node: the same`, percent(ratio), '%', undefined);
}
