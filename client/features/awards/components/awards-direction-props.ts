// What the awards chart is given (awards-direction-chart.tsx), whichever way it lays its two
// parts out, and what both layouts draw alike.
import type { AwardDirection } from '#shared/domain/award-direction.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { UnitLink } from '#client/components/charts/svg/category-link.tsx'
import type { AwardRow, DirectedSeries } from '../utils/to-award-series.ts'

export type AwardsDirectionProps = {
  rows: readonly Pick<AwardRow, 'code' | 'name' | 'directed'>[]
  series: readonly DirectedSeries[]
  /** Each part's heading ("Từ cấp trên", "Đơn vị tự khen"), drawn above it. */
  headings: Record<AwardDirection, string>
  size?: ChartSize
  formatValue: (v: number) => string
  /** The unit's total as written after its own awards' figure ("tổng 43"), where it also received some. */
  totalText?: (total: string) => string
  valueLabel?: string
  focusCode?: string | null
  /**
   * One part above the other, each unit's name above its bars (a phone's page): side by side,
   * beside the names, the part from above was some 30 px wide and a province's Bằng khen a
   * hairline in it.
   */
  stacked?: boolean
  /**
   * On screen, where each unit's name leads (its profile), by row: side by side only, where each
   * name is written once (stacked, it is written above each part).
   */
  links?: readonly UnitLink[]
}

/** Between a bar's end and its figure. */
export const LABEL_GAP = 5

/** A part's heading's height above its bars. */
export const headingHeight = (labelSize: number) => Math.ceil(labelSize * 1.6)
