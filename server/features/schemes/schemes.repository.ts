// Schemes (methodologies) as data: per (province, unit kind, years) the fields with maxima and
// the grade bands. Grades are always derived from here, never hard-coded (DESIGN "Scheme").
import type { Kysely, Transaction } from 'kysely'
import type {
  AssessmentRow,
  Database,
  SchemeFieldRow,
  SchemeGradeBandRow,
  SchemeRow,
} from '#server/db/schema.ts'

type Db = Kysely<Database> | Transaction<Database>

export type FullScheme = {
  scheme: SchemeRow
  fields: SchemeFieldRow[]
  bands: SchemeGradeBandRow[]
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
  if (ids) {
    schemes = schemes.where('id', 'in', ids)
    fields = fields.where('scheme_id', 'in', ids)
    bands = bands.where('scheme_id', 'in', ids)
  }
  const map = new Map<string, FullScheme>()
  for (const s of await schemes.execute()) map.set(s.id, { scheme: s, fields: [], bands: [] })
  for (const f of await fields.orderBy('sort_order').execute()) map.get(f.scheme_id)?.fields.push(f)
  for (const b of await bands.orderBy('sort_order').execute()) map.get(b.scheme_id)?.bands.push(b)
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

/** Highest band whose minimum the index reaches; null when the scheme has no bands. */
export function gradeFor(scheme: FullScheme | undefined, indexPct: number): string | null {
  if (!scheme) return null
  let best: SchemeGradeBandRow | undefined
  for (const b of scheme.bands) {
    if (indexPct + 1e-9 >= b.min_pct && (!best || b.min_pct > best.min_pct)) best = b
  }
  return best?.grade_code ?? null
}

/** Replaces a scheme with its fields and bands (null deletes it). */
export async function writeScheme(trx: Transaction<Database>, id: string, full: FullScheme | null) {
  await trx.deleteFrom('scheme_field').where('scheme_id', '=', id).execute()
  await trx.deleteFrom('scheme_grade_band').where('scheme_id', '=', id).execute()
  if (!full) {
    await trx.deleteFrom('scheme').where('id', '=', id).execute()
    return
  }
  await trx
    .insertInto('scheme')
    .values(full.scheme)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...full.scheme }))
    .execute()
  if (full.fields.length > 0) await trx.insertInto('scheme_field').values(full.fields).execute()
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
