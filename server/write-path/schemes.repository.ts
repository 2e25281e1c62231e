// Schemes (methodologies) as data: per (province, unit kind, years) the fields with maxima (and
// their appraisal and survey parts), the fields' criteria and the grade bands. Grades are always
// derived from here, never hard-coded (DESIGN "Scheme").
import type { Kysely, Transaction } from 'kysely'
import type {
  AssessmentRow,
  Database,
  SchemeCriterionRow,
  SchemeFieldRow,
  SchemeGradeBandRow,
  SchemeRow,
} from '#server/db/schema.ts'
import { bandOutranks, meetsMinimum } from '#shared/kpi/grade.ts'

type Db = Kysely<Database> | Transaction<Database>

export type FullScheme = {
  scheme: SchemeRow
  fields: SchemeFieldRow[]
  bands: SchemeGradeBandRow[]
  /** Every criterion of the scheme's fields, in sort_order (numbered across the scheme). */
  criteria: SchemeCriterionRow[]
}

type Partly<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>

/** A scheme as an audit image holds it: images written before criteria, parts and bounds lack them. */
export type SchemeImage = {
  scheme: SchemeRow
  fields: Partly<SchemeFieldRow, 'appraisal_max' | 'survey_max'>[]
  bands: Partly<SchemeGradeBandRow, 'min_inclusive'>[]
  criteria?: SchemeCriterionRow[]
}
/** (province code, unit kind) → that scope's schemes. */
export type SchemeIndex = Map<string, FullScheme[]>

export function schemeId(provinceCode: string, unitKind: string, yearFrom: number): string {
  return `${provinceCode}:${unitKind}:${yearFrom}`
}

export async function loadSchemes(db: Db, ids?: string[]): Promise<Map<string, FullScheme>> {
  if (ids && ids.length === 0) return new Map()
  let schemes = db.selectFrom('scheme').selectAll()
  let fields = db.selectFrom('scheme_field').selectAll()
  let bands = db.selectFrom('scheme_grade_band').selectAll()
  let criteria = db.selectFrom('scheme_criterion').selectAll()
  if (ids) {
    schemes = schemes.where('id', 'in', ids)
    fields = fields.where('scheme_id', 'in', ids)
    bands = bands.where('scheme_id', 'in', ids)
    criteria = criteria.where('scheme_id', 'in', ids)
  }
  const map = new Map<string, FullScheme>()
  for (const s of await schemes.execute())
    map.set(s.id, { scheme: s, fields: [], bands: [], criteria: [] })
  for (const f of await fields.orderBy('sort_order').execute()) map.get(f.scheme_id)?.fields.push(f)
  for (const b of await bands.orderBy('sort_order').execute()) map.get(b.scheme_id)?.bands.push(b)
  for (const c of await criteria.orderBy('sort_order').execute())
    map.get(c.scheme_id)?.criteria.push(c)
  return map
}

export function indexSchemes(schemes: Iterable<FullScheme>): SchemeIndex {
  const index: SchemeIndex = new Map()
  for (const s of schemes) {
    const key = `${s.scheme.province_code}|${s.scheme.unit_kind}`
    const list = index.get(key)
    if (list) list.push(s)
    else index.set(key, [s])
  }
  return index
}

/** The scheme of a scope covering `year`: the latest one starting on or before it. */
export function findScheme(
  index: SchemeIndex,
  provinceCode: string,
  unitKind: string,
  year: number,
) {
  let best: FullScheme | undefined
  for (const s of index.get(`${provinceCode}|${unitKind}`) ?? []) {
    const { year_from: from, year_to: to } = s.scheme
    if (from <= year && (to === null || year <= to) && (!best || from > best.scheme.year_from))
      best = s
  }
  return best
}

/** The nearest ancestor's scheme for the unit's kind and the year (a commune's may be its province's). */
export function schemeForUnit(
  index: SchemeIndex,
  ancestorCodes: string[],
  unitKind: string,
  year: number,
) {
  for (const code of ancestorCodes) {
    const found = findScheme(index, code, unitKind, year)
    if (found) return found
  }
  return undefined
}

/**
 * Highest band whose minimum the index meets (shared/kpi/grade.ts rules: a strict band needs more
 * than its minimum); null when the scheme has no bands.
 */
export function gradeFor(scheme: FullScheme | undefined, indexPct: number): string | null {
  if (!scheme) return null
  let best: SchemeGradeBandRow | undefined
  for (const b of scheme.bands) {
    if (!meetsMinimum(indexPct, b.min_pct, b.min_inclusive !== 0)) continue
    if (!best || bandOutranks(bound(b), bound(best))) best = b
  }
  return best?.grade_code ?? null
}

const bound = (b: SchemeGradeBandRow) => ({
  minPct: b.min_pct,
  minInclusive: b.min_inclusive !== 0,
})

/**
 * A scheme image as written before criteria, field parts and band bounds existed (audit entries
 * of older imports, undone later) completed with what those rows meant: no criteria, no parts,
 * inclusive bands.
 */
export function completeScheme(full: SchemeImage): FullScheme {
  return {
    scheme: full.scheme,
    fields: full.fields.map((f) => ({
      ...f,
      appraisal_max: f.appraisal_max ?? null,
      survey_max: f.survey_max ?? null,
    })),
    bands: full.bands.map((b) => ({ ...b, min_inclusive: b.min_inclusive ?? 1 })),
    criteria: full.criteria ?? [],
  }
}

/** Replaces a scheme with its fields, criteria and bands (null deletes it). */
export async function writeScheme(
  trx: Transaction<Database>,
  id: string,
  image: SchemeImage | null,
) {
  await trx.deleteFrom('scheme_criterion').where('scheme_id', '=', id).execute()
  await trx.deleteFrom('scheme_field').where('scheme_id', '=', id).execute()
  await trx.deleteFrom('scheme_grade_band').where('scheme_id', '=', id).execute()
  if (!image) {
    await trx.deleteFrom('scheme').where('id', '=', id).execute()
    return
  }
  const full = completeScheme(image)
  await trx
    .insertInto('scheme')
    .values(full.scheme)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...full.scheme }))
    .execute()
  if (full.fields.length > 0) await trx.insertInto('scheme_field').values(full.fields).execute()
  if (full.criteria.length > 0)
    await trx.insertInto('scheme_criterion').values(full.criteria).execute()
  if (full.bands.length > 0) await trx.insertInto('scheme_grade_band').values(full.bands).execute()
}

/** Assessments of the unit kinds and years the given schemes cover, with their unit's ancestors. */
export async function assessmentsCovered(
  db: Db,
  scopes: { unitKind: string; yearFrom: number; yearTo: number | null }[],
): Promise<AssessmentRow[]> {
  const rows: AssessmentRow[] = []
  for (const scope of scopes) {
    let q = db
      .selectFrom('assessment as a')
      .innerJoin('unit as u', 'u.code', 'a.unit_code')
      .selectAll('a')
      .where('u.kind', '=', scope.unitKind)
      .where('a.year', '>=', scope.yearFrom)
    if (scope.yearTo !== null) q = q.where('a.year', '<=', scope.yearTo)
    rows.push(...(await q.execute()))
  }
  return rows
}
