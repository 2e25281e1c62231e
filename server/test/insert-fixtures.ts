// Small helpers that write rows straight into the tables, so repository and route tests state
// their data in a few lines (the import feature is not needed to test reads).
import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import { indexPct } from '#shared/kpi/index-pct.ts'
import type { TaskCounts } from '#shared/domain/task-statuses.ts'
import { formatFieldPoints } from '../db/field-points.ts'
import type { Database } from '../db/schema.ts'
import { syncReferenceData } from '../db/sync-reference-data.ts'
import { RANK_SCOPES, refreshCohortRanks } from '#server/cohorts/refresh-cohort-ranks.ts'
import { storeUnitActivity } from '#server/cohorts/store-cohort-activity.ts'
import { createSession, SESSION_COOKIE } from '../lib/session.ts'

const NOW = '2026-01-01T00:00:00.000Z'

export type UnitFixture = {
  code: string
  name: string
  kind: string
  parentCode?: string | null
  /** Years (the unit's first and last) or ISO dates. */
  validFrom?: number | string | null
  validTo?: number | string | null
  title?: string | null
}

const asStart = (v: number | string | null | undefined) =>
  v === null || v === undefined ? null : typeof v === 'number' ? `${v}-01-01` : v
const asEnd = (v: number | string | null | undefined) =>
  v === null || v === undefined ? null : typeof v === 'number' ? `${v}-12-31` : v

/** The smallest tree a fact can hang on: the country and one province. */
export const COUNTRY_AND_PROVINCE: UnitFixture[] = [
  { code: 'VN', name: 'Việt Nam', kind: 'COUNTRY' },
  { code: 'LONG_AN', name: 'Tỉnh Long An', kind: 'PROVINCE', parentCode: 'VN' },
]

export async function insertUnits(db: Kysely<Database>, units: UnitFixture[]): Promise<void> {
  if (units.length === 0) return
  await db
    .insertInto('unit')
    .values(
      units.map((u) => ({
        code: u.code,
        name: u.name,
        name_key: u.name.normalize('NFC').toLowerCase(),
        kind: u.kind,
        valid_from: asStart(u.validFrom),
        valid_to: asEnd(u.validTo),
        import_batch_id: null,
        updated_at: NOW,
      })),
    )
    .execute()
  // One placement over the unit's validity, as the migration gives every existing unit.
  await db
    .insertInto('unit_placement')
    .values(
      units.map((u) => ({
        unit_code: u.code,
        valid_from: asStart(u.validFrom) ?? '1900-01-01',
        valid_to: asEnd(u.validTo),
        parent_code: u.parentCode ?? null,
        title: u.title ?? null,
      })),
    )
    .execute()
  await refreshCohortRanks(db, { parents: 'all', scopes: RANK_SCOPES })
}

export type AssessmentFixture = {
  unitCode: string
  year: number
  points: number
  maxPoints?: number
  status?: 'DRAFT' | 'PUBLISHED'
  grade?: string | null
  publishedRank?: number | null
  publishedGrade?: string | null
  publishedIndexPct?: number | null
  fields?: { code: string; points: number; maxPoints?: number | null }[]
  /** The cohort's parent when not the unit's parent that year; its block; the published size. */
  cohortParent?: string
  block?: string
  cohortSize?: number | null
}

export async function insertAssessments(
  db: Kysely<Database>,
  rows: AssessmentFixture[],
): Promise<void> {
  for (const a of rows) {
    const max = a.maxPoints ?? 100
    // The cohort as a decision would rank it: the parent in force that year, unless given.
    const placed =
      a.cohortParent ??
      (
        await db
          .selectFrom('unit_placement')
          .select('parent_code')
          .where('unit_code', '=', a.unitCode)
          .where('valid_from', '<=', `${a.year}-12-31`)
          .orderBy('valid_from', 'desc')
          .executeTakeFirst()
      )?.parent_code ??
      null
    await db
      .insertInto('assessment')
      .values({
        unit_code: a.unitCode,
        year: a.year,
        max_points: max,
        points: a.points,
        index_pct: indexPct(a.points, max),
        grade: a.grade ?? null,
        status: a.status ?? 'PUBLISHED',
        decision_no: null,
        decision_date: null,
        published_rank: a.publishedRank ?? null,
        published_grade: a.publishedGrade ?? null,
        published_index_pct: a.publishedIndexPct ?? null,
        import_batch_id: null,
        updated_at: NOW,
        field_points: formatFieldPoints(
          (a.fields ?? []).map((f) => ({
            field_code: f.code,
            points: f.points,
            max_points: f.maxPoints ?? null,
          })),
        ),
        cohort_parent_code: placed,
        cohort_block: a.block ?? '',
        published_cohort_size: a.cohortSize ?? null,
      })
      .execute()
  }
  // Fixtures bypass the writers, so they rebuild the derived ranks the way a writer would.
  await refreshCohortRanks(db, { parents: 'all', scopes: RANK_SCOPES })
}

