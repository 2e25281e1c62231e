// Stored ranks must always equal ranks computed from the data they derive from. Each writer
// (import, publication, undo, unit move, change of level) runs here, and after each one every stored rank is
// compared with an independent computation in JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import {
  csv,
  EDITOR,
  importFile,
  loadBase,
} from '#server/features/imports/__fixtures__/fixture-db.ts'
import { undoImport } from '#server/write-path/undo-import.ts'
import { setCohortStatus } from '#server/features/publications/publications.repository.ts'
import { findRankedWithPrevious } from './cohorts.repository.ts'
import { RANK_SCOPES, refreshCohortRanks } from './refresh-cohort-ranks.ts'

type Expected = {
  key: string
  rank: number
  prev_rank: number | null
  prev_index_pct: number | null
}

/**
 * Standard competition ranking per (parent, kind, block, scope, year), computed without SQL. The
 * cohort is the one stored on the assessment (ADR 014), the previous year the same unit's in
 * the same cohort, at its published rank where one was given.
 */
async function expectedRanks(db: Kysely<Database>): Promise<Expected[]> {
  const rows = await db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .select([
      'a.cohort_parent_code as parent_code',
      'a.cohort_block as block',
      'u.kind',
      'a.unit_code',
      'a.year',
      'a.index_pct',
      'a.status',
      'a.published_rank',
    ])
    .where('a.cohort_parent_code', 'is not', null)
    .execute()
  const out: Expected[] = []
  for (const scope of RANK_SCOPES) {
    const visible = rows.filter((r) => scope === 'ALL' || r.status === 'PUBLISHED')
    const cohortOf = (r: (typeof rows)[number]) => `${r.parent_code}|${r.kind}|${r.block}`
    const rankOf = new Map<string, { rank: number; shown: number; index: number }>()
    for (const row of visible) {
      const peers = visible.filter((p) => cohortOf(p) === cohortOf(row) && p.year === row.year)
      const rank = 1 + peers.filter((p) => Number(p.index_pct) > Number(row.index_pct)).length
      const shown = row.published_rank === null ? rank : Number(row.published_rank)
      rankOf.set(`${cohortOf(row)}|${row.unit_code}|${row.year}`, {
        rank,
        shown,
        index: Number(row.index_pct),
      })
    }
    for (const row of visible) {
      const current = rankOf.get(`${cohortOf(row)}|${row.unit_code}|${row.year}`)!
      const prev = rankOf.get(`${cohortOf(row)}|${row.unit_code}|${Number(row.year) - 1}`)
      out.push({
        key: `${cohortOf(row)}|${scope}|${row.year}|${row.unit_code}`,
        rank: current.rank,
        prev_rank: prev?.shown ?? null,
        prev_index_pct: prev?.index ?? null,
      })
    }
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : 1))
}

/** Every stored rank as the read path sees it (the previous year joined by key). */
async function storedRanks(db: Kysely<Database>): Promise<Expected[]> {
  const stored = await db
    .selectFrom('cohort_rank')
    .select(['parent_code', 'kind', 'block', 'scope', 'unit_code'])
    .distinct()
    .execute()
  const out: Expected[] = []
  const cohorts = new Map<
    string,
    { parentCode: string; kind: string; block: string; scope: string; codes: string[] }
  >()
  for (const row of stored) {
    const key = `${row.parent_code}|${row.kind}|${row.block}|${row.scope}`
    const cohort = cohorts.get(key) ?? {
      parentCode: row.parent_code,
      kind: row.kind,
      block: row.block,
      scope: row.scope,
      codes: [],
    }
    cohort.codes.push(row.unit_code)
    cohorts.set(key, cohort)
  }
  for (const cohort of cohorts.values()) {
    const visibility = { includeDrafts: cohort.scope === 'ALL' }
    const rows = await findRankedWithPrevious(db, cohort, visibility, { unitCodes: cohort.codes })
    for (const r of rows) {
      out.push({
        key: `${cohort.parentCode}|${cohort.kind}|${cohort.block}|${cohort.scope}|${r.year}|${r.unit_code}`,
        rank: Number(r.rank),
        prev_rank: r.prev_rank === null ? null : Number(r.prev_rank),
        prev_index_pct: r.prev_index_pct === null ? null : Number(r.prev_index_pct),
      })
    }
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : 1))
}

