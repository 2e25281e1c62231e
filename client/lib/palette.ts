// Chart colours as literal hex (never CSS variables: they must survive SVG/PNG export).
// Categorical: Okabe–Ito, safe for the common colour-vision deficiencies.
// Sequential: a viridis ramp, light → dark, so grade bands keep their order in greyscale.

/** Okabe–Ito, reordered so the first colours differ most in lightness too. */
export const CATEGORICAL = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#000000',
  '#D55E00',
  '#56B4E9',
  '#F0E442',
] as const

const VIRIDIS = [
  '#FDE725',
  '#B5DE2B',
  '#6ECE58',
  '#35B779',
  '#1F9E89',
  '#26828E',
  '#31688E',
  '#3E4989',
  '#482878',
  '#440154',
] as const

export const INK = '#1F2937'
export const MUTED = '#6B7280'
/** Axis titles (units of measure): darker than tick labels, read in print at 9–10 pt. */
export const AXIS_TITLE = '#374151'
export const GRID = '#E5E7EB'
export const FADED = '#C4C9D1'
export const POSITIVE = '#0072B2'
export const NEGATIVE = '#D55E00'

/** Fill patterns drawn over a colour where colour alone would carry meaning. */
export const PATTERNS = ['solid', 'hatch', 'dots', 'cross'] as const
export type PatternKind = (typeof PATTERNS)[number]

/**
 * Colours for `count` ordered classes, worst first: lightest for the lowest grade,
 * darkest for the best. Skips the palest yellow, which vanishes on white.
 */
export function sequentialColors(count: number): string[] {
  if (count <= 0) return []
  if (count === 1) return [VIRIDIS[6]]
  const first = 1
  const last = VIRIDIS.length - 2
  return Array.from({ length: count }, (_, i) => {
    const index = Math.round(first + ((last - first) * i) / (count - 1))
    return VIRIDIS[index] ?? VIRIDIS[6]
  })
}

/** Pattern for class `i` of `count` (worst first): the best class is solid, weaker ones textured. */
export function sequentialPattern(i: number, count: number): PatternKind {
  const fromBest = count - 1 - i
  return PATTERNS[Math.min(fromBest, PATTERNS.length - 1)] ?? 'solid'
}

export function categoricalColor(i: number): string {
  return CATEGORICAL[i % CATEGORICAL.length] ?? CATEGORICAL[0]
}
