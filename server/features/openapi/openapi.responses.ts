import type { JsonSchema, OpenApiResponse } from './openapi.types.ts'

/** A JSON response with `schema`. */
export const json = (schema: JsonSchema, description = 'OK'): OpenApiResponse => ({
  description,
  content: { 'application/json': { schema } },
})

/** References to the shared error responses, e.g. errors(400, 404). */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/E${s}` }]))
