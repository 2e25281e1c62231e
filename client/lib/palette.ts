// Chart colours as literal hex (never CSS variables: they must survive SVG/PNG export).
// Categorical: Okabe–Ito, safe for the common colour-vision deficiencies.
// Sequential: a viridis ramp, light → dark, so grade bands keep their order in greyscale.
// Grades of the known codes take fixed places on one ramp of six (client/lib/grade-styles.ts),
// so a grade looks the same under every scheme.

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

/**
 * Fill patterns drawn over a colour where colour alone would carry meaning, in the order grades
 * take them from the best (ADR 055): six, one for each grade of the code list. Trung bình's
 * diagonal cross is followed by horizontal lines (Yếu) and a checker (Kém), the two least like
 * it, as either grade sits right below Trung bình in some scheme; the checker, the palest, goes
 * on the lowest grade.
 */
export const PATTERNS = ['solid', 'hatch', 'dots', 'cross', 'lines', 'checker'] as const
export type PatternKind = (typeof PATTERNS)[number]
export type Texture = Exclude<PatternKind, 'solid'>

/** The side of a pattern's square tile, in px (user space of the chart or image). */
export const PATTERN_TILE = 8

/**
 * What each texture draws over its colour on one tile: `d` stroked `stroke` px wide where given
 * (lines), else filled (shapes). One description for the live charts' `<pattern>`
 * (pattern-defs.tsx) and the exported images' (pattern-markup.ts), so the two cannot drift.
 */
export const TEXTURE_MARKS: Record<Texture, { d: string; stroke?: number }> = {
  /** Diagonal lines rising to the right. */
  hatch: { d: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', stroke: 1.6 },
  /** One dot in each tile's middle. */
  dots: { d: 'M2.4,4 a1.6,1.6 0 1,0 3.2,0 a1.6,1.6 0 1,0 -3.2,0' },
  /** Both diagonals: a net of diamonds. */
  cross: { d: 'M0,0 L8,8 M8,0 L0,8', stroke: 1.3 },
  /** Horizontal lines, two to a tile, so a 10 px swatch still shows two. */
  lines: { d: 'M0,2 H8 M0,6 H8', stroke: 1.5 },
  /** A checkerboard of 4 px squares. */
  checker: { d: 'M0,0 h4 v4 h-4 z M4,4 h4 v4 h-4 z' },
}

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

/**
 * Pattern for class `i` of `count` (worst first): the best class is solid, weaker ones textured,
 * each of up to six classes its own.
 */
export function sequentialPattern(i: number, count: number): PatternKind {
  return ordinalPattern(count - 1 - i)
}

/**
 * Khá's step: the ramp's teal-blue between #26828E and #31688E (viridis at 0.42). Lighter than
 * #31688E, which beside Tốt's indigo was 1.4:1 in lightness and read as one blue in a scorecard
 * cell; darker than #26828E, on which white text is 4.50:1, no margin at all.
 */
const FAIR_STEP = '#287C8E'

/**
 * Six steps of the ramp for the six grades of the code list, worst first (lightest) to best
 * (darkest). Skips the palest yellow, which vanishes on white, and the middle teal (#1F9E89), on
 * which neither ink nor white text reaches 4.5:1 (scorecard cells print their value on the colour).
 * The three dark grades are spread evenly in lightness (15–18 L* apart, test in
 * scorecard-rows.test.ts): Xuất sắc and Tốt are two steps apart, as the ramp's darkest neighbours
 * (#440154, #482878) read as one colour in a legend's solid swatch, and Khá sits as light as
 * white text allows.
 */
export const GRADE_RAMP = [
  VIRIDIS[1],
  VIRIDIS[2],
  VIRIDIS[3],
  FAIR_STEP,
  VIRIDIS[7],
  VIRIDIS[9],
] as const

/**
 * Pattern for the class `fromBest` places below the best on a fixed ordinal scale: the best is
 * solid, the next five each take a texture of their own; past six (a scheme may have more bands
 * than grades have names) the textures repeat in turn, so neighbouring classes never share one.
 */
export function ordinalPattern(fromBest: number): PatternKind {
  if (fromBest <= 0) return 'solid'
  const textures = PATTERNS.slice(1)
  return textures[(fromBest - 1) % textures.length] ?? 'solid'
}

export function categoricalColor(i: number): string {
  return CATEGORICAL[i % CATEGORICAL.length] ?? CATEGORICAL[0]
}