async function expectFresh(db: Kysely<Database>) {
  const expected = await expectedRanks(db)
  expect(expected.length).toBeGreaterThan(0)
  expect(await storedRanks(db)).toEqual(expected)
  const sizes = await db.selectFrom('cohort_year').selectAll().execute()
  const counted = new Map<string, number>()
  for (const e of expected) {
    const cohortYear = e.key.split('|').slice(0, 5).join('|')
    counted.set(cohortYear, (counted.get(cohortYear) ?? 0) + 1)
  }
  expect(
    Object.fromEntries(
      sizes.map((s) => [
        `${s.parent_code}|${s.kind}|${s.block}|${s.scope}|${s.year}`,
        Number(s.unit_count),
      ]),
    ),
  ).toEqual(Object.fromEntries(counted))
}

async function rankOf(
  db: Kysely<Database>,
  unit: string,
  year: number,
  scope: 'ALL' | 'PUBLISHED',
) {
  const row = (await storedRanks(db)).find((r) => r.key.endsWith(`|${scope}|${year}|${unit}`))
  return row ? { rank: row.rank, prev: row.prev_rank } : null
}

const ASSESSMENTS = csv(
  'unit_code,year,max_points,points',
  'LA.THANH_HOA,2022,100,74.75',
  'LA.TAN_AN,2022,100,80',
  'LA.DUC_HUE,2022,100,80',
  'LA.THANH_HOA,2023,100,80.1',
  'LA.TAN_AN,2023,100,80.1',
  'LA.DUC_HUE,2023,100,71',
  'LA.SO_NOI_VU,2023,100,90',
)

