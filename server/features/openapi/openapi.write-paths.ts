// The state-changing routes of the contract (sessions, imports), described as DESIGN.md states them.
import { loginSchema } from '#shared/schemas/auth.schema.ts'
import { importQuerySchema } from '#shared/schemas/imports.schema.ts'
import { ref } from './openapi.components.ts'
import { parametersOf, toJsonSchema } from './openapi.parameters.ts'
import { errors, json } from './openapi.responses.ts'
import type { OpenApiDocument } from './openapi.types.ts'

export function authAndImportPaths(): OpenApiDocument['paths'] {
  return {
    '/api/auth/login': {
      post: {
        operationId: 'login',
        summary: 'Sign in: sets the session cookie',
        tags: ['auth'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: toJsonSchema(loginSchema) } },
        },
        responses: {
          '200': json({ type: 'object', properties: { user: { type: 'object' } } }),
          ...errors(400, 401, 429),
        },
      },
    },
    '/api/auth/logout': {
      post: {
        operationId: 'logout',
        summary: 'Sign out: ends the session',
        tags: ['auth'],
        responses: { '204': { description: 'Signed out' } },
      },
    },
    '/api/imports': {
      post: {
        operationId: 'importFile',
        summary:
          'Import a CSV or XLSX table (editor role); one transaction, any error writes nothing',
        tags: ['imports'],
        security: [{ session: [] }],
        parameters: parametersOf(importQuerySchema, 'query'),
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { file: { type: 'string', format: 'binary' } },
                required: ['file'],
              },
            },
            'text/csv': { schema: { type: 'string' } },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: { type: 'string', format: 'binary' },
            },
          },
        },
        responses: { '200': json(ref('ImportResult')), ...errors(400, 401, 403, 422) },
      },
    },
  }
}