export type TaskFixture = Partial<TaskCounts> & {
  unitCode: string
  year: number
  field?: string
  contentArea?: string
}

export async function insertTaskResults(db: Kysely<Database>, rows: TaskFixture[]): Promise<void> {
  if (rows.length === 0) return
  await db
    .insertInto('task_result')
    .values(
      rows.map((t) => ({
        unit_code: t.unitCode,
        year: t.year,
        field_code: t.field ?? '',
        content_area: t.contentArea ?? '',
        done_on_time: t.DONE_ON_TIME ?? 0,
        done_late: t.DONE_LATE ?? 0,
        in_progress: t.IN_PROGRESS ?? 0,
        overdue: t.OVERDUE ?? 0,
        not_started: t.NOT_STARTED ?? 0,
        cancelled: t.CANCELLED ?? 0,
        import_batch_id: null,
        updated_at: NOW,
      })),
    )
    .execute()
  // As a writer would, in the same step (ADR 030).
  await storeUnitActivity(
    db,
    rows.map((t) => t.unitCode),
  )
}

export type AwardFixture = {
  unitCode: string
  year: number
  awardCode: string
  recipientType: 'COLLECTIVE' | 'INDIVIDUAL' | 'HOUSEHOLD'
  count: number
  issuerLevel: string
  reason?: string
}

/** Inserts grants (and the award taxonomy they reference). */
export async function insertAwards(db: Kysely<Database>, rows: AwardFixture[]): Promise<void> {
  await syncReferenceData(db)
  for (const a of rows) {
    const id = randomUUID()
    await db
      .insertInto('award_grant')
      .values({
        id,
        grant_key: id,
        unit_code: a.unitCode,
        year: a.year,
        award_code: a.awardCode,
        recipient_type: a.recipientType,
        count: a.count,
        recipient_name: null,
        issuer_level: a.issuerLevel,
        decision_no: null,
        decision_date: null,
        reason: a.reason ?? 'PAR',
        import_batch_id: null,
        updated_at: NOW,
      })
      .execute()
  }
  await storeUnitActivity(
    db,
    rows.map((a) => a.unitCode),
  )
}

export async function insertLineage(
  db: Kysely<Database>,
  rows: { event: string; fromCode: string; toCode: string; effectiveDate: string; note?: string }[],
): Promise<void> {
  for (const l of rows) {
    await db
      .insertInto('unit_lineage')
      .values({
        id: randomUUID(),
        event: l.event,
        from_code: l.fromCode,
        to_code: l.toCode,
        effective_date: l.effectiveDate,
        note: l.note ?? null,
      })
      .execute()
  }
}

export type SchemeFixture = {
  provinceCode: string
  unitKind: string
  yearFrom: number
  yearTo?: number | null
  fields?: { code: string; maxPoints: number }[]
  bands?: {
    code: string
    labelVi: string
    labelEn: string
    minPct: number
    minInclusive?: boolean
  }[]
}

