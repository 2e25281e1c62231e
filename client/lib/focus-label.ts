import type { FocusResult } from './focus-units.ts'

/**
 * Rows for a chart that draws `name` as its category label: on a focused chart each name gets
 * its place in the full order ("5300. Xã …", a found unit "★ 5300. Xã …"), so the jump from
 * the top to the bottom of the order shows; a whole cohort keeps its plain names.
 */
export function labelFocusedRows<R extends { name: string }>(result: FocusResult<R>): R[] {
  if (!result.focused) return result.rows
  return result.rows.map((r) => ({
    ...r,
    name: `${r.highlighted ? '★ ' : ''}${r.position}. ${r.name}`,
  }))
}
