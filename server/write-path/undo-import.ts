// Undo of a whole import batch from its audit trail: updated rows get their before image back,
// then the rows it inserted (they carry its id) are deleted, in one transaction. Refused when a
// later change touched the same rows, naming it in the editor's language (undo-refusal.ts).
import type { Kysely, Transaction } from 'kysely'
import type { AuditLogRow, Database } from '#server/db/schema.ts'
import type { SessionUser } from '#server/lib/app-env.ts'
import { AppError, notFound } from '#server/lib/errors.ts'
import { indexSchemes, loadSchemes, writeScheme, type FullScheme } from './schemes.repository.ts'
import { planGradeChanges } from './recompute-grades.ts'
import { loadUnitDirectory } from './unit-directory.ts'
import type { ImportUndoResult } from '#shared/dto/import.ts'
import { type FieldPoint, formatFieldPoints, parseFieldPoints } from '#server/db/field-points.ts'
import { ENTITY_KEYS, entityKey, type Change, type Row, type TableEntity } from './change-set.ts'
import { rowsForUnits } from './existing-rows.ts'
import { deleteInserted, splitAudit } from './undo-inserts.ts'
import { DATA_ACTIONS, undoBlockers } from './undo-blockers.ts'
import { deleteRows, nowIso, upsertRows, writeAudit, writeChanges } from './write-changes.ts'
import { bumpDataVersion, bumpUnitsVersion } from '#server/lib/data-version.ts'
import {
  RANK_SCOPES,
  rankRefreshFor,
  refreshCohortRanks,
} from '#server/cohorts/refresh-cohort-ranks.ts'
import { activityUnitsOf, storeUnitActivity } from '#server/cohorts/store-cohort-activity.ts'
import { inWriteTransaction } from '#server/db/write-transaction.ts'
import type { Lang } from '#shared/schemas/imports.schema.ts'
import { undoRefusal } from './undo-refusal.ts'

export async function undoImport(
  db: Kysely<Database>,
  batchId: string,
  actor: SessionUser | null,
  lang: Lang = 'vi',
): Promise<ImportUndoResult> {
  const vi = lang === 'vi'
  try {
    return await inWriteTransaction(db, async (trx) => {
      const batch = await trx
        .selectFrom('import_batch')
        .selectAll()
        .where('id', '=', batchId)
        .executeTakeFirst()
      if (!batch) throw notFound(vi ? `Không có lần nhập ${batchId}` : `No import batch ${batchId}`)
      if (batch.status !== 'APPLIED')
        throw new AppError(
          409,
          'CONFLICT',
          vi ? 'Lần nhập này đã được hoàn tác.' : 'This import is already undone.',
        )
      const audit = await trx
        .selectFrom('audit_log')
        .selectAll()
        .where('import_batch_id', '=', batchId)
        .where('action', 'in', DATA_ACTIONS)
        .execute()
      const { perRow, summaries } = splitAudit(audit)
      // The history offers no undo where this finds a blocker (ADR 069); this is the guard.
      const blockers = await undoBlockers(trx, batchId, batch.created_at, { perRow, summaries })
      if (blockers.length > 0) throw undoRefusal(blockers, lang)
      const at = nowIso()
      const insertedUnder = await parentsOfBatchRows(trx, batchId)
      const insertedFor = await unitsOfBatchRows(trx, batchId)
      const result = await restore(trx, perRow)
      // After the restores, the rows still carrying the batch are exactly the ones it inserted.
      result.deleted += await deleteInserted(trx, batchId, summaries)
      // A scheme restored or removed re-grades what it covers: rows a later import added under
      // the undone version were graded by it, and no audit entry of this batch names them.
      const regrades = await regradeUndoneSchemes(trx, perRow, at, actor)
      const undone: Change[] = summaries.map((s) => ({
        entity: s.entity,
        key: s.audit.entity_key,
        action: 'UPDATE',
        before: JSON.parse(s.audit.after_json ?? 'null') as Row | null,
        after: null,
      }))
      await writeAudit(trx, [...result.changes, ...undone], { batchId, at, actor }, 'UNDO')
      await trx
        .updateTable('import_batch')
        .set({ status: 'UNDONE', undone_by: actor?.email ?? null, undone_at: at })
        .where('id', '=', batchId)
        .execute()
      // Both scopes: what the batch wrote may have been published since.
      const { parents: restoredUnder } = await rankRefreshFor(trx, [...result.changes, ...regrades])
      const parents = new Set([...restoredUnder, ...insertedUnder])
      await refreshCohortRanks(trx, { parents, scopes: RANK_SCOPES })
      await storeUnitActivity(trx, [...activityUnitsOf(result.changes), ...insertedFor])
      await bumpDataVersion(trx)
      // An undo may delete or restore units and placements: cached unit directories are stale.
      await bumpUnitsVersion(trx)
      return { batchId, restored: result.restored, deleted: result.deleted }
    })
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new AppError(
        409,
        'CONFLICT',
        vi
          ? 'Không thể hoàn tác lần nhập này: dữ liệu nhập sau dựa vào các dòng nó đã tạo (như kết quả của đơn vị nó thêm). Hãy hoàn tác các lần nhập đó trước.'
          : 'This import cannot be undone: later data rests on rows it created (results of a unit it added, say). Undo those imports first.',
      )
    }
    throw error
  }
}

