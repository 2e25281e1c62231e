// The ASCII file name of every download (CSV and XLSX alike); the CSV text itself is written by
// the one writer in shared/text/csv.ts.
import { foldAccents } from '#shared/text/fold-accents.ts'

/**
 * A download file name with its extension: ASCII only, so every browser and mail client keeps it.
 * @example downloadFileName(['rankings', 'LONG_AN', 'DISTRICT', 2023], 'xlsx') // 'rankings-long-an-district-2023.xlsx'
 */
export function downloadFileName(
  parts: readonly (string | number | null | undefined)[],
  extension: 'csv' | 'xlsx',
): string {
  const slug = parts
    .filter((part) => part !== null && part !== undefined && part !== '')
    .map((part) =>
      foldAccents(String(part))
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-')
  return `${slug || 'export'}.${extension}`
}
