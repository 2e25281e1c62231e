/** One grade band of a scheme (e.g. Tốt ≥ 80 %). */
export type GradeBand = { code: string; labelVi: string; labelEn: string; minPct: number }

/**
 * The grade of an index % under a scheme's bands: the band with the highest minPct ≤ index.
 * Null when the scheme has no bands or the index is below every band.
 * @example gradeFor(80.1, [{ code: 'GOOD', minPct: 80, … }, { code: 'FAIR', minPct: 70, … }]) // 'GOOD'
 */
export function gradeFor(index: number, bands: readonly GradeBand[]): string | null {
  let best: GradeBand | null = null
  for (const band of bands) {
    if (band.minPct <= index && (best === null || band.minPct > best.minPct)) best = band
  }
  return best?.code ?? null
}
