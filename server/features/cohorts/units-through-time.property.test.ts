// The promise of ADR 014 as a property: whatever is done to the map for a later year — units
// moved to another parent from a date, districts and provinces merged, new units placed and
// assessed, the same files imported again — every ranking and every sentence of every earlier
// year reads byte-identical. Random trees and scores (seeded, so a failure replays) through the
// real import path, on SQLite and PostgreSQL.
import type { Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { summarySentence } from '#shared/text/summary-sentence.ts'
import type { Database } from '../../db/schema.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { csv, importFile } from '../imports/__fixtures__/fixture-db.ts'
import { toGradeBands } from '#server/cohorts/cohorts.mapper.ts'
import { findCohortYearCounts } from '#server/cohorts/cohorts.repository.ts'
import { toRankingEntry } from '../rankings/rankings.mapper.ts'
import { findRanking } from '../rankings/rankings.repository.ts'
import { findSummaryRow } from '../summary/summary.repository.ts'
import { toSummaryFacts } from '../summary/summary.mapper.ts'
import { findUnitRow } from '#server/cohorts/cohorts.repository.ts'

const EDITORS = { includeDrafts: true }
const HISTORY = [2019, 2020, 2021, 2022, 2023, 2024]

/** A small deterministic generator (mulberry32): the same seed gives the same map and scores. */
function random(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Tree = {
  provinces: string[]
  districts: string[]
  communes: string[]
  departments: string[]
  names: Map<string, string>
}

async function loadHistory(db: Kysely<Database>, next: () => number): Promise<Tree> {
  const units = ['code,name,kind,parent_code,valid_from,valid_to', 'VN,Việt Nam,COUNTRY,,,']
  const tree: Tree = {
    provinces: [],
    districts: [],
    communes: [],
    departments: [],
    names: new Map(),
  }
  for (const p of ['PA', 'PB']) {
    units.push(`${p},Tỉnh ${p},PROVINCE,,2019,`)
    tree.provinces.push(p)
    for (let d = 1; d <= 3 + Math.floor(next() * 3); d++) {
      const district = `${p}.D${d}`
      tree.names.set(district, `Huyện ${p} ${d}`)
      units.push(`${district},Huyện ${p} ${d},DISTRICT,${p},2019,`)
      tree.districts.push(district)
      for (let c = 1; c <= 2 + Math.floor(next() * 4); c++) {
        tree.names.set(`${district}.C${c}`, `Xã ${p} ${d}-${c}`)
        units.push(`${district}.C${c},Xã ${p} ${d}-${c},COMMUNE,${district},2019,`)
        tree.communes.push(`${district}.C${c}`)
      }
    }
    for (let s = 1; s <= 3; s++) {
      units.push(`${p}.S${s},Sở ${p} ${s},DEPARTMENT,${p},2019,`)
      tree.departments.push(`${p}.S${s}`)
    }
  }
  await importFile(db, 'units', csv(...units))
  const rows = ['unit_code,year,max_points,points,rank,cohort_size']
  for (const year of HISTORY) {
    for (const code of [
      ...tree.provinces,
      ...tree.districts,
      ...tree.communes,
      ...tree.departments,
    ]) {
      if (next() < 0.1) continue // not every unit every year
      const points = Math.round((55 + next() * 45) * 100) / 100
      // Some decisions published a rank and size of their own (a partial table).
      const published = next() < 0.2 ? `${1 + Math.floor(next() * 20)},40` : ','
      rows.push(`${code},${year},100,${points},${published}`)
    }
  }
  await importFile(db, 'assessments', csv(...rows))
  return tree
}

/** Every ranking line and sentence of every cohort-year up to 2024, as JSON text. */
async function snapshotHistory(db: Kysely<Database>): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const c of await findCohortYearCounts(db, EDITORS)) {
    const year = Number(c.year)
    if (year > 2024) continue
    const cohort = { parentCode: c.parent_code, kind: c.kind, block: c.block }
    const found = await findRanking(db, cohort, year, EDITORS)
    const bands = toGradeBands(found.bands, found.schemeId)
    const lines = found.rows.map((row) => toRankingEntry(row, year, bands, found.shape))
    out.set(
      `${c.parent_code}|${c.kind}|${c.block}|${year}`,
      JSON.stringify({ shape: found.shape, lines }),
    )
    for (const line of lines) {
      const unit = await findUnitRow(db, line.unit.code)
      const parts = unit && (await findSummaryRow(db, unit, year, EDITORS))
      if (!unit || !parts) continue
      const facts = toSummaryFacts(parts, unit.kind)
      out.set(
        `${line.unit.code}|${year}`,
        summarySentence(facts, 'vi') + summarySentence(facts, 'en'),
      )
    }
  }
  return out
}

