import { Hono } from 'hono'
import { createUserSchema, updateUserSchema } from '#shared/schemas/users.schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { validate } from '../../lib/validate.ts'
import { requireRole } from '#server/lib/require-role.ts'
import { toUserAccount } from './users.mapper.ts'
import { listUsers } from './users.repository.ts'
import { createUser, unlockLogin, updateUser } from './users.service.ts'

export const userRoutes = new Hono<AppEnv>()
  .use(requireRole('ADMIN'))
  .get('/', async (c) => {
    const rows = await listUsers(c.var.db)
    return c.json({ items: rows.map(toUserAccount) }, 200)
  })
  .post('/', validate('json', createUserSchema), async (c) => {
    const row = await createUser(c.var.db, c.req.valid('json'), c.var.user)
    return c.json({ user: toUserAccount(row) }, 201)
  })
  .patch('/:id', validate('json', updateUserSchema), async (c) => {
    const row = await updateUser(c.var.db, c.req.param('id'), c.req.valid('json'), c.var.user)
    return c.json({ user: toUserAccount(row) }, 200)
  })
  // Lifts the sign-in throttle on the account (docs/security.md, "Login throttling").
  .delete('/:id/login-lock', async (c) => {
    const { user, cleared } = await unlockLogin(c.var.db, c.req.param('id'), c.var.user)
    return c.json({ user: toUserAccount(user), cleared }, 200)
  })
