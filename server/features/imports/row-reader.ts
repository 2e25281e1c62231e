// Typed cell readers over one data row that record a problem instead of throwing, so one pass
// lists every error.
import type { ImportIssueCode } from '#shared/dto/import.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import type { IssueParams } from './import-issues.ts'
import { parseDate, parseInteger, parseNumber } from './parse-value.ts'
import type { TableRow } from './read-table.ts'
import type { Sheet } from './sheet.ts'

/** The bounds of a SQL `integer` column (32 bits), which every whole number of a file goes to. */
const INTEGER_MAX = 2_147_483_647
const INTEGER_MIN = -2_147_483_648

/** Typed access to one data row; every reader records its own problem and returns undefined. */
export class RowReader {
  readonly sheet: Sheet
  readonly row: number
  readonly cells: string[]
  failed = false

  constructor(sheet: Sheet, row: TableRow) {
    this.sheet = sheet
    this.row = row.row
    this.cells = row.cells
  }

  column(key: string): string | null {
    const i = this.sheet.index.get(key)
    return i === undefined ? null : (this.sheet.header[i] ?? key)
  }

  text(key: string): string {
    const i = this.sheet.index.get(key)
    return i === undefined ? '' : (this.cells[i] ?? '').trim()
  }

  /**
   * A name that is part of a row's key (a recipient, a content area): spaces, tabs and line
   * breaks run together as one space, so "Nguyễn Văn  An" is the grant "Nguyễn Văn An" was.
   */
  words(key: string): string {
    return this.text(key).replace(/\s+/gu, ' ')
  }

  error(
    key: string | null,
    code: ImportIssueCode,
    params?: IssueParams,
    details?: unknown,
  ): undefined {
    this.failed = true
    const column = key === null ? null : this.column(key)
    this.sheet.issues.error(this.row, column, code, params, details, this.unitAsWritten())
    return undefined
  }

  /** The row's unit as the file writes it, for the preview's line of a row in error. */
  private unitAsWritten(): string | undefined {
    if (!this.sheet.index.has('unit_code') && !this.sheet.index.has('unit_name')) return undefined
    const code = this.sheet.index.has('unit_code') ? this.text('unit_code') : ''
    const name = this.sheet.index.has('unit_name') ? this.text('unit_name') : ''
    return code || name || undefined
  }

  warn(key: string | null, code: ImportIssueCode, params?: IssueParams): void {
    this.sheet.issues.warn(this.row, key === null ? null : this.column(key), code, params)
  }

  required(key: string): string | undefined {
    const value = this.text(key)
    return value === '' ? this.error(key, 'MISSING_VALUE') : value
  }

  /** null when the cell is empty and optional. */
  number(key: string, required = false, cell = this.text(key)): number | null | undefined {
    if (cell === '') return required ? this.error(key, 'MISSING_VALUE') : null
    const parsed = parseNumber(cell)
    return parsed.ok ? parsed.value : this.error(key, 'INVALID_NUMBER', { value: cell })
  }

  integer(key: string, required = false): number | null | undefined {
    const cell = this.text(key)
    if (cell === '') return required ? this.error(key, 'MISSING_VALUE') : null
    const parsed = parseInteger(cell)
    if (!parsed.ok) return this.error(key, 'INVALID_INTEGER', { value: cell })
    // Counts, ranks and sizes are `integer` columns: past 32 bits PostgreSQL refuses the write.
    if (parsed.value < INTEGER_MIN || parsed.value > INTEGER_MAX)
      return this.error(key, 'OUT_OF_RANGE', {
        value: parsed.value,
        min: INTEGER_MIN,
        max: INTEGER_MAX,
      })
    return parsed.value
  }

  range(key: string, value: number, min: number, max: number): boolean {
    if (value >= min && value <= max) return true
    this.error(key, 'OUT_OF_RANGE', { value, min, max })
    return false
  }

  date(key: string, required = false): string | null | undefined {
    const cell = this.text(key)
    if (cell === '') return required ? this.error(key, 'MISSING_VALUE') : null
    const parsed = parseDate(cell)
    return parsed.ok ? parsed.value : this.error(key, 'INVALID_DATE', { value: cell })
  }

  /** A code from `allowed`, written as the code or one of its labels (case/diacritics ignored). */
  oneOf<T extends string>(
    key: string,
    allowed: readonly T[],
    labels: Partial<Record<T, { vi: string; en: string }>> = {},
    required = true,
  ): T | null | undefined {
    const cell = this.text(key)
    if (cell === '') return required ? this.error(key, 'MISSING_VALUE') : null
    const lookup = codeLookup(allowed, labels)
    let found = lookup.get(cell) as T | undefined
    if (found === undefined) {
      found = lookup.get(foldLabel(cell)) as T | undefined
      // A cell as written is remembered once it names a code: a column repeats a few spellings.
      if (found !== undefined && lookup.size < MAX_LOOKUP) lookup.set(cell, found)
    }
    if (found !== undefined) return found
    // The names a reader writes ("Hoàn thành đúng hạn"), each once (two codes may share one:
    // "Thành phố"), the codes beside them.
    const namesIn = (lang: 'vi' | 'en') =>
      [...new Set(allowed.flatMap((code) => labels[code]?.[lang] ?? []))].join('; ')
    const named = allowed.some((code) => labels[code])
    return this.error(key, 'INVALID_VALUE', {
      value: cell,
      allowed: allowed.join(', '),
      ...(named && { allowedVi: namesIn('vi'), allowedEn: namesIn('en') }),
    })
  }
}

// Each code list is folded once, not once per cell (files have tens of thousands of rows).
const MAX_LOOKUP = 1000
const lookups = new WeakMap<readonly string[], Map<string, string>>()

function codeLookup(
  allowed: readonly string[],
  labels: Partial<Record<string, { vi: string; en: string }>>,
): Map<string, string> {
  let map = lookups.get(allowed)
  if (!map) {
    map = new Map()
    for (const code of allowed) {
      const label = labels[code]
      for (const text of label ? [label.en, label.vi, code] : [code]) map.set(foldLabel(text), code)
    }
    lookups.set(allowed, map)
  }
  return map
}
