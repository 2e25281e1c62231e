import { z } from 'zod'
import { parseDatabaseUrl, type DatabaseTarget } from './db/database-url.ts'
import { parseTrustedProxies } from './lib/client-address.ts'
import { passwordWeakness } from './lib/password.ts'

// Every setting the server reads, validated once at start (Epic's env pattern). A bad value
// stops the process with one line naming the variable.
const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z.string().optional(),
    DEMO_DATA: z.enum(['on', 'off']).default('on'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
    /** public: anyone may read published results; login: every read needs a session. */
    READ_ACCESS: z.enum(['public', 'login']).optional(),
    SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
    /** Extra origins allowed for state-changing requests (comma-separated), e.g. a Vite dev server. */
    TRUSTED_ORIGINS: z.string().optional(),
    /**
     * Reverse proxies and load balancers (addresses or CIDR ranges, comma-separated) whose
     * X-Forwarded-For names the client for the login rate limit; none by default.
     */
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((list, ctx) => {
        try {
          parseTrustedProxies(list)
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message })
        }
      }),
  })
  .refine((env) => Boolean(env.ADMIN_EMAIL) === Boolean(env.ADMIN_PASSWORD), {
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
    path: ['ADMIN_PASSWORD'],
  })
  .superRefine((env, ctx) => {
    // The same rule as every other password (server/lib/password.ts): a weak one stops the start.
    const weakness = env.ADMIN_PASSWORD && passwordWeakness(env.ADMIN_PASSWORD, env.ADMIN_EMAIL)
    if (weakness) ctx.addIssue({ code: 'custom', message: weakness, path: ['ADMIN_PASSWORD'] })
  })

export type Env = z.infer<typeof envSchema> & { database: DatabaseTarget }

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const issue = result.error.issues[0]
    const name = issue?.path.join('.') || 'environment'
    throw new Error(`Invalid ${name}: ${issue?.message ?? 'invalid value'}`)
  }
  return { ...result.data, database: parseDatabaseUrl(result.data.DATABASE_URL) }
}
