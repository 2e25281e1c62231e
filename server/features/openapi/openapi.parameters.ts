// Query and path parameters derived from the zod request schemas in shared/schemas, so the
// document states exactly what validate() accepts (STYLE B.1: one source of truth).
import { z } from 'zod'
import type { JsonSchema, OpenApiParameter } from './openapi.types.ts'

type ObjectSchema = { shape: Record<string, z.ZodType> }

/** The JSON Schema of what a client sends for `schema`. */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  // 'input': what a client sends (strings coerced to numbers are still declared as numbers).
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  })
  return rest
}

/** One OpenAPI parameter per key of a zod object schema. */
export function parametersOf(
  schema: ObjectSchema,
  location: 'query' | 'path',
  descriptions: Record<string, string> = {},
): OpenApiParameter[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: location,
    required: location === 'path' || !field.safeParse(undefined).success,
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
    schema: toJsonSchema(field),
  }))
}
