// The present map in the benchmark's dataset: the law's shape (34 provinces, 3,321 communes, 13
// special zones, every old commune merged into a commune of its province's successor, districts
// dissolved) and loadable through the real import path, ranked in its new cohorts.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildMap2025, communesPerProvince, MAP_2025 } from './dataset-map-2025.ts'
import { buildUnits, type Dataset, generateDataset } from './dataset.ts'
import { type BenchDb, freshSqlite, importDataset, publishAll } from './load.ts'
import { GROWTH_SHAPES } from './scenarios.ts'

describe('the 2025 map', () => {
  it('has 34 provinces of 30–166 communes, 3,321 in all, 13 of them special zones', () => {
    const sizes = communesPerProvince()
    expect(sizes).toHaveLength(34)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(3_321)
    expect(Math.max(...sizes)).toBe(166)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(25)
    const map = buildMap2025(buildUnits(GROWTH_SHAPES['10x']))
    expect(map.communes).toHaveLength(3_321)
    expect(map.communes.filter((u) => u.title === 'DAC_KHU')).toHaveLength(13)
    expect(map.communes.every((u) => u.validFrom === '2025-07-01')).toBe(true)
  })

  it('merges 63 provinces into 34 and every old commune into one of its successor province', () => {
    const old = buildUnits({
      ...GROWTH_SHAPES['100x'],
      provinces: 63,
      districts: 693,
      communes: 10_600,
    })
    const map = buildMap2025(old)
    const merges = map.lineage.filter(([event, from]) => event === 'MERGE' && /^P\d+$/.test(from))
    expect(merges).toHaveLength(29)
    expect(map.newProvinces).toHaveLength(0)
    const communeMerges = map.lineage.filter(
      ([event, from]) => event === 'MERGE' && from.includes('.C'),
    )
    expect(communeMerges).toHaveLength(10_600)
    // P40's communes go to P06 (40 − 34), a commune of P06.
    const fromP40 = communeMerges.filter(([, from]) => from.startsWith('P40.'))
    expect(fromP40.length).toBeGreaterThan(0)
    expect(fromP40.every(([, , to]) => to.startsWith('P06.X'))).toBe(true)
    expect(map.lineage.filter(([event]) => event === 'DISSOLVE')).toHaveLength(693)
    // Every new commune has at least one predecessor at national scale.
    expect(new Set(communeMerges.map(([, , to]) => to)).size).toBe(3_321)
  })
})

describe('the 1× dataset with the 2025 map, through the real import path', () => {
  let dir: string
  let bench: BenchDb
  let dataset: Dataset
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'par-bench-map-'))
    bench = await freshSqlite(dir, 'map')
    dataset = generateDataset({ ...GROWTH_SHAPES['1x'], activity: false, map2025: true })
    await importDataset(bench.db, dataset)
    await publishAll(bench.db, dataset)
  }, 120_000)
  afterAll(async () => {
    await bench?.drop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('ranks each province’s communes in 2025 and all 3,321 nationally in 2026', async () => {
    const sizes = await bench.db
      .selectFrom('cohort_year')
      .select(['parent_code', 'kind', 'year', 'unit_count'])
      .where('scope', '=', 'PUBLISHED')
      .where('year', '>=', MAP_2025.provincialYear)
      .execute()
    const size = (parent: string, kind: string, year: number) =>
      sizes.find((s) => s.parent_code === parent && s.kind === kind && s.year === year)?.unit_count
    expect(size('P01', 'COMMUNE', 2025)).toBe(166)
    expect(size('P34', 'COMMUNE', 2025)).toBe(dataset.map2025Sizes.get('P34'))
    expect(size('VN', 'PROVINCE', 2025)).toBe(34)
    expect(size('VN', 'COMMUNE', 2026)).toBe(3_321)
  })

  it('places an old commune under its district until 30 June 2025 and a new one under its province', async () => {
    const placements = await bench.db
      .selectFrom('unit_placement')
      .select(['unit_code', 'parent_code', 'valid_from', 'valid_to'])
      .where('unit_code', 'in', ['P01.D01.C01', 'P01.X001'])
      .execute()
    expect(placements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          unit_code: 'P01.D01.C01',
          parent_code: 'P01.D01',
          valid_to: '2025-06-30',
        }),
        expect.objectContaining({
          unit_code: 'P01.X001',
          parent_code: 'P01',
          valid_from: '2025-07-01',
        }),
      ]),
    )
    const lineage = await bench.db
      .selectFrom('unit_lineage')
      .select(['event', 'to_code'])
      .where('from_code', '=', 'P01.D01.C01')
      .execute()
    expect(lineage).toEqual([{ event: 'MERGE', to_code: 'P01.X001' }])
  })
})
