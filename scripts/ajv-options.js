// The one set of ajv options, shared by the build-time compiler and any test that compiles schemas.
export const AJV_OPTIONS = {
  allErrors: true,
  // verbose: errors carry their schema, so messages can quote titles and allowed names.
  verbose: true,
  strict: false,
};
