// kind=units: units and where they stand over time (ADR 014). A row gives a unit (code, name,
// level, validity) and its placement (parent, title) from `valid_from`. A row for an existing
// code with another parent or title and a `valid_from` adds a placement from that date (the one
// in force then ends the day before); without a date, the current placement is corrected, which
// is refused once the unit has results (it would rewrite their years).
import type { UnitPlacementRow, UnitRow } from '#server/db/schema.ts'
import {
  UNIT_CODE_PATTERN,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  UNIT_TITLE_LABELS,
  UNIT_TITLES,
  type UnitKind,
} from '#shared/domain/units.ts'
import { foldUnitName } from '#shared/text/fold-unit-name.ts'
import { diffRows, rowChange, type Change } from '#server/write-path/change-set.ts'
import {
  DuplicateGuard,
  readDateOrYear,
  type KindContext,
  type KindHandler,
} from './import-kind.ts'
import { addDays } from './add-days.ts'
import { RowReader } from './row-reader.ts'
import { unitByCode, type UnitInfo } from '#server/write-path/unit-directory.ts'

/** How deep a level sits: a parent must sit higher than its child. */
const LEVEL_DEPTH: Record<UnitKind, number> = {
  COUNTRY: 0,
  PROVINCE: 1,
  MINISTRY: 1,
  DEPARTMENT: 2,
  DISTRICT: 2,
  COMMUNE: 3,
}
/** Start of a placement with no date: before any year the product holds. */
const OPEN_START = '1900-01-01'

type Planned = {
  r: RowReader
  unit: UnitRow
  parent: string | null
  title: string | null
  /** The placement's start as written (null: none given). */
  from: string | null
}

export const importUnits: KindHandler = async (sheet, ctx) => {
  const planned: Planned[] = []
  const dup = new DuplicateGuard()
  const fileUnits = new Map<string, Planned>()
  /** Codes of the file's rows refused for their own errors (upper-cased). */
  const refused = new Set<string>()
  const country = [...ctx.units.byCode.values()].find((u) => u.kind === 'COUNTRY')
  for (const tableRow of sheet.rows) {
    const r = new RowReader(sheet, tableRow)
    const code = r.required('code')
    if (code !== undefined && !UNIT_CODE_PATTERN.test(code))
      r.error('code', 'INVALID_CODE', { value: code })
    const name = r.required('name')
    const kind = r.oneOf('kind', UNIT_KINDS, UNIT_KIND_LABELS)
    const title = r.oneOf('title', UNIT_TITLES, UNIT_TITLE_LABELS, false)
    let parent: string | null = r.text('parent_code') || null
    if (parent === null && (kind === 'PROVINCE' || kind === 'MINISTRY')) {
      // A province or ministry written with no parent belongs to the country.
      const inFile = planned.find((p) => p.unit.kind === 'COUNTRY')
      parent = country?.code ?? inFile?.unit.code ?? null
      if (parent === null) r.error('parent_code', 'NO_COUNTRY')
    } else if (parent === null && kind && kind !== 'COUNTRY')
      r.error('parent_code', 'MISSING_VALUE')
    const from = readDateOrYear(r, 'valid_from', false)
    const to = readDateOrYear(r, 'valid_to', true)
    if (typeof from === 'string' && typeof to === 'string' && from > to)
      r.error('valid_to', 'OUT_OF_RANGE', { value: to, min: from, max: '…' })
    if (r.failed || !code || !name || !kind || from === undefined || to === undefined) {
      if (code) refused.add(code.toUpperCase())
      continue
    }
    const existing = unitByCode(ctx.units, code)
    // Codes match without regard to case: a known unit keeps the code as first written.
    const stored = existing?.code ?? code
    if (!dup.check(r, `${stored.toUpperCase()}|${from ?? ''}`, 'code')) continue
    const item: Planned = {
      r,
      parent,
      title: title ?? null,
      from,
      unit: {
        code: stored,
        name: name.normalize('NFC'),
        name_key: foldUnitName(name),
        kind,
        valid_from: unitStart(existing, from),
        valid_to: to,
        import_batch_id: null,
        updated_at: ctx.now,
      },
    }
    planned.push(item)
    if (!fileUnits.has(stored.toUpperCase())) fileUnits.set(stored.toUpperCase(), item)
  }
  for (const item of planned) checkParent(item, ctx, fileUnits, refused)
  await checkLevelChanges(ctx, planned)
  if (ctx.issues.errorCount > 0) return
  const assessed = await unitsWithResults(ctx, planned)
  const existing = await ctx.db.selectFrom('unit').selectAll().execute()
  const byCode = new Map(existing.map((u) => [u.code, u]))
  const seenUnit = new Set<string>()
  for (const item of planned) {
    const before = byCode.get(item.unit.code)
    // A name as stored keeps its stored key: keys are folded again on read (unit-directory.ts),
    // so a fold that learnt more spellings since changes no row of an unchanged unit list.
    if (before && before.name === item.unit.name) item.unit.name_key = before.name_key
    const changes: Change[] = []
    let unitDiff: ReturnType<typeof diffRows> = null
    if (!seenUnit.has(item.unit.code)) {
      seenUnit.add(item.unit.code)
      const change = rowChange('unit', before, item.unit)
      if (change) changes.push(change)
      unitDiff = before ? diffRows(before, item.unit) : null
    }
    const placementChanges = planPlacement(item, ctx, assessed)
    if (placementChanges === undefined) continue
    changes.push(...placementChanges)
    const diff = unitDiff ?? (placementChanges.length > 0 ? placementDiff(placementChanges) : null)
    ctx.set.record(item.r.row, item.unit.code, !before, changes, diff ?? undefined)
  }
}

