// The slice of OpenAPI 3.1 this API uses, typed so the document cannot drift into nonsense.
import type { Role } from '#shared/domain/roles.ts'

export type JsonSchema = { [key: string]: unknown }

export type OpenApiParameter = {
  name: string
  in: 'query' | 'path' | 'header' | 'cookie'
  required: boolean
  description?: string
  schema: JsonSchema
}

export type OpenApiMediaType = { schema: JsonSchema; example?: unknown }

export type OpenApiResponse = {
  description: string
  headers?: Record<string, { description: string; schema: JsonSchema }>
  content?: Record<string, OpenApiMediaType>
}

export type OpenApiOperation = {
  operationId: string
  summary: string
  description?: string
  tags: string[]
  parameters?: OpenApiParameter[]
  requestBody?: { required: boolean; content: Record<string, OpenApiMediaType> }
  responses: Record<string, OpenApiResponse | { $ref: string }>
  security?: Record<string, string[]>[]
  /** The least role the operation needs (ADMIN ⊃ EDITOR ⊃ VIEWER); absent when none. */
  'x-required-role'?: Role
}

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

export type OpenApiDocument = {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers: { url: string }[]
  tags: { name: string; description: string }[]
  paths: Record<string, Partial<Record<HttpMethod, OpenApiOperation>>>
  components: {
    schemas: Record<string, JsonSchema>
    responses: Record<string, OpenApiResponse>
    securitySchemes: Record<string, JsonSchema>
  }
}