/** Grades of every assessment the undone batch's schemes covered (before or after it), as now. */
async function regradeUndoneSchemes(
  trx: Transaction<Database>,
  audit: AuditLogRow[],
  at: string,
  actor: SessionUser | null,
): Promise<Change[]> {
  const versions = audit
    .filter((a) => a.entity === 'scheme')
    .flatMap((a) => [a.before_json, a.after_json])
    .filter((json): json is string => json !== null)
    .map((json) => JSON.parse(json) as FullScheme)
  if (versions.length === 0) return []
  const units = await loadUnitDirectory(trx)
  const index = indexSchemes((await loadSchemes(trx)).values())
  const grades = await planGradeChanges(trx, units, index, versions, at)
  await writeChanges(trx, grades, { batchId: null, at, actor })
  return grades
}

async function restore(trx: Transaction<Database>, audit: AuditLogRow[]) {
  const storedFields = await storedFieldPoints(trx, audit)
  const changes: Change[] = []
  const upserts = new Map<TableEntity, Row[]>()
  const deletes = new Map<TableEntity, Row[]>()
  let restored = 0
  let deleted = 0
  for (const a of audit) {
    const before = a.before_json ? (JSON.parse(a.before_json) as Row) : null
    const after = a.after_json ? (JSON.parse(a.after_json) as Row) : null
    changes.push({
      entity: a.entity as Change['entity'],
      key: a.entity_key,
      action: 'UPDATE',
      before: after,
      after: before,
    })
    if (before) restored++
    else deleted++
    if (a.entity === 'scheme') {
      await writeScheme(trx, a.entity_key, before as FullScheme | null)
      continue
    }
    for (const [entity, row, restore] of tableRows(a.entity, before, after, storedFields)) {
      const target = restore ? upserts : deletes
      const list = target.get(entity)
      if (list) list.push(row)
      else target.set(entity, [row])
    }
  }
  for (const [entity, rows] of upserts) await upsertRows(trx, entity, rows)
  for (const [entity, rows] of deletes) {
    await deleteRows(trx, entity, rows)
  }
  return { changes, restored, deleted }
}

function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503'
}

type FieldImages = Record<string, FieldPoint>

/**
 * The table rows one audit entry restores (true) or deletes (false). An assessment entry carries
 * the field points it changed as `fields`: on the stored points (the batch's own, since undo is
 * refused once a later change touched the row), fields it added are dropped and fields it
 * replaced get their old points back.
 */
function tableRows(
  entity: string,
  before: Row | null,
  after: Row | null,
  storedFields: Map<string, string | null>,
): [TableEntity, Row, boolean][] {
  if (!(entity in ENTITY_KEYS)) return []
  const split = (image: Row | null) => {
    if (!image) return { row: null, fields: {} as FieldImages }
    const { fields, ...row } = image as Row & { fields?: FieldImages }
    return { row, fields: fields ?? {} }
  }
  const b = split(before)
  const a = split(after)
  if (entity === 'assessment' && b.row) {
    const key = entityKey('assessment', b.row)
    const points = new Map(
      parseFieldPoints(
        String(b.row.unit_code),
        Number(b.row.year),
        storedFields.get(key) ?? null,
      ).map((p) => [p.field_code, p]),
    )
    for (const code of Object.keys(a.fields)) if (!(code in b.fields)) points.delete(code)
    for (const [code, f] of Object.entries(b.fields)) points.set(code, f)
    b.row.field_points = formatFieldPoints(points.values())
  }
  if (b.row) return [[entity as TableEntity, b.row, true]]
  return a.row ? [[entity as TableEntity, a.row, false]] : []
}

/** The stored field points of the assessments the audit entries name, by entity key. */
async function storedFieldPoints(
  trx: Transaction<Database>,
  audit: AuditLogRow[],
): Promise<Map<string, string | null>> {
  const units = new Set<string>()
  const years = new Set<number>()
  for (const a of audit) {
    if (a.entity !== 'assessment') continue
    const cut = a.entity_key.lastIndexOf('|')
    units.add(a.entity_key.slice(0, cut))
    years.add(Number(a.entity_key.slice(cut + 1)))
  }
  const rows = await rowsForUnits(trx, 'assessment', units, years)
  return new Map(rows.map((r) => [entityKey('assessment', r), r.field_points]))
}

/** The cohorts the batch's assessments were ranked in (they move when the batch is undone). */
async function parentsOfBatchRows(trx: Transaction<Database>, batchId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('assessment')
    .select('cohort_parent_code')
    .distinct()
    .where('import_batch_id', '=', batchId)
    .where('cohort_parent_code', 'is not', null)
    .execute()
  return rows.flatMap((r) => (r.cohort_parent_code ? [r.cohort_parent_code] : []))
}

/** The units of the rows the batch inserted that a unit's stored activity is derived from. */
async function unitsOfBatchRows(trx: Transaction<Database>, batchId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('task_result')
    .select('unit_code')
    .where('import_batch_id', '=', batchId)
    .union(trx.selectFrom('award_grant').select('unit_code').where('import_batch_id', '=', batchId))
    .union(
      trx.selectFrom('unit_placement').select('unit_code').where('import_batch_id', '=', batchId),
    )
    .union(
      trx.selectFrom('unit').select('code as unit_code').where('import_batch_id', '=', batchId),
    )
    .execute()
  return rows.map((r) => r.unit_code)
}
