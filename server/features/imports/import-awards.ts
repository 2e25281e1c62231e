// kind=awards: grants of emulation titles and commendation forms, checked against the
// taxonomy's recipient rules (DOMAIN.md) and the issuer rules in force on the grant's date
// (award_issuer_rule). A stable grant_key makes re-import idempotent. Tables laid out as
// decisions print them are read too (award-wording.ts): award names with their issuer, the
// award and reason of the title lines, recipients under "I. TẬP THỂ" / "II. CÁ NHÂN" headings,
// and tallies of counts per recipient type.
import { hash } from 'node:crypto'
import type { AwardGrantRow } from '#server/db/schema.ts'
import {
  groupIssuerRules,
  issuerRuleDate,
  periodOn,
  type IssuerRulePeriod,
} from '#shared/domain/award-issuer-rules.ts'
import {
  AWARD_CODES,
  AWARD_KINDS,
  AWARD_REASON_LABELS,
  AWARD_REASONS,
  ISSUER_LEVEL_LABELS,
  ISSUER_LEVELS,
  RECIPIENT_TYPE_LABELS,
  RECIPIENT_TYPES,
  type AwardCode,
  type AwardReason,
  type IssuerLevel,
  type RecipientType,
} from '#shared/domain/award-kinds.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import { diffRows, rowChange } from '#server/write-path/change-set.ts'
import { DuplicateGuard, readYear, type KindContext, type KindHandler } from './import-kind.ts'
import { RowReader, type Sheet } from './import-sheet.ts'
import {
  awardOfName,
  awardOfTitle,
  reasonOfTitle,
  recipientOfHeading,
  type NamedAward,
} from './award-wording.ts'
import { rowsForUnits } from '#server/write-path/existing-rows.ts'
import { orderedId } from '#server/write-path/ordered-id.ts'
import { resolveUnit } from './resolve-unit.ts'

/** The level that issues awards in a unit's own name when the file does not say. */
const DEFAULT_ISSUER: Partial<Record<string, IssuerLevel>> = {
  PROVINCE: 'PROVINCE',
  DISTRICT: 'DISTRICT',
  COMMUNE: 'COMMUNE',
  DEPARTMENT: 'AGENCY_HEAD',
}

export function grantKey(
  g: Pick<
    AwardGrantRow,
    | 'unit_code'
    | 'year'
    | 'award_code'
    | 'recipient_type'
    | 'recipient_name'
    | 'issuer_level'
    | 'decision_no'
  >,
): string {
  const parts = [
    g.unit_code,
    g.year,
    g.award_code,
    g.recipient_type,
    g.recipient_name ?? '',
    g.issuer_level,
    g.decision_no ?? '',
  ]
  // One-shot hash: a Hash object per grant line was a tenth of an award import's time.
  return hash('sha256', JSON.stringify(parts), 'hex').slice(0, 32)
}

/** The rules the database holds, by award and period: read once per file. */
async function loadIssuerRules(db: KindContext['db']): Promise<Map<string, IssuerRulePeriod[]>> {
  const rows = await db
    .selectFrom('award_issuer_rule')
    .select(['award_code', 'issuer_level', 'valid_from', 'valid_to'])
    .execute()
  return groupIssuerRules(
    rows.map((r) => ({
      award: r.award_code,
      issuer: r.issuer_level,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    })),
  )
}

/** Records ISSUER_NOT_ALLOWED when no rule in force on `date` lets `issuer` issue `award`. */
function checkIssuer(
  r: RowReader,
  rules: Map<string, IssuerRulePeriod[]>,
  award: string,
  issuer: string,
  date: string,
): void {
  const period = periodOn(rules.get(award) ?? [], date)
  if (period?.issuers.includes(issuer)) return
  r.error(r.column('issuer_level') ? 'issuer_level' : 'award_code', 'ISSUER_NOT_ALLOWED', {
    award,
    issuer,
    allowed: period?.issuers.join(', ') || '—',
    date,
    from: period?.validFrom ?? '',
    to: period?.validTo ?? '',
  })
}

/** A tally's count columns, one per recipient type. */
const TALLY: readonly (readonly [string, RecipientType])[] = [
  ['collective_count', 'COLLECTIVE'],
  ['individual_count', 'INDIVIDUAL'],
  ['household_count', 'HOUSEHOLD'],
]

