// The scorecard's table rows: the cohort's best and median first (reference rows, not units),
// then the page's units in the server's order.
import type {
  Scorecard,
  ScorecardCell,
  ScorecardReference,
  ScorecardRow,
} from '#shared/dto/scorecard.ts'

export type ScorecardTableRow =
  | { kind: 'unit'; key: string; row: ScorecardRow }
  | { kind: 'best' | 'median'; key: string; reference: ScorecardReference }

export const unitRows = (data: Pick<Scorecard, 'items'>): ScorecardTableRow[] =>
  data.items.map((row) => ({ kind: 'unit', key: row.unit.code, row }))

export const referenceRows = (data: Pick<Scorecard, 'best' | 'median'>): ScorecardTableRow[] => [
  { kind: 'best', key: '__best', reference: data.best },
  { kind: 'median', key: '__median', reference: data.median },
]

/** A row's share of a field's maximum (null: no points, or no maximum). */
export function shareOf(row: ScorecardTableRow, field: string): number | null {
  return row.kind === 'unit'
    ? (row.row.cells[field]?.sharePct ?? null)
    : (row.reference.cells[field] ?? null)
}

/** A unit row's cell of a field (reference rows have shares only). */
export function cellOf(row: ScorecardTableRow, field: string): ScorecardCell | null {
  return row.kind === 'unit' ? (row.row.cells[field] ?? null) : null
}

/** The arrow of a change: ▲ up, ▼ down, ▬ unchanged; none where there is no change to claim. */
export function changeArrow(delta: number | null): '▲' | '▼' | '▬' | null {
  if (delta === null) return null
  return delta > 0 ? '▲' : delta < 0 ? '▼' : '▬'
}
