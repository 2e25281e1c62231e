// A preview line's figures as an editor reads them against the printed table: "Điểm 80,1/100 ·
// Chỉ số 80,1 % · Xếp loại Tốt · Hạng công bố 1", and an update's changes with the same names.
import type { TFunction } from 'i18next'
import type { ImportPreviewRow } from '#shared/dto/import.ts'
import { AWARD_KINDS, RECIPIENT_TYPE_LABELS } from '#shared/domain/award-kinds.ts'
import { knownFieldName } from '#shared/domain/kpi-fields.ts'
import { formatNumber, type Language } from '#client/lib/format.ts'

type Values = NonNullable<ImportPreviewRow['values']>

const GRADE_COLUMNS = new Set(['grade', 'published_grade'])

/** One stored value as read: numbers in the reader's notation, codes by their names. */
export function valueText(column: string, value: unknown, t: TFunction, lang: Language): string {
  if (value === null || value === undefined || value === '') return '∅'
  if (typeof value === 'number') return formatNumber(value, lang)
  const text = String(value)
  if (GRADE_COLUMNS.has(column)) return t(`data.import.grade.${text}`, { defaultValue: text })
  if (column === 'award_code')
    return AWARD_KINDS[text as keyof typeof AWARD_KINDS]?.[lang] ?? text
  if (column === 'recipient_type')
    return RECIPIENT_TYPE_LABELS[text as keyof typeof RECIPIENT_TYPE_LABELS]?.[lang] ?? text
  // A field a scheme adds of its own has no name here: its code, as the file gave it.
  if (column === 'field_code') return knownFieldName(text, lang) ?? text
  return text
}

/**
 * A column's name on the page ("Điểm"); a field's points by the field's name ("Thể chế"), or as
 * the file heads them (`field:CODE`) for a field a scheme adds of its own.
 */
export function columnName(column: string, t: TFunction, lang: Language): string {
  if (column.startsWith('field:')) return knownFieldName(column.slice(6), lang) ?? column
  return t(`data.import.value.${column}`, { defaultValue: column })
}

/** The values given, in their kind's order: points over the maximum as one, empty ones left out. */
export function describeValues(values: Values | undefined, t: TFunction, lang: Language): string {
  if (!values) return ''
  const parts: string[] = []
  for (const [column, value] of Object.entries(values)) {
    if (value === null || value === '' || column === 'max_points') continue
    if (column === 'points' && typeof values.max_points === 'number') {
      parts.push(`${columnName(column, t, lang)} ${formatNumber(value as number, lang)}/${formatNumber(values.max_points, lang)}`)
      continue
    }
    const shown = valueText(column, value, t, lang)
    parts.push(`${columnName(column, t, lang)} ${column === 'index_pct' ? `${shown} %` : shown}`)
  }
  return parts.join(' · ')
}

/** "Điểm: 80 → 81; Xếp loại: Khá → Tốt" — an updated row's changes, named as on the page. */
export function describeChanges(
  changes: ImportPreviewRow['changes'] | null,
  t: TFunction,
  lang: Language,
): string {
  if (!changes) return ''
  return Object.entries(changes)
    .map(([column, { before, after }]) => {
      const shown = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : valueText(column, v, t, lang))
      return `${columnName(column, t, lang)}: ${shown(before)} → ${shown(after)}`
    })
    .join('; ')
}