/** The 2025 map: communes moved, districts and a province merged, new units, new results. */
async function changeTheMap(db: Kysely<Database>, tree: Tree, next: () => number) {
  const moved = tree.communes.filter(() => next() < 0.4)
  const units = ['code,name,kind,parent_code,title,valid_from,valid_to']
  for (const code of moved) units.push(`${code},${tree.names.get(code)},COMMUNE,PA,XA,2025-07-01,`)
  for (const d of tree.districts)
    units.push(`${d},${tree.names.get(d)},DISTRICT,${d.split('.')[0]},HUYEN,2019,2025-06-30`)
  units.push('PB,Tỉnh PB,PROVINCE,VN,TINH,2019,2025-06-30')
  units.push('PA.N1,Phường Mới 1,COMMUNE,PA,PHUONG,2025-07-01,')
  units.push('PA.N2,Xã Mới 2,COMMUNE,PA,XA,2025-07-01,')
  await importFile(db, 'units', csv(...units))
  const lineage = ['event,from_code,to_code,effective_date']
  lineage.push('MERGE,PB,PA,2025-07-01')
  for (const d of tree.districts.slice(0, 2)) lineage.push(`DISSOLVE,${d},,2025-07-01`)
  if (tree.communes.length > 1) lineage.push(`MERGE,${tree.communes[0]},PA.N1,2025-07-01`)
  await importFile(db, 'lineage', csv(...lineage))
  const rows = ['unit_code,year,index_pct,rank,cohort_size,cohort']
  rows.push('PA.N1,2025,91.5,1,2,Phường')
  rows.push('PA.N2,2025,88,1,3,Xã, đặc khu'.replace('Xã, đặc khu', '"Xã, đặc khu"'))
  for (const code of moved.slice(0, 2))
    rows.push(`${code},2025,${80 + next() * 10},,3,"Xã, đặc khu"`)
  rows.push('PA,2025,90.1,3,34,')
  await importFile(db, 'assessments', csv(...rows))
  // The same files again change nothing that was published before.
  await importFile(db, 'units', csv(...units))
}

for (const dialect of TEST_DIALECTS) {
  describe(`earlier years never move (${dialect})`, () => {
    let t: TestDb | undefined
    afterEach(async () => {
      await t?.destroy()
      t = undefined
    })

    for (const seed of [7, 2025]) {
      it(`seed ${seed}: every ranking and sentence up to 2024 is byte-identical after the 2025 map`, async () => {
        t = await createTestDb(dialect)
        const next = random(seed)
        const tree = await loadHistory(t.db, next)
        const before = await snapshotHistory(t.db)
        expect(before.size).toBeGreaterThan(40)
        await changeTheMap(t.db, tree, next)
        const after = await snapshotHistory(t.db)
        expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
        for (const [key, text] of before) expect(after.get(key), key).toBe(text)
        // The new year exists beside the history, in its blocks.
        const cohorts = await findCohortYearCounts(t.db, EDITORS)
        const blocks = cohorts.filter((c) => Number(c.year) === 2025).map((c) => c.block)
        expect(blocks).toEqual(expect.arrayContaining(['Phường', 'Xã, đặc khu']))
      }, 60_000)
    }
  })
}