for (const dialect of TEST_DIALECTS) {
  describe(`stored cohort ranks (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
    })
    afterAll(() => t.destroy())

    it('an import ranks its cohorts: ties share a rank, the next skips, years chain', async () => {
      await importFile(t.db, 'assessments', ASSESSMENTS)
      await expectFresh(t.db)
      expect(await rankOf(t.db, 'LA.TAN_AN', 2022, 'ALL')).toEqual({ rank: 1, prev: null })
      expect(await rankOf(t.db, 'LA.DUC_HUE', 2022, 'ALL')).toEqual({ rank: 1, prev: null })
      expect(await rankOf(t.db, 'LA.THANH_HOA', 2022, 'ALL')).toEqual({ rank: 3, prev: null })
      expect(await rankOf(t.db, 'LA.THANH_HOA', 2023, 'ALL')).toEqual({ rank: 1, prev: 3 })
      expect(await rankOf(t.db, 'LA.DUC_HUE', 2023, 'ALL')).toEqual({ rank: 3, prev: 1 })
      // Departments are their own cohort under the same parent.
      expect(await rankOf(t.db, 'LA.SO_NOI_VU', 2023, 'ALL')).toEqual({ rank: 1, prev: null })
      // Imported rows are drafts: nothing is ranked for the public yet.
      expect(await rankOf(t.db, 'LA.THANH_HOA', 2023, 'PUBLISHED')).toBeNull()
    })

    it('publishing a cohort-year ranks it for the public; returning it to draft removes it', async () => {
      const input = {
        parentCode: 'LA',
        kind: 'DISTRICT',
        year: 2023,
        decisionNo: '1/QĐ',
        decisionDate: null,
      }
      await setCohortStatus(t.db, input, 'PUBLISHED', EDITOR)
      await expectFresh(t.db)
      // 2022 is still a draft, so the public sees no previous year.
      expect(await rankOf(t.db, 'LA.THANH_HOA', 2023, 'PUBLISHED')).toEqual({ rank: 1, prev: null })
      await setCohortStatus(t.db, { ...input, year: 2022 }, 'PUBLISHED', EDITOR)
      await expectFresh(t.db)
      expect(await rankOf(t.db, 'LA.THANH_HOA', 2023, 'PUBLISHED')).toEqual({ rank: 1, prev: 3 })
      await setCohortStatus(t.db, { ...input, year: 2022 }, 'DRAFT', EDITOR)
      await expectFresh(t.db)
      expect(await rankOf(t.db, 'LA.THANH_HOA', 2022, 'PUBLISHED')).toBeNull()
    })

    it('a corrected score re-ranks the cohort, and undoing the correction restores the ranks', async () => {
      const before = await storedRanks(t.db)
      const result = await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,max_points,points', 'LA.DUC_HUE,2023,100,99'),
      )
      await expectFresh(t.db)
      expect(await rankOf(t.db, 'LA.DUC_HUE', 2023, 'ALL')).toEqual({ rank: 1, prev: 1 })
      expect(await rankOf(t.db, 'LA.THANH_HOA', 2023, 'ALL')).toEqual({ rank: 2, prev: 3 })
      await undoImport(t.db, result.batchId!, EDITOR)
      await expectFresh(t.db)
      expect(await storedRanks(t.db)).toEqual(before)
    })

    it('a unit moved to another parent from a date leaves its earlier years’ cohorts and ranks as they were', async () => {
      const before = await storedRanks(t.db)
      const cohortsOf = () =>
        t.db
          .selectFrom('cohort_rank')
          .select(['parent_code', 'year', 'rank'])
          .where('unit_code', '=', 'LA.DUC_HUE')
          .where('scope', '=', 'ALL')
          .orderBy('year')
          .execute()
      const earlier = await cohortsOf()
      expect(earlier.map((r) => [r.parent_code, Number(r.year)])).toEqual([
        ['LA', 2022],
        ['LA', 2023],
      ])
      await importFile(
        t.db,
        'units',
        csv(
          'code,name,kind,parent_code,valid_from,valid_to',
          'AG,Tỉnh An Giang,PROVINCE,VN,,',
          'LA.DUC_HUE,Huyện Đức Huệ,DISTRICT,AG,2024-01-01,2024',
        ),
      )
      await expectFresh(t.db)
      // The placement from 2024 is a fact of the map: the decisions of 2022 and 2023 stand.
      expect(await cohortsOf()).toEqual(earlier)
      expect(await storedRanks(t.db)).toEqual(before)
      expect(await rankOf(t.db, 'LA.THANH_HOA', 2022, 'ALL')).toEqual({ rank: 3, prev: null })
      expect(await rankOf(t.db, 'LA.DUC_HUE', 2022, 'ALL')).toEqual({ rank: 1, prev: null })
      const placements = await t.db
        .selectFrom('unit_placement')
        .select(['parent_code', 'valid_from', 'valid_to'])
        .where('unit_code', '=', 'LA.DUC_HUE')
        .orderBy('valid_from')
        .execute()
      expect(placements.map((p) => [p.parent_code, p.valid_to])).toEqual([
        ['LA', '2023-12-31'],
        ['AG', '2024-12-31'],
      ])
      // Its first year under the new parent is ranked in the new parent's cohort.
      await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,max_points,points', 'LA.DUC_HUE,2024,100,70'),
      )
      await expectFresh(t.db)
      const joined = await cohortsOf()
      expect(joined.map((r) => [r.parent_code, Number(r.year), Number(r.rank)])).toEqual([
        ['LA', 2022, 1],
        ['LA', 2023, 3],
        ['AG', 2024, 1],
      ])
      expect(await rankOf(t.db, 'LA.DUC_HUE', 2024, 'ALL')).toEqual({ rank: 1, prev: null })
    })

    it('a file of one year re-ranks that year and leaves the other years as stored', async () => {
      // A mark no rebuild would write: it stays only where the ranks are not rebuilt.
      const mark = () =>
        t.db
          .updateTable('cohort_rank')
          .set({ rank: 99 })
          .where('parent_code', '=', 'LA')
          .where('scope', '=', 'ALL')
          .where('year', '=', 2022)
          .execute()
      const marked = async () =>
        (await storedRanks(t.db)).filter((r) => r.key.startsWith('LA|DISTRICT||ALL|2022|'))
      await mark()
      await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,max_points,points', 'LA.TAN_AN,2023,100,85'),
      )
      expect(await rankOf(t.db, 'LA.TAN_AN', 2023, 'ALL')).toEqual({ rank: 1, prev: 99 })
      expect((await marked()).map((r) => r.rank)).toEqual([99, 99, 99])
      await refreshCohortRanks(t.db, {
        parents: new Set(['LA']),
        scopes: ['ALL'],
        years: new Set([2022]),
      })
      await expectFresh(t.db)
      // A unit's change of level re-ranks every year of the cohorts it was ranked in; the years
      // published are returned to draft first (a published year is never re-levelled).
      await setCohortStatus(
        t.db,
        { parentCode: 'LA', kind: 'DISTRICT', year: 2023, decisionNo: null, decisionDate: null },
        'DRAFT',
        EDITOR,
      )
      await mark()
      await importFile(
        t.db,
        'units',
        csv(
          'code,name,kind,parent_code,valid_from,valid_to',
          'LA.TAN_AN,Thành phố Tân An,DEPARTMENT,LA,,2024',
        ),
      )
      await expectFresh(t.db)
    })

    it('a full rebuild gives the same ranks as the incremental ones', async () => {
      const incremental = await storedRanks(t.db)
      await refreshCohortRanks(t.db, { parents: 'all', scopes: RANK_SCOPES })
      expect(await storedRanks(t.db)).toEqual(incremental)
    })
  })
}