export async function insertScheme(db: Kysely<Database>, s: SchemeFixture): Promise<string> {
  const id = randomUUID()
  await db
    .insertInto('scheme')
    .values({
      id,
      province_code: s.provinceCode,
      unit_kind: s.unitKind,
      year_from: s.yearFrom,
      year_to: s.yearTo ?? null,
      name: `${s.provinceCode} ${s.unitKind} ${s.yearFrom}`,
      decision_no: null,
      updated_at: NOW,
    })
    .execute()
  for (const [i, f] of (s.fields ?? []).entries()) {
    await db
      .insertInto('scheme_field')
      .values({
        scheme_id: id,
        field_code: f.code,
        max_points: f.maxPoints,
        component: 'APPRAISAL',
        sort_order: i,
      })
      .execute()
  }
  for (const [i, b] of (s.bands ?? []).entries()) {
    await db
      .insertInto('scheme_grade_band')
      .values({
        scheme_id: id,
        grade_code: b.code,
        label_vi: b.labelVi,
        label_en: b.labelEn,
        min_pct: b.minPct,
        sort_order: i,
        min_inclusive: b.minInclusive === false ? 0 : 1,
      })
      .execute()
  }
  return id
}

/**
 * A small Long An district cohort used by the read-API tests:
 * 2022 — Tân An and Kiến Tường tie at 95.7 (both 1st), Đức Hòa 80 (3rd), Thạnh Hóa 74.75 (4th),
 *        Huyện Cũ 70 (5th, merged into Huyện Mới on 2023-01-01);
 * 2023 — Đức Hòa 99 (1st), Tân An and Kiến Tường 95.7 (both 2nd), Huyện Mới 85 (4th, no 2022),
 *        Thạnh Hóa 80.1 (5th: +5.35, −1 place); Châu Thành 97 is a DRAFT (2nd for editors).
 * Plus one department, a scheme with bands, field points, task results and awards.
 */
