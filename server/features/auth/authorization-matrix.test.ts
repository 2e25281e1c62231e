// Every endpoint × {anonymous, VIEWER, EDITOR, ADMIN} → allowed, 401 or 403. The table and the
// app's routes must match both ways: a listed route the app lacks would answer 404, which reads
// as "allowed", and a route the table lacks would go unchecked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROLES, type Role } from '#shared/domain/roles.ts'
import { createApp, type App } from '../../app.ts'
import { createDb } from '../../db/create-db.ts'
import { setReadAccess } from '../settings/settings.repository.ts'
import { forgetReadAccess } from '../settings/read-access.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { sameOrigin, signIn } from '../../test/sign-in.ts'

/** open: anyone, even when read access is 'login'; read: published data; a role: that role or above. */
type Access = 'open' | 'read' | Role
type Endpoint = { route: string; url: string; access: Access; body?: () => unknown }
type Principal = 'anonymous' | Role
type Outcome = 'allowed' | 401 | 403

const NOW = '2026-11-23T08:00:00.000Z'

const ENDPOINTS: Endpoint[] = [
  { route: 'GET /api/health', url: '/api/health', access: 'open' },
  { route: 'GET /api/openapi.json', url: '/api/openapi.json', access: 'open' },
  { route: 'GET /api/settings', url: '/api/settings', access: 'open' },
  { route: 'GET /api/auth/me', url: '/api/auth/me', access: 'open' },
  { route: 'POST /api/auth/login', url: '/api/auth/login', access: 'open', body: () => ({}) },
  { route: 'POST /api/auth/logout', url: '/api/auth/logout', access: 'open' },
  { route: 'GET /api/units', url: '/api/units?parent=LONG_AN&kind=DISTRICT', access: 'read' },
  { route: 'GET /api/units/:code', url: '/api/units/LONG_AN.THANH_HOA', access: 'read' },
  {
    route: 'GET /api/units/:code/profile',
    url: '/api/units/LONG_AN.THANH_HOA/profile',
    access: 'read',
  },
  {
    route: 'GET /api/units/:code/summary',
    url: '/api/units/LONG_AN.THANH_HOA/summary?year=2023&lang=vi',
    access: 'read',
  },
  { route: 'GET /api/cohorts', url: '/api/cohorts', access: 'read' },
  {
    route: 'GET /api/cohorts/links',
    url: '/api/cohorts/links?parent=LONG_AN&kind=DISTRICT&year=2023',
    access: 'read',
  },
  {
    route: 'GET /api/rankings',
    url: '/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023',
    access: 'read',
  },
  {
    route: 'GET /api/awards/summary',
    url: '/api/awards/summary?parent=LONG_AN&kind=DISTRICT&year=2023',
    access: 'read',
  },
  {
    route: 'GET /api/publications/status',
    url: '/api/publications/status?parent=LONG_AN&kind=DISTRICT&year=2023',
    access: 'read',
  },
  {
    route: 'GET /api/rankings/summary',
    url: '/api/rankings/summary?parent=LONG_AN&kind=DISTRICT&year=2023',
    access: 'read',
  },
  {
    route: 'GET /api/tasks/summary',
    url: '/api/tasks/summary?parent=LONG_AN&kind=DISTRICT&year=2023',
    access: 'read',
  },
  {
    route: 'GET /api/rankings/history',
    url: '/api/rankings/history?parent=LONG_AN&kind=DISTRICT&year=2023',
    access: 'read',
  },
  {
    route: 'GET /api/tasks',
    url: '/api/tasks?parent=LONG_AN&kind=DISTRICT&year=2023',
    access: 'read',
  },
  {
    route: 'GET /api/awards',
    url: '/api/awards?parent=LONG_AN&kind=DISTRICT&year=2023',
    access: 'read',
  },
  {
    route: 'GET /api/compare',
    url: '/api/compare?units=LONG_AN.THANH_HOA,LONG_AN.TAN_AN',
    access: 'read',
  },
  {
    route: 'GET /api/scorecard',
    url: '/api/scorecard?parent=LONG_AN&kind=DISTRICT&year=2023',
    access: 'read',
  },
  { route: 'GET /api/schemes', url: '/api/schemes', access: 'read' },
  {
    route: 'GET /api/data-quality',
    url: '/api/data-quality?parent=LONG_AN&kind=DISTRICT&year=2023',
    access: 'EDITOR',
  },
  {
    route: 'POST /api/imports',
    url: '/api/imports?kind=units&dryRun=true',
    access: 'EDITOR',
    body: () => ({}),
  },
  { route: 'POST /api/publications', url: '/api/publications', access: 'EDITOR', body: () => ({}) },
  { route: 'GET /api/publications', url: '/api/publications', access: 'EDITOR' },
  { route: 'DELETE /api/publications', url: '/api/publications?year=1990', access: 'EDITOR' },
  { route: 'GET /api/imports', url: '/api/imports', access: 'EDITOR' },
  { route: 'GET /api/imports/undo-status', url: '/api/imports/undo-status', access: 'EDITOR' },
  {
    route: 'GET /api/imports/templates/:file',
    url: '/api/imports/templates/units.csv',
    access: 'read',
  },
  {
    route: 'POST /api/imports/:id/undo',
    url: `/api/imports/${crypto.randomUUID()}/undo`,
    access: 'EDITOR',
  },
  {
    route: 'PUT /api/schemes/:id',
    url: `/api/schemes/${crypto.randomUUID()}`,
    access: 'EDITOR',
    body: () => ({}),
  },
  { route: 'GET /api/users', url: '/api/users', access: 'ADMIN' },
  {
    route: 'POST /api/users',
    url: '/api/users',
    access: 'ADMIN',
    body: () => ({
      email: `${crypto.randomUUID()}@par.vn`,
      name: 'Người dùng',
      role: 'VIEWER',
      password: 'a fine password',
    }),
  },
  {
    route: 'PATCH /api/users/:id',
    url: `/api/users/${crypto.randomUUID()}`,
    access: 'ADMIN',
    body: () => ({ name: 'X' }),
  },
  {
    route: 'DELETE /api/users/:id/login-lock',
    url: `/api/users/${crypto.randomUUID()}/login-lock`,
    access: 'ADMIN',
  },
  { route: 'GET /api/audit', url: '/api/audit', access: 'ADMIN' },
  {
    route: 'PUT /api/settings',
    url: '/api/settings',
    access: 'ADMIN',
    body: () => ({ readAccess: 'public' }),
  },
]

