// Test scaffolding: a small unit tree and scheme loaded through the importer itself.
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import type { Kysely } from 'kysely'
import { expect } from 'vitest'
import { syncReferenceData } from '#server/db/sync-reference-data.ts'
import type { Database } from '#server/db/schema.ts'
import { ImportRejectedError } from '#server/lib/errors.ts'
import type { ImportFileKind } from '#shared/import/import-columns.ts'
import type { SessionUser } from '#server/lib/app-env.ts'
import { runImport } from '../run-import.ts'
import type { ImportReport } from '#shared/dto/import.ts'
import type { DialectName } from '#server/db/create-db.ts'
import { createTestDb, type TestDb } from '#server/test/create-test-db.ts'

export const EDITOR: SessionUser = {
  id: 'u-editor',
  email: 'editor@example.vn',
  name: 'Biên tập viên',
  role: 'EDITOR',
}

export function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`./${name}`, import.meta.url))
}

export function csv(...lines: string[]): Uint8Array {
  return new TextEncoder().encode(lines.join('\n'))
}

/** Rows as the one sheet of a workbook, as a province's table is saved from Excel. */
export async function workbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Kết quả')
  for (const row of rows) sheet.addRow(row)
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer)
}

export type RunOptions = {
  dryRun?: boolean
  parentCode?: string
  year?: number
  lang?: 'vi' | 'en'
  /** The file's name, as the history and an undo's refusal name the batch. */
  fileName?: string
}

export function importFile(
  db: Kysely<Database>,
  kind: ImportFileKind,
  bytes: Uint8Array,
  o: RunOptions = {},
) {
  return runImport(db, {
    kind,
    bytes,
    dryRun: o.dryRun ?? false,
    parentCode: o.parentCode,
    year: o.year,
    lang: o.lang ?? 'vi',
    actor: EDITOR,
    fileName: o.fileName,
  })
}

/** Imports units given as [code, name, kind, parent code] rows. */
export function importUnitRows(db: Kysely<Database>, units: readonly (readonly string[])[]) {
  return importFile(
    db,
    'units',
    csv('code,name,kind,parent_code', ...units.map((u) => u.join(','))),
  )
}

/**
 * A province's unit list: the province under VN, then its units, each [code, name, kind,
 * valid_from], placed under it from that date (an empty date: from the beginning).
 */
export function importProvinceUnits(
  db: Kysely<Database>,
  province: { code: string; name: string },
  units: readonly (readonly [string, string, string, string])[],
) {
  return importFile(
    db,
    'units',
    csv(
      'code,name,kind,parent_code,valid_from',
      `${province.code},${province.name},PROVINCE,VN,`,
      ...units.map(([code, name, kind, from]) => [code, name, kind, province.code, from].join(',')),
    ),
  )
}

/** Runs an import that must be rejected and returns the 422 body. */
export async function rejected(promise: Promise<unknown>): Promise<ImportReport> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof ImportRejectedError))
    throw new Error(`expected the file to be rejected, got ${String(error)}`)
  expect(error.status).toBe(422)
  expect(error.code).toBe('IMPORT_INVALID')
  return error.report
}

export async function loadBase(db: Kysely<Database>, withScheme = true): Promise<void> {
  await syncReferenceData(db)
  await importFile(db, 'units', fixture('units.csv'))
  if (withScheme) await importFile(db, 'schemes', fixture('schemes.csv'))
}

/** Each stored result's unit and block in `year`, by unit code: where a file's rows were ranked. */
export async function blocksOf(db: Kysely<Database>, year: number): Promise<string[][]> {
  const rows = await db
    .selectFrom('assessment')
    .select(['unit_code', 'cohort_block'])
    .where('year', '=', year)
    .orderBy('unit_code')
    .execute()
  return rows.map((r) => [r.unit_code, r.cohort_block])
}

export async function count(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** A fresh database with the fixture's reference data and units and these units, no scheme. */
export async function unitsTestDb(
  dialect: DialectName,
  units: readonly (readonly string[])[],
): Promise<TestDb> {
  const t = await createTestDb(dialect)
  await loadBase(t.db, false)
  await importUnitRows(t.db, units)
  return t
}
