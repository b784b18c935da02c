// One source of truth for action types: schemas/actions/<Type>.schema.json. Each has a handler in
// src/blocks/registry.ts and each handler a schema, and schemas/flow.schema.json's Type enum and
// per-type dispatch are what the build generates from them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_HANDLERS, handlerFor } from '../../src/blocks/registry.js';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { actionTypeNames, flowSchemaWithTypes } from '../../scripts/flow-schema-types.js';

const SCHEMAS = join(import.meta.dirname, '..', '..', 'schemas');
const schemaTypes = (actionTypeNames as (dir: string) => string[])(join(SCHEMAS, 'actions'));
const withTypes = flowSchemaWithTypes as (text: string, types: readonly string[]) => string;

describe('action types', () => {
  it('every handler has a schema in schemas/actions/ and every schema a handler', () => {
    const handlers = Object.keys(BLOCK_HANDLERS).sort();
    expect(handlers.filter((type) => !schemaTypes.includes(type)), 'handlers without a schema').toEqual([]);
    expect(schemaTypes.filter((type) => !handlers.includes(type)), 'schemas without a handler').toEqual([]);
    expect(handlerFor('toString')).toBeUndefined();
  });

  it('the committed flow.schema.json has the Type enum and dispatch the build generates (run npm run build)', () => {
    const committed = readFileSync(join(SCHEMAS, 'flow.schema.json'), 'utf8');
    expect(withTypes(committed, schemaTypes)).toBe(committed);
    const action = (JSON.parse(committed) as { definitions: { action: { properties: { Type: { enum: string[] } }; allOf: { then: { $ref: string } }[] } } }).definitions.action;
    expect(action.properties.Type.enum).toEqual(schemaTypes);
    expect(action.allOf.map((entry) => entry.then.$ref)).toEqual(schemaTypes.map((type) => `actions/${type}.schema.json`));
  });

  it('the generator rewrites only the Type enum and the dispatch, in the file\'s own layout', () => {
    const committed = readFileSync(join(SCHEMAS, 'flow.schema.json'), 'utf8');
    const fewer = withTypes(committed, ['Compare', 'Wait']);
    const parsed = JSON.parse(fewer) as { required: string[]; definitions: { action: { properties: { Type: { enum: string[] } }; allOf: unknown[] } } };
    expect(parsed.definitions.action.properties.Type.enum).toEqual(['Compare', 'Wait']);
    expect(parsed.definitions.action.allOf).toHaveLength(2);
    expect(parsed.required).toEqual((JSON.parse(committed) as { required: string[] }).required);
    // Back to every type: the same bytes as before.
    expect(withTypes(fewer, schemaTypes)).toBe(committed);
  });
});
