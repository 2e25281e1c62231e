// The array literal read back by PostgreSQL itself, for every kind of text a file can hold, and
// for the numbers, dates and nulls of the bulk writer's typed columns.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, type TestDb } from '../test/create-test-db.ts'
import { pgArrayLiteral } from './pg-array-literal.ts'

const TEXTS = [
  'Xã Thạnh Hóa',
  '',
  ' ',
  'NULL',
  'null',
  'a,b',
  '{braces}',
  'say "hi"',
  'back\\slash',
  '\\"',
  'line\nbreak\ttab',
  "it's",
  'Quyết định số 12/QĐ-UBND, ngày 01/02/2024',
  '=SUM(A1)',
  '😀 emoji',
  'x'.repeat(5_000),
]

describe('pgArrayLiteral', () => {
  it('leaves a column with a value of another kind to node-postgres', () => {
    expect(pgArrayLiteral(['a', new Date(0)])).toBeUndefined()
    expect(pgArrayLiteral([{ a: 1 }])).toBeUndefined()
  })

  it('writes numbers, booleans and nulls unquoted', () => {
    expect(pgArrayLiteral([1, 2.5, -0.125, null, undefined, true])).toBe(
      '{1,2.5,-0.125,NULL,NULL,true}',
    )
    expect(pgArrayLiteral([])).toBe('{}')
  })
})

describe('pgArrayLiteral read by PostgreSQL', () => {
  let t: TestDb
  beforeAll(async () => {
    t = await createTestDb('postgres')
  })
  afterAll(() => t.destroy())

  it('reads every text back as written, nulls as null', async () => {
    const values = [...TEXTS, null]
    const { rows } = await sql<{ value: string | null }>`
        select value from unnest(${pgArrayLiteral(values)}::text[]) with ordinality as u(value, n)
        order by n`.execute(t.db)
    expect(rows.map((r) => r.value)).toEqual(values)
  })

  it('reads integers, doubles and dates as their types', async () => {
    const { rows } = await sql<{ i: number | null; d: number | null; day: string | null }>`
        select i, d, to_char(day, 'YYYY-MM-DD') as day
        from unnest(${pgArrayLiteral([2024, null, -3])}::integer[],
                    ${pgArrayLiteral([80.125, 0.1 + 0.2, null])}::double precision[],
                    ${pgArrayLiteral(['2025-07-01', null, '2024-12-31'])}::date[])
             as u(i, d, day)`.execute(t.db)
    expect(rows).toEqual([
      { i: 2024, d: 80.125, day: '2025-07-01' },
      { i: null, d: 0.1 + 0.2, day: null },
      { i: -3, d: null, day: '2024-12-31' },
    ])
  })
})
