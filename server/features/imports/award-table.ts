// An awards table as decisions lay it out (award-wording.ts reads the words): the award and
// reason its title lines give all its rows, a tally's count columns per recipient type, each
// row's award cell and recipients, and its total line. import-awards.ts checks and plans the
// grants these give.
import {
  AWARD_CODES,
  AWARD_KINDS,
  AWARD_REASON_LABELS,
  ISSUER_LEVEL_LABELS,
  RECIPIENT_TYPE_LABELS,
  RECIPIENT_TYPES,
  type AwardCode,
  type AwardReason,
  type RecipientType,
} from '#shared/domain/award-kinds.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import type { RowReader } from './row-reader.ts'
import type { Sheet } from './sheet.ts'
import {
  awardOfName,
  awardOfTitle,
  reasonOfTitle,
  recipientOfHeading,
  type NamedAward,
} from './award-wording.ts'
import { isSummaryLabel } from './table-sections.ts'

/** A tally's count columns, one per recipient type. */
const TALLY: readonly (readonly [string, RecipientType])[] = [
  ['collective_count', 'COLLECTIVE'],
  ['individual_count', 'INDIVIDUAL'],
  ['household_count', 'HOUSEHOLD'],
]

/**
 * English names an award was known by before, still read: files exported with them import as
 * they did ("Certificate of merit" was the Giấy khen's until it became a certificate of
 * commendation).
 */
const FORMER_ENGLISH_NAMES: readonly (readonly [string, AwardCode])[] = [
  ['Certificate of merit', 'MERIT_CERTIFICATE'],
]

/** Award codes by their code and labels, folded. */
const AWARD_BY_LABEL = new Map<string, AwardCode>([
  ...AWARD_CODES.flatMap((c) =>
    [c, AWARD_KINDS[c].vi, AWARD_KINDS[c].en].map((l) => [foldLabel(l), c] as const),
  ),
  ...FORMER_ENGLISH_NAMES.map(([name, code]) => [foldLabel(name), code] as const),
])

/** What a table gives all its rows: the award and reason its title names, its tally columns. */
export type TableDefaults = {
  /** The award (and issuer) the title names, and the title line naming it. */
  award: (NamedAward & { row: number }) | null
  reason: AwardReason | null
  tally: readonly (readonly [string, RecipientType])[]
}

/**
 * The award and the reason of a table without those columns, from its title lines; its tally
 * columns. Records the header's problems (a column neither the table nor its title gives; a
 * tally beside Đối tượng or Số lượng) and returns undefined when there are any.
 */
export function tableDefaults(sheet: Sheet): TableDefaults | undefined {
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
export function readAward(
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
    r.error('award_code', 'INVALID_VALUE', {
      value: cell,
      allowed: AWARD_CODES.join(', '),
      allowedVi: AWARD_CODES.map((c) => AWARD_KINDS[c].vi).join('; '),
      allowedEn: AWARD_CODES.map((c) => AWARD_KINDS[c].en).join('; '),
    })
  )
}

/**
 * The row's recipients and counts: one per tally column holding a count, or the row's recipient
 * type (its cell, else its section's heading) with its count (1 for a named recipient).
 */
export function readRecipients(
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

/**
 * A tally's or a list's total line ("Tổng cộng", "Cộng"): its first words, in the code's, the
 * unit's or the recipient's column, a summing phrase (table-sections.ts), which no code or name
 * is. Its label, or null for any other row. A unit's code or name comes back on each of its
 * grant lines: each label is folded and matched once (`known`), not on every row.
 */
export function totalLineLabel(
  sheet: Sheet,
  cells: readonly string[],
  known: Map<string, boolean>,
): string | null {
  const label =
    trimmedCell(sheet, cells, 'unit_code') ||
    trimmedCell(sheet, cells, 'unit_name') ||
    trimmedCell(sheet, cells, 'recipient_name')
  if (label === '') return null
  let summary = known.get(label)
  if (summary === undefined) {
    summary = isSummaryLabel(label)
    known.set(label, summary)
  }
  return summary ? label : null
}

/** The row's cell of the column `key`, trimmed ('' when the table has no such column). */
function trimmedCell(sheet: Sheet, cells: readonly string[], key: string): string {
  const i = sheet.index.get(key)
  return i === undefined ? '' : (cells[i] ?? '').trim()
}
