// A comparison has no cohort to name its files by: it names its units, so two comparisons
// exported for one report do not come down as "compare-fields-compare-2024 (1).png".

/**
 * The units part of a comparison's file names: the units' codes in the order compared, their
 * common parent written once (LONG_AN.THANH_HOA, LONG_AN.BEN_LUC → "LONG_AN.THANH_HOA.BEN_LUC",
 * which the file name makes "long-an-thanh-hoa-ben-luc").
 * @example compareFileUnits(['LONG_AN.THANH_HOA', 'LONG_AN.SO_TU_PHAP']) // 'LONG_AN.THANH_HOA.SO_TU_PHAP'
 */
export function compareFileUnits(codes: readonly string[]): string {
  const parts = codes.map((code) => code.split('.'))
  const first = parts[0] ?? []
  let common = 0
  // The parent's segments every code starts with, leaving each unit at least its own last one.
  while (
    common < first.length - 1 &&
    parts.every((p) => p.length - 1 > common && p[common] === first[common])
  )
    common += 1
  const prefix = first.slice(0, common)
  return [...prefix, ...parts.map((p) => p.slice(common).join('.'))].join('.')
}
