// What a preview line shows of a row it would write: the unit by code and name, the year, and
// the kind's main values as they will be stored (PREVIEW_VALUES), so the editor checks the
// figures, not a key, before confirming.
import type { Row, PreviewShown } from '#server/write-path/change-set.ts'
import { unitByCode, type UnitDirectory } from '#server/write-path/unit-directory.ts'
import type { ImportFileKind } from '#shared/import/import-columns.ts'
import { PREVIEW_VALUES } from '#shared/import/preview-values.ts'

export function previewShown(kind: ImportFileKind, units: UnitDirectory, after: Row): PreviewShown {
  const shown: PreviewShown = {}
  const code = typeof after.unit_code === 'string' ? after.unit_code : null
  const unit = code ? unitByCode(units, code) : undefined
  if (code) shown.unit = { code, name: unit?.name ?? code }
  if (typeof after.year === 'number') shown.year = after.year
  const columns = PREVIEW_VALUES[kind]
  if (columns) {
    const values: Record<string, string | number | null> = {}
    for (const column of columns) {
      const value = after[column]
      values[column] =
        typeof value === 'number' || typeof value === 'string'
          ? value
          : value == null
            ? null
            : String(value)
    }
    shown.values = values
  }
  return shown
}