/**
 * The unit's own start: a new unit starts at its first placement; for a known one a later date
 * only starts a placement, an earlier one extends the unit back (an open start stays open).
 */
function unitStart(existing: UnitInfo | undefined, from: string | null): string | null {
  if (!existing) return from
  if (existing.valid_from === null || from === null) return existing.valid_from
  return from < existing.valid_from ? from : existing.valid_from
}

function checkParent(
  item: Planned,
  ctx: KindContext,
  fileUnits: Map<string, Planned>,
  refused: ReadonlySet<string>,
) {
  if (item.parent === null) return
  const parent =
    unitByCode(ctx.units, item.parent) ?? fileUnits.get(item.parent.toUpperCase())?.unit
  if (!parent) {
    // A parent written in the file but refused for its own errors is not unknown: its row says
    // what to fix, and every child saying "unknown unit" again would bury that one line.
    if (refused.has(item.parent.toUpperCase())) return
    item.r.error('parent_code', 'UNKNOWN_UNIT', { value: item.parent })
    return
  }
  item.parent = parent.code
  if (parent.code === item.unit.code) {
    item.r.error('parent_code', 'PARENT_CYCLE', { unit: item.unit.code })
    return
  }
  const parentKind = parent.kind as UnitKind
  if (LEVEL_DEPTH[parentKind] >= LEVEL_DEPTH[item.unit.kind as UnitKind]) {
    item.r.error('parent_code', 'PARENT_LEVEL', {
      value: parent.code,
      parentKind,
      kind: item.unit.kind,
    })
  }
}

/** Units of the file that already have results (their earlier years must not move). */
/**
 * A unit is ranked among the units of its level: a new level moves it into other cohorts in
 * every year it has results. Allowed while those years are drafts (a unit entered at the wrong
 * level is corrected); refused where a year is published, which stays as the decision
 * published it until it is unpublished.
 */
async function checkLevelChanges(ctx: KindContext, planned: Planned[]): Promise<void> {
  const relevelled = planned.flatMap((item) => {
    const known = unitByCode(ctx.units, item.unit.code)
    return known && known.kind !== item.unit.kind ? [{ item, current: known.kind }] : []
  })
  if (relevelled.length === 0) return
  const rows = await ctx.db
    .selectFrom('assessment')
    .select(['unit_code', 'year'])
    .where('status', '=', 'PUBLISHED')
    .where(
      'unit_code',
      'in',
      relevelled.map((r) => r.item.unit.code),
    )
    .orderBy('year')
    .execute()
  const years = new Map<string, number[]>()
  for (const row of rows) years.set(row.unit_code, [...(years.get(row.unit_code) ?? []), row.year])
  for (const { item, current } of relevelled) {
    const published = years.get(item.unit.code)
    if (!published) continue
    item.r.error('kind', 'LEVEL_HAS_PUBLISHED_RESULTS', {
      unit: item.unit.code,
      current,
      value: item.unit.kind,
      years: published.join(', '),
    })
  }
}

async function unitsWithResults(ctx: KindContext, planned: Planned[]): Promise<Set<string>> {
  const codes = [
    ...new Set(planned.filter((p) => unitByCode(ctx.units, p.unit.code)).map((p) => p.unit.code)),
  ]
  const found = new Set<string>()
  for (let i = 0; i < codes.length; i += 500) {
    const rows = await ctx.db
      .selectFrom('assessment')
      .select('unit_code')
      .distinct()
      .where('unit_code', 'in', codes.slice(i, i + 500))
      .execute()
    for (const row of rows) found.add(row.unit_code)
  }
  return found
}

function placementRow(
  unit: string,
  from: string,
  to: string | null,
  parent: string | null,
  title: string | null,
  batch: string | null = null,
): UnitPlacementRow {
  return {
    unit_code: unit,
    valid_from: from,
    valid_to: to,
    parent_code: parent,
    title,
    import_batch_id: batch,
  }
}

/**
 * The placement writes of one row against the unit's placements (those in the database and
 * those the file added before it). Returns undefined after reporting an error.
 */