/** Award codes by their code and labels, folded. */
const AWARD_BY_LABEL = new Map<string, AwardCode>(
  AWARD_CODES.flatMap((c) =>
    [c, AWARD_KINDS[c].vi, AWARD_KINDS[c].en].map((l) => [foldLabel(l), c]),
  ),
)

/** What a table gives all its rows: the award and reason its title names, its tally columns. */
type TableDefaults = {
  award: NamedAward | null
  reason: AwardReason | null
  tally: readonly (readonly [string, RecipientType])[]
}

/**
 * The award and the reason of a table without those columns, from its title lines; its tally
 * columns. Records the header's problems (a column neither the table nor its title gives; a
 * tally beside Đối tượng or Số lượng) and returns undefined when there are any.
 */
function tableDefaults(sheet: Sheet): TableDefaults | undefined {
  const issues = sheet.issues
  const before = issues.errorCount
  const lines = sheet.titleRows.map(({ row, cells }) => ({ row, text: cells.join(' ') }))
  const missing = (key: string, label: string) =>
    issues.error(sheet.headerRow, null, 'MISSING_COLUMN', { key, label })
  const award = sheet.index.has('award_code') ? null : awardOfTitle(lines)
  if (!sheet.index.has('award_code') && !award) missing('award_code', 'Hình thức khen thưởng')
  const reason = sheet.index.has('reason') ? null : reasonOfTitle(lines)
  if (!sheet.index.has('reason') && !reason) missing('reason', 'Lý do')
  const tally = TALLY.filter(([key]) => sheet.index.has(key))
  for (const key of tally.length > 0 ? ['recipient_type', 'count'] : []) {
    const i = sheet.index.get(key)
    if (i === undefined) continue
    const column = sheet.header[i] ?? key
    issues.error(sheet.headerRow, column, 'MIXED_AWARD_FORMAT', { column })
  }
  if (
    tally.length === 0 &&
    !sheet.index.has('recipient_type') &&
    !sheet.rows.some((r) => recipientOfHeading(r.cells) !== undefined)
  )
    missing('recipient_type', 'Đối tượng')
  if (issues.errorCount > before) return undefined
  if (award)
    issues.warn(award.row, null, 'AWARD_FROM_TITLE', {
      award: AWARD_KINDS[award.award].vi,
      issuer: award.issuer ? ISSUER_LEVEL_LABELS[award.issuer].vi : '',
    })
  if (reason)
    issues.warn(reason.row, null, 'REASON_FROM_TITLE', {
      reason: AWARD_REASON_LABELS[reason.reason].vi,
    })
  return { award, reason: reason?.reason ?? null, tally }
}

/** An award cell's text as a code, a label or a name as decisions print it (null: none). */
function awardOfCell(cell: string): NamedAward | null {
  const named = awardOfName(cell)
  if (named) return named
  const code = AWARD_BY_LABEL.get(foldLabel(cell))
  return code ? { award: code, issuer: null } : null
}

/**
 * The row's award: its cell read by `awardOfCell`, else the title's. A file repeats a handful of
 * award texts over its rows: each is read once (`known`), not folded and matched on every row.
 */
function readAward(
  r: RowReader,
  title: NamedAward | null,
  known: Map<string, NamedAward | null>,
): NamedAward | undefined {
  if (!r.column('award_code')) return title ?? undefined
  const cell = r.text('award_code')
  if (cell === '') return r.error('award_code', 'MISSING_VALUE')
  let award = known.get(cell)
  if (award === undefined) {
    award = awardOfCell(cell)
    known.set(cell, award)
  }
  return (
    award ??
    r.error('award_code', 'INVALID_VALUE', { value: cell, allowed: AWARD_CODES.join(', ') })
  )
}

/**
 * The row's recipients and counts: one per tally column holding a count, or the row's recipient
 * type (its cell, else its section's heading) with its count (1 for a named recipient).
 */
