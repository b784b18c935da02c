/** A run stops with StepLimit after this many steps unless told otherwise: a looping flow never hangs. */
export const DEFAULT_MAX_STEPS = 1000;

/**
 * The most steps `--max-steps` allows. A run keeps each step's trace until it ends (about 200
 * bytes a step, more with prompts and changes) and prints it all, so a far larger limit only lets
 * a looping flow fill the memory before it stops; real flows take tens of steps.
 */
export const MAX_STEPS_LIMIT = 100_000;
