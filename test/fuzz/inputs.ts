// What one fuzz input is: the files of one run (a flow, and maybe a contact, mocks, a profiles file
// and a scenario file), each a mutated seed written as JSON or YAML, sometimes damaged as text.
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { seeds } from './corpus.js';
import { applyPlan, damage, plan, textDamage } from './mutate.js';

export interface InputFile {
  readonly file: string;
  readonly text: string;
}

export interface FuzzInput {
  readonly flow: InputFile;
  readonly contact?: InputFile;
  readonly mocks?: InputFile;
  readonly profiles?: InputFile;
  readonly scenario?: InputFile;
  /** In memory through the parse / validate / run functions, or through files and the file-level API. */
  readonly via: 'memory' | 'files';
}

function write(value: unknown, json: boolean): string {
  if (json) return JSON.stringify(value, null, 1) ?? 'null';
  try {
    // yaml writes nothing for undefined (a mutation can drop the whole document): an empty file.
    return (toYaml(value, { aliasDuplicateObjects: false, lineWidth: 0 }) as string | undefined) ?? '';
  } catch {
    return JSON.stringify(value) ?? 'null';
  }
}

interface FileOptions {
  /** How often the seed is mutated, of 10. */
  readonly mutate: number;
  /** How often it is written as JSON, of 10 (cfsim's YAML reader is slow on large files, which is issue 12 item 5's). */
  readonly json: number;
}

const seedTexts = new Map<unknown, { json?: string; yaml?: string }>();

/** An unmutated seed's text is written once. */
function seedText(seed: unknown, json: boolean): string {
  let texts = seedTexts.get(seed);
  if (!texts) {
    texts = {};
    seedTexts.set(seed, texts);
  }
  if (json) return (texts.json ??= write(seed, true));
  return (texts.yaml ??= write(seed, false));
}

/** A seed of `list`, mutated (or not), as the text of a file named `name` with .json or .yaml. */
function file(list: readonly unknown[], name: string, options: FileOptions): fc.Arbitrary<InputFile> {
  return fc
    .record({
      seed: fc.nat({ max: Math.max(0, list.length - 1) }),
      steps: fc.oneof({ weight: options.mutate, arbitrary: plan }, { weight: 10 - options.mutate, arbitrary: fc.constant([]) }),
      json: fc.oneof({ weight: options.json, arbitrary: fc.constant(true) }, { weight: 10 - options.json, arbitrary: fc.constant(false) }),
      hurt: textDamage,
    })
    .map(({ seed, steps, json, hurt }) => {
      const doc = steps.length ? applyPlan(list[seed], steps) : list[seed];
      const asJson = steps.length ? write(doc, true) : seedText(doc, true);
      // Large files stay JSON: YAML reading and writing of a 100 KB flow takes ~100 ms (issue 12 item 5, not this fuzzer's).
      const yaml = !json && asJson.length < 20_000;
      const text = yaml ? (steps.length ? write(doc, false) : seedText(doc, false)) : asJson;
      return { file: `${name}.${yaml ? 'yaml' : 'json'}`, text: damage(text, hurt) };
    });
}

/** Present `present` times in 10. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, present: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: present, arbitrary }, { weight: 10 - present, arbitrary: fc.constant(undefined) });

/** Scenario files name the bundle's other files by fixed names (target.ts writes them so). */
export const fuzzInput: fc.Arbitrary<FuzzInput> = fc.constant(null).chain(() => {
  const s = seeds();
  return fc
    .record({
      // Half the flows from each list: the small ones run further, the reference ones are what exports hold.
      flow: fc.oneof(file(s.flows, 'flow', { mutate: 8, json: 8 }), file(s.smallFlows, 'flow', { mutate: 8, json: 8 })),
      contact: sometimes(file(s.contacts, 'contact', { mutate: 4, json: 7 }), 5),
      mocks: sometimes(file(s.mocks, 'mocks', { mutate: 4, json: 7 }), 4),
      profiles: sometimes(file(s.profiles, 'profiles', { mutate: 4, json: 7 }), 4),
      scenario: file(s.scenarios, 'scenario', { mutate: 4, json: 0 }),
      via: fc.oneof({ weight: 19, arbitrary: fc.constant<'memory'>('memory') }, { weight: 1, arbitrary: fc.constant<'files'>('files') }),
    })
    .map(({ flow, contact, mocks, profiles, scenario, via }) => ({
      flow,
      via,
      ...(contact ? { contact } : {}),
      ...(mocks ? { mocks } : {}),
      ...(profiles ? { profiles } : {}),
      // A scenario needs files: it names them.
      ...(via === 'files' ? { scenario } : {}),
    }));
});
