import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { formatFieldPoints, parseFieldPoints } from '#server/db/field-points.ts'
import type { Database } from '#server/db/schema.ts'
import type { Archive } from './archive-format.ts'
import { migrations } from '#server/db/migrations/index.ts'
import { ARCHIVE_TABLES, assertTablesKnown } from './archive-tables.ts'
import { encodeArchive, exportArchive } from './export-archive.ts'
import { decodeArchive, restoreArchive } from './restore-archive.ts'

const NOW = '2026-11-23T08:00:00.000Z'
/** A double that only survives a round trip written in full (0.30000000000000004). */
const FIELD_POINTS = formatFieldPoints([{ field_code: 'F1', points: 0.1 + 0.2, max_points: null }])

/** At least one row in every table, with Vietnamese text, awkward doubles and a deep unit tree. */
async function fillEveryTable(db: Kysely<Database>): Promise<void> {
  // A parent whose code sorts after 600 children: restore must write every unit before the
  // placements that refer to them, across chunks.
  await db
    .insertInto('unit')
    .values({
      code: 'ZZ_TINH',
      name: 'Tỉnh Thử Nghiệm',
      name_key: 'tỉnh thử nghiệm',
      kind: 'PROVINCE',
      valid_from: null,
      valid_to: null,
      import_batch_id: null,
      updated_at: NOW,
    })
    .execute()
  const children = Array.from({ length: 600 }, (_, i) => ({
    code: `AA_XA_${String(i).padStart(3, '0')}`,
    name: `Xã số ${i}`,
    name_key: `xã số ${i}`,
    kind: 'COMMUNE',
    valid_from: '2025-07-01',
    valid_to: null,
    import_batch_id: null,
    updated_at: NOW,
  }))
  for (let i = 0; i < children.length; i += 100)
    await db
      .insertInto('unit')
      .values(children.slice(i, i + 100))
      .execute()
  await db
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
        valid_to: '2024-12-31',
        import_batch_id: 'b1',
        updated_at: NOW,
      },
    ])
    .execute()
  const placed = (
    unit_code: string,
    valid_from: string,
    valid_to: string | null,
    parent_code: string | null,
    title: string | null,
  ) => ({ unit_code, valid_from, valid_to, parent_code, title })
  const placements = [
    placed('ZZ_TINH', '1900-01-01', null, null, 'TINH'),
    ...children.map((c) => placed(c.code, '2025-07-01', null, 'ZZ_TINH', 'XA')),
    placed('LONG_AN', '1900-01-01', null, null, 'TINH'),
    // Two periods of one unit: another title from 2020, then its end with the district level.
    placed('LONG_AN.THANH_HOA', '1900-01-01', '2019-12-31', 'LONG_AN', 'HUYEN'),
    placed('LONG_AN.THANH_HOA', '2020-01-01', '2024-12-31', 'LONG_AN', 'THI_XA'),
  ]
  for (let i = 0; i < placements.length; i += 100)
    await db
      .insertInto('unit_placement')
      .values(placements.slice(i, i + 100))
      .execute()
  await db
    .insertInto('unit_lineage')
    .values({
      id: 'l1',
      event: 'MERGE',
      from_code: 'LONG_AN.THANH_HOA',
      to_code: 'AA_XA_001',
      effective_date: '2025-07-01',
      note: 'Sáp nhập “đặc biệt”',
    })
    .execute()
  await db
    .insertInto('scheme')
    .values({
      id: 's1',
      province_code: 'LONG_AN',
      unit_kind: 'DISTRICT',
      year_from: 2022,
      year_to: null,
      name: 'Bộ chỉ số cấp huyện',
      decision_no: '123/QĐ-UBND',
      updated_at: NOW,
    })
    .execute()
  await db
    .insertInto('scheme_field')
    .values({
      scheme_id: 's1',
      field_code: 'F1',
      max_points: 96.5,
      component: 'APPRAISAL',
      sort_order: 1,
      appraisal_max: 65,
      survey_max: 31.5,
    })
    .execute()
  await db
    .insertInto('scheme_criterion')
    .values({
      scheme_id: 's1',
      field_code: 'F1',
      criterion_code: '1.1',
      name: 'Mức độ hài lòng của người dân',
      max_points: 0.1 + 0.2,
      component: 'SURVEY',
      sort_order: 0,
    })
    .execute()
  await db
    .insertInto('scheme_grade_band')
    .values({
      scheme_id: 's1',
      grade_code: 'GOOD',
      label_vi: 'Tốt',
      label_en: 'Good',
      min_pct: 80,
      sort_order: 1,
      min_inclusive: 0,
    })
    .execute()
  await db
    .insertInto('assessment')
    .values([
      {
        unit_code: 'LONG_AN.THANH_HOA',
        year: 2023,
        max_points: 100,
        points: 80.1,
        index_pct: 80.1,
        grade: 'GOOD',
        status: 'PUBLISHED',
        decision_no: '45/QĐ',
        decision_date: '2024-03-15',
        published_rank: 5,
        published_grade: 'Tốt',
        published_index_pct: 80.1,
        import_batch_id: 'b1',
        updated_at: NOW,
        cohort_parent_code: 'LONG_AN',
        cohort_block: '',
        published_cohort_size: 15,
      },
      {
        unit_code: 'LONG_AN.THANH_HOA',
        year: 2022,
        max_points: 96.5,
        points: 72.14,
        index_pct: 74.75,
        grade: null,
        status: 'DRAFT',
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
      },
    ])
    .execute()
  await db
    .updateTable('assessment')
    .set({ field_points: FIELD_POINTS })
    .where('unit_code', '=', 'LONG_AN.THANH_HOA')
    .where('year', '=', 2023)
    .execute()
  await db
    .insertInto('task_result')
    .values({
      unit_code: 'LONG_AN.THANH_HOA',
      year: 2022,
      field_code: '',
      content_area: '',
      done_on_time: 59,
      done_late: 0,
      in_progress: 0,
      overdue: 0,
      not_started: 0,
      cancelled: 0,
      import_batch_id: null,
      updated_at: NOW,
    })
    .execute()
  await db
    .insertInto('award_type')
    .values({
      code: 'MERIT_CERTIFICATE',
      name_vi: 'Giấy khen',
      name_en: 'Certificate of merit',
      family: 'CERTIFICATE',
      recipients: 'COLLECTIVE,INDIVIDUAL',
      issuers: 'DISTRICT',
      sort_order: 0,
    })
    .execute()
  await db
    .insertInto('award_issuer_rule')
    .values({
      award_code: 'MERIT_CERTIFICATE',
      issuer_level: 'DISTRICT',
      valid_from: '2000-01-01',
      valid_to: '2025-06-30',
    })
    .execute()
  await db
    .insertInto('award_grant')
    .values({
      id: 'g1',
      grant_key: 'k1',
      unit_code: 'LONG_AN.THANH_HOA',
      year: 2022,
      award_code: 'MERIT_CERTIFICATE',
      recipient_type: 'INDIVIDUAL',
      count: 1,
      recipient_name: 'Nguyễn Thị Ánh Tuyết',
      issuer_level: 'DISTRICT',
      decision_no: null,
      decision_date: '2023-01-09',
      reason: 'PAR',
      import_batch_id: 'b1',
      updated_at: NOW,
    })
    .execute()
  await db
    .insertInto('import_batch')
    .values({
      id: 'b1',
      kind: 'assessments',
      file_name: 'Kết quả 2023.xlsx',
      content_hash: 'abc',
      status: 'APPLIED',
      row_count: 2,
      inserted: 1,
      updated: 1,
      unchanged: 0,
      created_by: 'u1',
      created_at: NOW,
      undone_by: null,
      undone_at: null,
    })
    .execute()
  await db
    .insertInto('audit_log')
    .values({
      id: 'a1',
      at: NOW,
      actor_id: 'u1',
      actor_email: 'lan@so-noi-vu.vn',
      action: 'UPDATE',
      entity: 'assessment',
      entity_key: 'LONG_AN.THANH_HOA/2023',
      before_json: '{"points":74.75}',
      after_json: '{"points":80.1}',
      import_batch_id: 'b1',
    })
    .execute()
  await db
    .insertInto('app_user')
    .values({
      id: 'u1',
      email: 'lan@so-noi-vu.vn',
      name: 'Trần Thị Lan',
      role: 'EDITOR',
      password_hash: 'scrypt$32768$8$1$c2FsdA$aGFzaA',
      created_at: NOW,
      disabled_at: null,
    })
    .execute()
  await db
    .insertInto('user_session')
    .values({
      id: 'f'.repeat(64),
      user_id: 'u1',
      created_at: NOW,
      expires_at: '2026-11-23T20:00:00.000Z',
    })
    .execute()
  await db
    .insertInto('login_attempt')
    .values({ id: 'la1', attempt_key: 'email:x@y.vn', at: NOW })
    .execute()
  await db
    .insertInto('app_setting')
    .values({ key: 'read_access', value: 'login', updated_at: NOW })
    .execute()
}

