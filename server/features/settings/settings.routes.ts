import { Hono } from 'hono'
import type { Settings } from '#shared/dto/settings.ts'
import { updateSettingsSchema } from '#shared/schemas/settings.schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { validate } from '../../lib/validate.ts'
import { recordAudit } from '../audit/audit.repository.ts'
import { requireRole } from '#server/lib/require-role.ts'
import { forgetReadAccess } from './read-access.ts'
import { getReadAccess, READ_ACCESS_KEY, setReadAccess } from './settings.repository.ts'
import { inWriteTransaction } from '#server/db/write-transaction.ts'

export const settingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const settings: Settings = { readAccess: await getReadAccess(c.var.db) }
    return c.json(settings, 200)
  })
  .put('/', requireRole('ADMIN'), validate('json', updateSettingsSchema), async (c) => {
    const { readAccess } = c.req.valid('json')
    await inWriteTransaction(c.var.db, async (trx) => {
      const before = await getReadAccess(trx)
      await setReadAccess(trx, readAccess)
      await recordAudit(trx, {
        actor: c.var.user,
        action: 'UPDATE',
        entity: 'app_setting',
        entityKey: READ_ACCESS_KEY,
        before: { value: before },
        after: { value: readAccess },
      })
    })
    forgetReadAccess(c.var.db)
    const settings: Settings = { readAccess }
    return c.json(settings, 200)
  })