const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 }
const PRINCIPALS: Principal[] = ['anonymous', ...ROLES]

function expected(access: Access, who: Principal, readAccess: 'public' | 'login'): Outcome {
  if (access === 'open') return 'allowed'
  if (access === 'read') return who === 'anonymous' && readAccess === 'login' ? 401 : 'allowed'
  if (who === 'anonymous') return 401
  return RANK[who] >= RANK[access] ? 'allowed' : 403
}

function outcome(status: number): Outcome | number {
  if (status === 401 || status === 403) return status
  // Anything else is an access decision in favour; a 5xx would be a bug, so show the status.
  return status < 500 ? 'allowed' : status
}

const STATE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

/** The app's API endpoints as "METHOD /path", middleware (method ALL, wildcards) left out. */
function servedRoutes(app: App): string[] {
  const routes = app.routes
    .filter((r) => STATE_METHODS.includes(r.method) && r.path.startsWith('/api/'))
    .filter((r) => !r.path.includes('*'))
    .map((r) => `${r.method} ${r.path}`)
  return [...new Set(routes)].sort()
}

// Route registration does not depend on the database: one in-memory app answers for both.
describe('the matrix and the app', () => {
  const probeDb = createDb({ dialect: 'sqlite', filename: ':memory:' })
  afterAll(() => probeDb.destroy())

  it('lists exactly the endpoints the app serves', () => {
    const listed = [...new Set(ENDPOINTS.map((e) => e.route))].sort()
    expect(listed).toEqual(servedRoutes(createApp(probeDb)))
  })
})

for (const dialect of TEST_DIALECTS) {
  describe(dialect, () => {
    let t: TestDb
    let app: App
    const cookies: Partial<Record<Principal, string>> = {}

    beforeAll(async () => {
      t = await createTestDb(dialect)
      app = createApp(t.db)
      await t.db
        .insertInto('unit')
        .values([
          {
            code: 'LONG_AN',
            name: 'Tỉnh Long An',
            name_key: 'tỉnh long an',
            kind: 'PROVINCE',
            valid_from: null,
            valid_to: null,
            import_batch_id: null,
            updated_at: NOW,
          },
          {
            code: 'LONG_AN.THANH_HOA',
            name: 'Huyện Thạnh Hóa',
            name_key: 'huyện thạnh hóa',
            kind: 'DISTRICT',
            valid_from: null,
            valid_to: null,
            import_batch_id: null,
            updated_at: NOW,
          },
        ])
        .execute()
      await t.db
        .insertInto('unit_placement')
        .values([
          {
            unit_code: 'LONG_AN',
            valid_from: '1900-01-01',
            valid_to: null,
            parent_code: null,
            title: null,
          },
          {
            unit_code: 'LONG_AN.THANH_HOA',
            valid_from: '1900-01-01',
            valid_to: null,
            parent_code: 'LONG_AN',
            title: null,
          },
        ])
        .execute()
      await t.db
        .insertInto('assessment')
        .values({
          unit_code: 'LONG_AN.THANH_HOA',
          year: 2023,
          max_points: 100,
          points: 80.1,
          index_pct: 80.1,
          grade: null,
          status: 'PUBLISHED',
          decision_no: null,
          decision_date: null,
          published_rank: null,
          published_grade: null,
          published_index_pct: null,
          import_batch_id: null,
          updated_at: NOW,
          cohort_parent_code: 'LONG_AN',
          cohort_block: '',
          published_cohort_size: null,
        })
        .execute()
      for (const role of ROLES) cookies[role] = await signIn(app, t.db, role)
    })
    afterAll(() => t.destroy())

    async function call(e: Endpoint, who: Principal): Promise<number> {
      const [method] = e.route.split(' ')
      const cookie = who === 'anonymous' ? undefined : cookies[who]
      // logout would end the session the next rows rely on: sign that principal in again after.
      const res = await app.request(e.url, {
        method,
        headers:
          method === 'GET'
            ? cookie
              ? { Cookie: cookie }
              : {}
            : { ...sameOrigin(cookie), 'Content-Type': 'application/json' },
        body: method === 'GET' ? undefined : JSON.stringify(e.body?.() ?? {}),
      })
      if (e.route === 'POST /api/auth/logout' && who !== 'anonymous')
        cookies[who] = await signIn(app, t.db, who)
      return res.status
    }

    for (const readAccess of ['public', 'login'] as const) {
      describe(`read access '${readAccess}'`, () => {
        beforeAll(async () => {
          await setReadAccess(t.db, readAccess)
          forgetReadAccess(t.db)
        })
        for (const e of ENDPOINTS) {
          for (const who of PRINCIPALS) {
            const want = expected(e.access, who, readAccess)
            it(`${e.route} as ${who} → ${want}`, async () => {
              expect(outcome(await call(e, who))).toBe(want)
            })
          }
        }
      })
    }
  })
}