const counts = (a: Archive) => Object.fromEntries(a.tables.map((t) => [t.name, t.rowCount]))
const checksums = (a: Archive) => Object.fromEntries(a.tables.map((t) => [t.name, t.checksum]))
const cell = (
  a: Archive,
  table: string,
  column: string,
  where: (row: unknown[], cols: string[]) => boolean,
) => {
  const t = a.tables.find((x) => x.name === table)!
  return t.rows.find((r) => where(r, t.columns))?.[t.columns.indexOf(column)]
}

describe('archive: the table list matches the migrated schema', () => {
  for (const dialect of TEST_DIALECTS) {
    it(dialect, async () => {
      const t = await createTestDb(dialect)
      try {
        await expect(assertTablesKnown(t.db, dialect)).resolves.toBeUndefined()
        expect(ARCHIVE_TABLES).toHaveLength(19)
      } finally {
        await t.destroy()
      }
    })
  }
})

describe('archive round trip SQLite → PostgreSQL → SQLite', () => {
  const dbs: TestDb[] = []
  let first: Archive

  beforeAll(async () => {
    const source = await createTestDb('sqlite')
    dbs.push(source)
    await fillEveryTable(source.db)
    first = decodeArchive(encodeArchive(await exportArchive(source.db)))
  })
  afterAll(async () => {
    for (const t of dbs) await t.destroy()
  })

  it('exports every table with counts, checksums and the migration list', () => {
    expect(first.tables.map((t) => t.name)).toEqual(ARCHIVE_TABLES.map((t) => t.name))
    for (const table of first.tables) expect(table.rowCount, table.name).toBeGreaterThan(0)
    expect(counts(first).unit).toBe(603)
    expect(counts(first).unit_placement).toBe(604)
    expect(first.tables.map((t) => t.name).slice(1, 3)).toEqual(['unit', 'unit_placement'])
    expect(first.migrations).toEqual(Object.keys(migrations))
    expect(first.sourceDialect).toBe('sqlite')
  })

  it('loses nothing across dialects: counts, checksums, Vietnamese text and doubles', async () => {
    // One PostgreSQL test schema at a time: Kysely's migrator looks for its own tables in every
    // schema, so a second live test schema can make the next createTestDb fail.
    const pg = await createTestDb('postgres')
    let second: Archive
    try {
      const summary = await restoreArchive(pg.db, first)
      expect(summary.totalRows).toBe(Object.values(counts(first)).reduce((a, b) => a + b, 0))
      second = await exportArchive(pg.db)
    } finally {
      await pg.destroy()
    }
    expect(second.sourceDialect).toBe('postgres')

    const back = await createTestDb('sqlite')
    dbs.push(back)
    await restoreArchive(back.db, decodeArchive(encodeArchive(second)))
    const third = await exportArchive(back.db)

    for (const archive of [second, third]) {
      expect(counts(archive)).toEqual(counts(first))
      expect(checksums(archive)).toEqual(checksums(first))
      expect(archive.tables.map((t) => t.rows)).toEqual(first.tables.map((t) => t.rows))
    }
    const isThanhHoa = (year: number) => (r: unknown[], c: string[]) =>
      r[c.indexOf('unit_code')] === 'LONG_AN.THANH_HOA' && r[c.indexOf('year')] === year
    expect(cell(third, 'assessment', 'index_pct', isThanhHoa(2023))).toBe(80.1)
    expect(cell(third, 'assessment', 'index_pct', isThanhHoa(2022))).toBe(74.75)
    expect(cell(third, 'assessment', 'max_points', isThanhHoa(2022))).toBe(96.5)
    const points = cell(third, 'assessment', 'field_points', isThanhHoa(2023))
    expect(points).toBe(FIELD_POINTS)
    expect(parseFieldPoints('', 2023, points as string)[0]?.points).toBe(0.1 + 0.2)
    expect(cell(third, 'award_grant', 'recipient_name', () => true)).toBe('Nguyễn Thị Ánh Tuyết')
    expect(cell(third, 'unit_lineage', 'effective_date', () => true)).toBe('2025-07-01')
    const isUnit = (code: string) => (r: unknown[], c: string[]) => r[c.indexOf('code')] === code
    expect(cell(third, 'unit', 'valid_to', isUnit('LONG_AN.THANH_HOA'))).toBe('2024-12-31')
    expect(cell(third, 'unit', 'valid_from', isUnit('AA_XA_001'))).toBe('2025-07-01')
    expect(cell(third, 'assessment', 'published_cohort_size', isThanhHoa(2023))).toBe(15)
    expect(cell(third, 'assessment', 'cohort_parent_code', isThanhHoa(2023))).toBe('LONG_AN')
    const periods = await back.db
      .selectFrom('unit_placement')
      .select(['valid_from', 'valid_to', 'parent_code', 'title'])
      .where('unit_code', '=', 'LONG_AN.THANH_HOA')
      .orderBy('valid_from')
      .execute()
    expect(periods).toEqual([
      { valid_from: '1900-01-01', valid_to: '2019-12-31', parent_code: 'LONG_AN', title: 'HUYEN' },
      { valid_from: '2020-01-01', valid_to: '2024-12-31', parent_code: 'LONG_AN', title: 'THI_XA' },
    ])
    const child = await back.db
      .selectFrom('unit_placement')
      .select(['valid_from', 'parent_code'])
      .where('unit_code', '=', 'AA_XA_599')
      .executeTakeFirstOrThrow()
    expect(child).toEqual({ valid_from: '2025-07-01', parent_code: 'ZZ_TINH' })
    expect(cell(third, 'award_issuer_rule', 'valid_to', () => true)).toBe('2025-06-30')
    expect(cell(third, 'scheme_criterion', 'max_points', () => true)).toBe(0.1 + 0.2)
    expect(cell(third, 'scheme_grade_band', 'min_inclusive', () => true)).toBe(0)
    const row = await back.db
      .selectFrom('unit')
      .select('name')
      .where('code', '=', 'LONG_AN.THANH_HOA')
      .executeTakeFirstOrThrow()
    expect(row.name).toBe('Huyện Thạnh Hóa')
    // Stored ranks are not archived: the restore rebuilt them from the restored assessments.
    const ranked = await back.db
      .selectFrom('cohort_rank')
      .select(['scope', 'rank'])
      .where('unit_code', '=', 'LONG_AN.THANH_HOA')
      .where('year', '=', 2023)
      .orderBy('scope')
      .execute()
    expect(ranked.map((r) => r.scope)).toEqual(['ALL', 'PUBLISHED'].slice(0, ranked.length))
    expect(ranked.length).toBeGreaterThan(0)
  })

  for (const dialect of TEST_DIALECTS) {
    it(`${dialect}: refuses to restore into a non-empty database and writes nothing`, async () => {
      const target = await createTestDb(dialect)
      try {
        await target.db
          .insertInto('app_setting')
          .values({ key: 'read_access', value: 'public', updated_at: NOW })
          .execute()
        await expect(restoreArchive(target.db, first)).rejects.toThrow(
          /not empty \(rows in app_setting\)/,
        )
        expect(await target.db.selectFrom('unit').select('code').execute()).toEqual([])
      } finally {
        await target.destroy()
      }
    })

    it(`${dialect}: refuses an archive whose migrations differ`, async () => {
      const target = await createTestDb(dialect)
      try {
        const other: Archive = {
          ...first,
          migrations: [...first.migrations, '2027_01_01_00_00_00_add_thing'],
        }
        await expect(restoreArchive(target.db, other)).rejects.toThrow(/Migrations differ/)
      } finally {
        await target.destroy()
      }
    })
  }

  it('refuses a damaged or foreign file', () => {
    const damaged: Archive = structuredClone(first)
    damaged.tables[1]!.rows[0]![1] = 'Tên bị sửa'
    expect(() => decodeArchive(encodeArchive(damaged))).toThrow(/checksum of unit does not match/)
    const short: Archive = structuredClone(first)
    short.tables[1]!.rows.pop()
    expect(() => decodeArchive(encodeArchive(short))).toThrow(
      /unit holds 602 rows, header says 603/,
    )
    expect(() => decodeArchive(Buffer.from('plain text'))).toThrow(/gzip-compressed JSON expected/)
    expect(() =>
      decodeArchive(encodeArchive({ ...first, format: 'other' } as unknown as Archive)),
    ).toThrow(/Not a PAR Dashboard archive: format/)
  })
})
