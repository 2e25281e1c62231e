// components/schemas generated from the zod response schemas with zod's own z.toJSONSchema
// (ADR 027): one registry of the named components, so nested ones become $refs.
import { z } from 'zod'
import { COMPONENTS } from './openapi.components.ts'
import type { JsonSchema } from './openapi.types.ts'

const PREFIX = '#/components/schemas/'
const registry = z.registry<{ id: string }>()
const names = new Map<z.ZodType, string>()
for (const [name, schema] of Object.entries(COMPONENTS)) {
  registry.add(schema, { id: name })
  names.set(schema, name)
}

/** z.number().int() states the safe-integer range; every JSON integer here is in it: noise. */
function dropSafeIntegerBounds(ctx: { jsonSchema: JsonSchema }) {
  const { jsonSchema } = ctx
  if (
    jsonSchema.type === 'integer' &&
    jsonSchema.minimum === Number.MIN_SAFE_INTEGER &&
    jsonSchema.maximum === Number.MAX_SAFE_INTEGER
  ) {
    delete jsonSchema.minimum
    delete jsonSchema.maximum
  }
}

/** Every component as JSON Schema 2020-12 (OpenAPI 3.1's dialect), nested ones by $ref. */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `${PREFIX}${id}`,
    override: dropSafeIntegerBounds,
  })
  // `$id` would make each component its own resource; OpenAPI locates them by their key.
  return Object.fromEntries(
    Object.entries(schemas).map(([name, { $id: _id, $schema: _dialect, ...schema }]) => [
      name,
      schema,
    ]),
  )
}

/** The $ref of a component's schema; a schema not in COMPONENTS is a mistake in the path table. */
export function schemaRef(schema: z.ZodType): JsonSchema {
  const name = names.get(schema)
  if (!name) throw new Error('Response schema missing from COMPONENTS (openapi.components.ts)')
  return { $ref: `${PREFIX}${name}` }
}