function planPlacement(
  item: Planned,
  ctx: KindContext,
  assessed: Set<string>,
): Change[] | undefined {
  const info = unitByCode(ctx.units, item.unit.code)
  const placements = placementsOf(ctx, item.unit.code, info)
  const start = item.from ?? item.unit.valid_from ?? OPEN_START
  const wanted = placementRow(item.unit.code, start, item.unit.valid_to, item.parent, item.title)
  if (placements.length === 0) return [insertPlacement(ctx, wanted)]
  const current = placements.at(-1) as UnitPlacementRow
  const same = (p: UnitPlacementRow) =>
    p.parent_code === wanted.parent_code && (wanted.title === null || p.title === wanted.title)
  if (item.from === null) {
    // No date: the placement in force now is corrected in place, unless results stand on it.
    if (same(current)) return syncEnd(ctx, current, item.unit.valid_to)
    // A row restating the unit's first placement (the earlier map's file imported again after
    // a later one added a dated placement) changes nothing.
    const first = placements[0] as UnitPlacementRow
    if (placements.length > 1 && first.valid_from === start && same(first)) return []
    if (current.parent_code !== wanted.parent_code && assessed.has(item.unit.code)) {
      item.r.error('parent_code', 'PLACEMENT_NEEDS_DATE', {
        unit: item.unit.code,
        current: current.parent_code ?? '—',
        value: wanted.parent_code ?? '—',
      })
      return undefined
    }
    return replacePlacement(ctx, current, {
      ...current,
      parent_code: wanted.parent_code,
      title: wanted.title ?? current.title,
      valid_to: item.unit.valid_to,
    })
  }
  if (info?.valid_from && start < info.valid_from && item.unit.valid_from !== start) {
    item.r.error('valid_from', 'DATE_OUTSIDE_VALIDITY', {
      value: start,
      unit: item.unit.code,
      range: `${info.valid_from}–${info.valid_to ?? '…'}`,
    })
    return undefined
  }
  const atStart = placements.find((p) => p.valid_from === start)
  if (atStart) {
    if (same(atStart) && atStart.valid_to === wanted.valid_to) return []
    return replacePlacement(ctx, atStart, {
      ...atStart,
      parent_code: wanted.parent_code,
      title: wanted.title ?? atStart.title,
      valid_to: wanted.valid_to ?? atStart.valid_to,
    })
  }
  const before = [...placements].reverse().find((p) => p.valid_from < start)
  const after = placements.find((p) => p.valid_from > start)
  const changes: Change[] = []
  if (before && same(before) && !after) return syncEnd(ctx, before, item.unit.valid_to)
  if (before && (before.valid_to === null || before.valid_to >= start)) {
    changes.push(...replacePlacement(ctx, before, { ...before, valid_to: addDays(start, -1) }))
  }
  const end = after ? addDays(after.valid_from, -1) : wanted.valid_to
  changes.push(
    insertPlacement(ctx, {
      ...wanted,
      title: wanted.title ?? before?.title ?? null,
      valid_to: end,
    }),
  )
  return changes
}

/** The unit's placements as the file has left them so far, oldest first. */
function placementsOf(
  ctx: KindContext,
  code: string,
  info: UnitInfo | undefined,
): UnitPlacementRow[] {
  let list = ctx.placementPlan?.get(code)
  if (!list) {
    list = (info?.placements ?? []).map((p) =>
      placementRow(code, p.valid_from, p.valid_to, p.parent_code, p.title, p.import_batch_id),
    )
    ;(ctx.placementPlan ??= new Map()).set(code, list)
  }
  return list
}

function syncEnd(ctx: KindContext, placement: UnitPlacementRow, end: string | null): Change[] {
  return replacePlacement(ctx, placement, { ...placement, valid_to: end })
}

function insertPlacement(ctx: KindContext, row: UnitPlacementRow): Change {
  const list = ctx.placementPlan?.get(row.unit_code) ?? []
  list.push(row)
  list.sort((a, b) => (a.valid_from < b.valid_from ? -1 : 1))
  ;(ctx.placementPlan ??= new Map()).set(row.unit_code, list)
  return rowChange('unit_placement', undefined, row) as Change
}

function replacePlacement(
  ctx: KindContext,
  before: UnitPlacementRow,
  after: UnitPlacementRow,
): Change[] {
  const list = ctx.placementPlan?.get(before.unit_code) ?? []
  const i = list.indexOf(before)
  if (i >= 0) list[i] = after
  const change = rowChange('unit_placement', before, after)
  return change ? [change] : []
}

function placementDiff(changes: Change[]) {
  const out: Record<string, { before: unknown; after: unknown }> = {}
  for (const c of changes) {
    const label = `placement ${String((c.after ?? c.before)?.valid_from)}`
    out[label] = {
      before: c.before
        ? `${String(c.before.parent_code)} → ${String(c.before.valid_to ?? '…')}`
        : null,
      after: c.after ? `${String(c.after.parent_code)} → ${String(c.after.valid_to ?? '…')}` : null,
    }
  }
  return out
}
