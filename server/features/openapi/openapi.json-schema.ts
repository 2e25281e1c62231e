// Small builders for the JSON Schemas of the response components.
import type { JsonSchema } from './openapi.types.ts'

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })
export const num: JsonSchema = { type: 'number' }
export const int: JsonSchema = { type: 'integer' }
export const str: JsonSchema = { type: 'string' }
export const bool: JsonSchema = { type: 'boolean' }
export const nullable = (schema: JsonSchema): JsonSchema => ({
  oneOf: [schema, { type: 'null' }],
})
export const oneOf = (values: readonly string[]): JsonSchema => ({
  type: 'string',
  enum: [...values],
})
/** An object: every property of `properties` is required, those of `optional` are not. */
export const obj = (
  properties: Record<string, JsonSchema>,
  optional: Record<string, JsonSchema> = {},
): JsonSchema => ({
  type: 'object',
  properties: { ...properties, ...optional },
  required: Object.keys(properties),
})
export const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items })
