// Request schemas of the admin API: user accounts and the audit log.
import { z } from 'zod'
import { ROLES } from '../domain/roles.ts'
import { emailSchema, passwordSchema } from './auth.schema.ts'
import { controlCharacterAt } from './text.schema.ts'

const nameSchema = z
  .string()
  .trim()
  .normalize('NFC')
  .min(1, 'is required')
  .max(200, 'must be at most 200 characters')
  .refine((s) => controlCharacterAt(s, false) === -1, 'must not contain control characters')

/** POST /api/users */
export const createUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: z.enum(ROLES),
  password: passwordSchema,
})
export type CreateUserInput = z.infer<typeof createUserSchema>

/** PATCH /api/users/:id — at least one field. */
export const updateUserSchema = z
  .object({
    name: nameSchema.optional(),
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((v) => v.name !== undefined || v.role !== undefined || v.disabled !== undefined, {
    message: 'give at least one of name, role, disabled',
  })
export type UpdateUserInput = z.infer<typeof updateUserSchema>

export const AUDIT_PAGE_MAX = 200

/** GET /api/audit — `before` is the opaque `nextCursor` of the previous page. */
export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
  before: z
    .string()
    .regex(/^[^~]+~[^~]+$/, 'must be a nextCursor value from a previous page')
    .optional(),
  entity: z.string().min(1).max(100).optional(),
  batch: z.string().min(1).max(100).optional(),
})
export type AuditQuery = z.infer<typeof auditQuerySchema>
