import { z } from 'zod'

/** Emails are compared lower-cased and trimmed, so "An@X.vn " and "an@x.vn" are one account. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be a valid email address' }).max(254))

export const PASSWORD_MIN_LENGTH = 10

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  // scrypt hashes any length, but an unbounded body is a cheap way to burn CPU.
  .max(256, 'must be at most 256 characters')

/** POST /api/auth/login. The password is not length-checked here: a wrong one is just wrong. */
export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'is required').max(254),
  password: z.string().min(1, 'is required').max(256),
})
export type LoginInput = z.infer<typeof loginSchema>
