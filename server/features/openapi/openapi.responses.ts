import type { z } from 'zod'
import { schemaRef } from './openapi.schemas.ts'
import type { OpenApiResponse } from './openapi.types.ts'

/** A JSON response whose body is `schema` (one of COMPONENTS). */
export const json = (schema: z.ZodType, description = 'OK'): OpenApiResponse => ({
  description,
  content: { 'application/json': { schema: schemaRef(schema) } },
})

/** References to the shared error responses, e.g. errors(400, 404). */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/E${s}` }]))
