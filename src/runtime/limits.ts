/** A run stops with StepLimit after this many steps unless told otherwise: a looping flow never hangs. */
export const DEFAULT_MAX_STEPS = 1000;