function readRecipients(
  r: RowReader,
  tally: TableDefaults['tally'],
  section: RecipientType | undefined,
  named: boolean,
): { recipient: RecipientType; count: number; column: string }[] {
  if (tally.length > 0) {
    const grants: { recipient: RecipientType; count: number; column: string }[] = []
    for (const [column, recipient] of tally) {
      const count = r.integer(column)
      if (typeof count !== 'number' || count === 0) continue
      if (count < 0) r.error(column, 'OUT_OF_RANGE', { value: count, min: 0, max: '…' })
      else grants.push({ recipient, count, column })
    }
    const [first] = tally
    if (grants.length === 0 && !r.failed && first) r.error(first[0], 'MISSING_VALUE')
    return grants
  }
  const recipient =
    r.text('recipient_type') === '' && section
      ? section
      : r.oneOf('recipient_type', RECIPIENT_TYPES, RECIPIENT_TYPE_LABELS)
  const count = r.integer('count', !named) ?? (named ? 1 : undefined)
  if (typeof count === 'number' && count < 1)
    r.error('count', 'OUT_OF_RANGE', { value: count, min: 1, max: '…' })
  return recipient && count && count >= 1 ? [{ recipient, count, column: 'recipient_type' }] : []
}

export const importAwards: KindHandler = async (sheet, ctx) => {
  const planned: { row: number; item: AwardGrantRow }[] = []
  const dup = new DuplicateGuard()
  const defaults = tableDefaults(sheet)
  if (!defaults) return
  const rules = await loadIssuerRules(ctx.db)
  let section: RecipientType | undefined
  const awardsRead = new Map<string, NamedAward | null>()
  for (const tableRow of sheet.rows) {
    // "I. TẬP THỂ", "II. CÁ NHÂN": the recipients of the rows under it.
    const heading = recipientOfHeading(tableRow.cells)
    if (heading) {
      section = heading
      ctx.issues.warn(tableRow.row, null, 'RECIPIENT_SECTION', {
        title: tableRow.cells.filter((c) => c.trim() !== '').join(' '),
        recipient: RECIPIENT_TYPE_LABELS[heading].vi,
      })
      continue
    }
    const r = new RowReader(sheet, tableRow)
    const year = readYear(r)
    const unit = resolveUnit(r, ctx.units, ctx.parentCode, year ?? undefined, {
      parentItself: true,
    })
    const named = readAward(r, defaults.award, awardsRead)
    const award = named?.award
    const name = r.words('recipient_name')
    const grants = readRecipients(r, defaults.tally, section, name !== '')
    const issuer =
      r.oneOf('issuer_level', ISSUER_LEVELS, ISSUER_LEVEL_LABELS, false) ??
      named?.issuer ??
      (unit ? DEFAULT_ISSUER[unit.kind] : undefined)
    if (issuer === undefined && unit && !r.failed) r.error('issuer_level', 'MISSING_VALUE')
    const reason = r.column('reason')
      ? r.oneOf('reason', AWARD_REASONS, AWARD_REASON_LABELS)
      : defaults.reason
    const date = r.date('decision_date')
    for (const { recipient, column } of grants) {
      if (award && !AWARD_KINDS[award].recipients.includes(recipient)) {
        r.error(column, 'RECIPIENT_NOT_ALLOWED', {
          award,
          recipient,
          allowed: AWARD_KINDS[award].recipients.join(', '),
        })
      }
    }
    if (award && issuer && year && date !== undefined)
      checkIssuer(r, rules, award, issuer, issuerRuleDate(year, date))
    if (r.failed || !unit || !year || !award || !issuer || !reason || date === undefined) continue
    for (const { recipient, count } of grants) {
      const base = {
        unit_code: unit.code,
        year,
        award_code: award,
        recipient_type: recipient,
        recipient_name: name === '' ? null : name,
        issuer_level: issuer,
        decision_no: r.text('decision_no') || null,
      }
      const key = grantKey(base)
      if (!dup.check(r, key)) continue
      const item: AwardGrantRow = {
        id: '',
        grant_key: key,
        ...base,
        count,
        decision_date: date,
        reason,
        import_batch_id: null,
        updated_at: ctx.now,
      }
      planned.push({ row: r.row, item })
    }
  }
  if (ctx.issues.errorCount > 0) return
  const stored = await rowsForUnits(
    ctx.db,
    'award_grant',
    new Set(planned.map((p) => p.item.unit_code)),
    new Set(planned.map((p) => p.item.year)),
  )
  const byKey = new Map(stored.map((g) => [g.grant_key, g]))
  for (const { row, item } of planned) {
    const before = byKey.get(item.grant_key)
    item.id = before?.id ?? orderedId()
    const change = rowChange('award_grant', before, item)
    ctx.set.record(
      row,
      item.grant_key,
      !before,
      change ? [change] : [],
      before ? (diffRows(before, item) ?? undefined) : undefined,
    )
  }
}
