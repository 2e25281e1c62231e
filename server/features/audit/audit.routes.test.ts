import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditPage } from '#shared/dto/audit.ts'
import { createApp, type App } from '../../app.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { signIn } from '../../test/sign-in.ts'
import { recordAudit } from './audit.repository.ts'
import { readJson } from '#server/test/read-json.ts'
import { AuditPageSchema } from '#shared/dto/audit.ts'

for (const dialect of TEST_DIALECTS) {
  describe(dialect, () => {
    let t: TestDb
    let app: App
    let admin: string

    beforeAll(async () => {
      t = await createTestDb(dialect)
      app = createApp(t.db)
      admin = await signIn(app, t.db, 'ADMIN')
      const base = Date.parse('2026-11-20T08:00:00.000Z')
      for (let i = 0; i < 7; i++) {
        await recordAudit(
          t.db,
          {
            actor: { id: 'u1', email: 'editor@par.vn' },
            action: 'UPDATE',
            entity: i < 5 ? 'assessment' : 'award_grant',
            entityKey: `LONG_AN.THANH_HOA/${2020 + i}`,
            before: { points: 74.75 },
            after: { points: 80.1, name: 'Huyện Thạnh Hóa' },
            importBatchId: i % 2 === 0 ? 'batch-even' : 'batch-odd',
          },
          // Entries 3 and 4 share a timestamp: the cursor must not skip or repeat either.
          new Date(base + Math.min(i, 3) * 60_000 + Math.max(0, i - 4) * 60_000),
        )
      }
    })
    afterAll(() => t.destroy())

    const get = async (query: string) => {
      const res = await app.request(`/api/audit${query}`, { headers: { Cookie: admin } })
      expect(res.status).toBe(200)
      return await readJson(res, AuditPageSchema)
    }

    it('lists newest first with who, what, when and the import batch', async () => {
      const page = await get('')
      expect(page.items).toHaveLength(7)
      expect(page.nextCursor).toBeNull()
      const times = page.items.map((e) => e.at)
      expect([...times].sort().reverse()).toEqual(times)
      expect(page.items[0]).toMatchObject({
        actor: { id: 'u1', email: 'editor@par.vn' },
        action: 'UPDATE',
        entity: 'award_grant',
        entityKey: 'LONG_AN.THANH_HOA/2026',
        before: { points: 74.75 },
        after: { points: 80.1, name: 'Huyện Thạnh Hóa' },
        importBatchId: 'batch-even',
      })
    })

    it('pages with the before cursor without gaps or repeats, ties included', async () => {
      const seen: string[] = []
      let cursor: string | null = ''
      let pages = 0
      while (cursor !== null) {
        const page: AuditPage = await get(
          `?limit=2${cursor ? `&before=${encodeURIComponent(cursor)}` : ''}`,
        )
        seen.push(...page.items.map((e) => e.entityKey))
        cursor = page.nextCursor
        pages++
      }
      expect(pages).toBe(4)
      expect(seen).toEqual((await get('')).items.map((e) => e.entityKey))
    })

    it('filters by entity and by batch', async () => {
      expect((await get('?entity=award_grant')).items.map((e) => e.entityKey)).toEqual([
        'LONG_AN.THANH_HOA/2026',
        'LONG_AN.THANH_HOA/2025',
      ])
      expect((await get('?batch=batch-odd')).items).toHaveLength(3)
      expect((await get('?entity=unit')).items).toEqual([])
    })

    it.each([['?limit=0'], ['?limit=201'], ['?limit=abc'], ['?before=no-tilde'], ['?entity=']])(
      'refuses %s with 400',
      async (query) => {
        const res = await app.request(`/api/audit${query}`, { headers: { Cookie: admin } })
        expect(res.status).toBe(400)
      },
    )

    it('is for admins only', async () => {
      expect((await app.request('/api/audit')).status).toBe(401)
      for (const role of ['VIEWER', 'EDITOR'] as const) {
        const cookie = await signIn(app, t.db, role)
        expect((await app.request('/api/audit', { headers: { Cookie: cookie } })).status).toBe(403)
      }
    })
  })
}
