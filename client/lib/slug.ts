import { foldAccents } from '#shared/text/fold-accents.ts'

/**
 * Lower-case ASCII slug for file names: diacritics stripped (đ → d), anything else → "-".
 * @example slugify('Long An') === 'long-an'
 */
export function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** `<chart>-<cohort>-<period>.<ext>`, e.g. ranking-long-an-2023.png. */
export function exportFileName(
  chart: string,
  cohort: string,
  period: string | number,
  ext: string,
) {
  return `${[chart, cohort, String(period)].map(slugify).filter(Boolean).join('-')}.${ext}`
}