export async function insertCohortScenario(db: Kysely<Database>): Promise<void> {
  await insertUnits(db, [
    { code: 'VN', name: 'Việt Nam', kind: 'COUNTRY' },
    { code: 'LONG_AN', name: 'Tỉnh Long An', kind: 'PROVINCE', parentCode: 'VN' },
    { code: 'AN_GIANG', name: 'Tỉnh An Giang', kind: 'PROVINCE', parentCode: 'VN' },
    { code: 'LONG_AN.THANH_HOA', name: 'Huyện Thạnh Hóa', kind: 'DISTRICT', parentCode: 'LONG_AN' },
    { code: 'LONG_AN.TAN_AN', name: 'Thành phố Tân An', kind: 'DISTRICT', parentCode: 'LONG_AN' },
    {
      code: 'LONG_AN.KIEN_TUONG',
      name: 'Thị xã Kiến Tường',
      kind: 'DISTRICT',
      parentCode: 'LONG_AN',
    },
    { code: 'LONG_AN.DUC_HOA', name: 'Huyện Đức Hòa', kind: 'DISTRICT', parentCode: 'LONG_AN' },
    {
      code: 'LONG_AN.CHAU_THANH',
      name: 'Huyện Châu Thành',
      kind: 'DISTRICT',
      parentCode: 'LONG_AN',
    },
    {
      code: 'LONG_AN.CU',
      name: 'Huyện Cũ',
      kind: 'DISTRICT',
      parentCode: 'LONG_AN',
      validTo: 2022,
    },
    {
      code: 'LONG_AN.MOI',
      name: 'Huyện Mới',
      kind: 'DISTRICT',
      parentCode: 'LONG_AN',
      validFrom: 2023,
    },
    { code: 'LONG_AN.SO_NOI_VU', name: 'Sở Nội vụ', kind: 'DEPARTMENT', parentCode: 'LONG_AN' },
  ])
  await insertLineage(db, [
    { event: 'MERGE', fromCode: 'LONG_AN.CU', toCode: 'LONG_AN.MOI', effectiveDate: '2023-01-01' },
  ])
  await insertScheme(db, {
    provinceCode: 'LONG_AN',
    unitKind: 'DISTRICT',
    yearFrom: 2019,
    fields: [
      { code: 'LEADERSHIP', maxPoints: 10 },
      { code: 'IMPACT', maxPoints: 30 },
    ],
    bands: [
      { code: 'POOR', labelVi: 'Kém', labelEn: 'Poor', minPct: 0 },
      { code: 'AVERAGE', labelVi: 'Trung bình', labelEn: 'Average', minPct: 60 },
      { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minPct: 70 },
      { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80 },
    ],
  })
  const d = (code: string) => `LONG_AN.${code}`
  await insertAssessments(db, [
    { unitCode: d('TAN_AN'), year: 2022, points: 95.7, grade: 'GOOD' },
    { unitCode: d('KIEN_TUONG'), year: 2022, points: 95.7, grade: 'GOOD' },
    { unitCode: d('DUC_HOA'), year: 2022, points: 80, grade: 'GOOD' },
    { unitCode: d('THANH_HOA'), year: 2022, points: 74.75, grade: 'FAIR', publishedRank: 4 },
    { unitCode: d('CU'), year: 2022, points: 70, grade: null, publishedGrade: 'Khá' },
    {
      unitCode: d('DUC_HOA'),
      year: 2023,
      points: 99,
      grade: 'GOOD',
      fields: [
        { code: 'LEADERSHIP', points: 10 },
        { code: 'IMPACT', points: 29 },
      ],
    },
    { unitCode: d('TAN_AN'), year: 2023, points: 95.7, grade: 'GOOD' },
    { unitCode: d('KIEN_TUONG'), year: 2023, points: 95.7, grade: 'GOOD' },
    { unitCode: d('MOI'), year: 2023, points: 85, grade: 'GOOD' },
    {
      unitCode: d('THANH_HOA'),
      year: 2023,
      points: 80.1,
      grade: 'GOOD',
      publishedRank: 4,
      publishedGrade: 'Tốt',
      publishedIndexPct: 80.1,
      fields: [
        { code: 'LEADERSHIP', points: 8 },
        { code: 'IMPACT', points: 25, maxPoints: 28 },
      ],
    },
    { unitCode: d('CHAU_THANH'), year: 2023, points: 97, grade: 'GOOD', status: 'DRAFT' },
    { unitCode: d('SO_NOI_VU'), year: 2023, points: 68.5, maxPoints: 71.5 },
  ])
  await insertTaskResults(db, [
    {
      unitCode: d('THANH_HOA'),
      year: 2023,
      field: 'INSTITUTIONS',
      DONE_ON_TIME: 6,
      DONE_LATE: 2,
      OVERDUE: 1,
      CANCELLED: 1,
    },
    {
      unitCode: d('THANH_HOA'),
      year: 2023,
      field: 'PROCEDURES',
      DONE_ON_TIME: 4,
      IN_PROGRESS: 1,
      NOT_STARTED: 1,
    },
    { unitCode: d('DUC_HOA'), year: 2023, DONE_ON_TIME: 10 },
    { unitCode: d('DUC_HOA'), year: 2022, DONE_ON_TIME: 3, DONE_LATE: 1 },
  ])
  await insertAwards(db, [
    {
      unitCode: d('THANH_HOA'),
      year: 2023,
      awardCode: 'PROVINCE_EMULATION_FLAG',
      recipientType: 'COLLECTIVE',
      count: 1,
      issuerLevel: 'PROVINCE',
    },
    {
      unitCode: d('THANH_HOA'),
      year: 2023,
      awardCode: 'MERIT_CERTIFICATE',
      recipientType: 'COLLECTIVE',
      count: 10,
      issuerLevel: 'DISTRICT',
    },
    {
      unitCode: d('THANH_HOA'),
      year: 2023,
      awardCode: 'MERIT_CERTIFICATE',
      recipientType: 'INDIVIDUAL',
      count: 8,
      issuerLevel: 'DISTRICT',
    },
    {
      unitCode: d('DUC_HOA'),
      year: 2023,
      awardCode: 'PROVINCE_MERIT_CERTIFICATE',
      recipientType: 'INDIVIDUAL',
      count: 2,
      issuerLevel: 'PROVINCE',
    },
  ])
}

/**
 * A signed-in reader of the given role: a user row and a real session. Returns the Cookie header
 * value to send, so route tests exercise the app's own session middleware.
 */
export async function insertUserSession(
  db: Kysely<Database>,
  role: 'VIEWER' | 'EDITOR' | 'ADMIN',
): Promise<string> {
  const id = randomUUID()
  await db
    .insertInto('app_user')
    .values({
      id,
      email: `${role.toLowerCase()}-${id}@example.test`,
      name: role,
      role,
      password_hash: 'not-a-password',
      created_at: NOW,
      disabled_at: null,
    })
    .execute()
  const { token } = await createSession(db, id, 1)
  return `${SESSION_COOKIE}=${token}`
}
