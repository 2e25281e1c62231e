// Sessions, user accounts, the audit log and the site settings.
import { loginSchema } from '#shared/schemas/auth.schema.ts'
import { updateSettingsSchema } from '#shared/schemas/settings.schema.ts'
import {
  auditQuerySchema,
  createUserSchema,
  updateUserSchema,
} from '#shared/schemas/users.schema.ts'
import { AuditPageSchema } from '#shared/dto/audit.ts'
import { SettingsSchema } from '#shared/dto/settings.ts'
import {
  LoginResponseSchema,
  LoginUnlockSchema,
  SessionUserSchema,
  UserListSchema,
  UserResponseSchema,
} from '#shared/dto/user.ts'
import { read, write } from './openapi.operations.ts'
import { parametersOf, toJsonSchema } from './openapi.parameters.ts'
import { errors, json } from './openapi.responses.ts'
import type { OpenApiDocument, OpenApiOperation } from './openapi.types.ts'

const jsonBody = (schema: Parameters<typeof toJsonSchema>[0]): OpenApiOperation['requestBody'] => ({
  required: true,
  content: { 'application/json': { schema: toJsonSchema(schema) } },
})

export function accountPaths(): OpenApiDocument['paths'] {
  return {
    '/api/auth/login': {
      post: write('login', 'auth', 'Sign in: sets the session cookie', {
        description:
          'One answer (401) for an unknown email, a wrong password and a disabled account. ' +
          'Each attempt is counted before the password is checked. Failures per account and ' +
          'address (5), per address (20) and, as a slow-down of new addresses, per account (10) ' +
          'answer 429 with Retry-After (docs/security.md).',
        requestBody: jsonBody(loginSchema),
        responses: { '200': json(LoginResponseSchema), ...errors(400, 401, 429) },
      }),
    },
    '/api/auth/logout': {
      post: write('logout', 'auth', 'Sign out: ends the session', {
        responses: { '204': { description: 'Signed out (also without a session)' } },
      }),
    },
    '/api/auth/me': {
      get: read('getCurrentUser', 'auth', 'The signed-in user, or null', {
        responses: { '200': json(SessionUserSchema) },
      }),
    },
    '/api/users': {
      get: read('listUsers', 'admin', 'Every user account', {
        role: 'ADMIN',
        responses: { '200': json(UserListSchema) },
      }),
      post: write('createUser', 'admin', 'Create a user account (audited)', {
        role: 'ADMIN',
        requestBody: jsonBody(createUserSchema),
        responses: {
          '201': json(UserResponseSchema, 'Created'),
          ...errors(400, 409),
        },
      }),
    },
    '/api/users/{id}': {
      patch: write('updateUser', 'admin', 'Rename, change the role of, disable or enable a user', {
        role: 'ADMIN',
        description:
          'Give at least one of name, role, disabled. The last active admin cannot be demoted ' +
          'or disabled (409). A disabled user’s sessions stop working at once.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: jsonBody(updateUserSchema),
        responses: { '200': json(UserResponseSchema), ...errors(400, 404, 409) },
      }),
    },
    '/api/users/{id}/login-lock': {
      delete: write(
        'unlockLogin',
        'admin',
        'Lift the sign-in throttle on a user account (audited)',
        {
          role: 'ADMIN',
          description:
            'Forgets the failed sign-in attempts on the account from every address, ending its ' +
            'locks and slow-down; audited as LOGIN_UNLOCK with the number cleared.',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': json(LoginUnlockSchema),
            ...errors(404),
          },
        },
      ),
    },
    '/api/audit': {
      get: read('listAudit', 'admin', 'The audit log, newest first, one page at a time', {
        role: 'ADMIN',
        parameters: parametersOf(auditQuerySchema, 'query', {
          before: 'The nextCursor of the previous page',
          entity: 'Only entries of this table, e.g. assessment',
          batch: 'Only entries written by this import batch',
        }),
        responses: { '200': json(AuditPageSchema), ...errors(400) },
      }),
    },
    '/api/settings': {
      get: read('getSettings', 'admin', 'Site settings (read access mode)', {
        description: 'Open to everyone, so the sign-in page can tell why data is hidden.',
        responses: { '200': json(SettingsSchema) },
      }),
      put: write('updateSettings', 'admin', 'Change the read access mode (audited)', {
        role: 'ADMIN',
        description:
          'readAccess `login` makes every other read need a session (401 without one); ' +
          '`public` lets anyone read published results.',
        requestBody: jsonBody(updateSettingsSchema),
        responses: { '200': json(SettingsSchema), ...errors(400) },
      }),
    },
  }
}
