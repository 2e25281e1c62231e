import { describe, expect, it } from 'vitest'
import { toCsv } from '../text/csv.ts'
import { IMPORT_FILE_KINDS } from './import-columns.ts'
import { templateCsv, templateRows } from './import-template.ts'

describe.each(IMPORT_FILE_KINDS)('templateCsv(%s)', (kind) => {
  it('is the template rows through the shared writer, semicolon-separated, with a BOM', () => {
    const [header = [], ...rows] = templateRows(kind)
    const csv = templateCsv(kind)
    expect(csv).toBe(toCsv(header, rows, { separator: ';' }))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('holds no cell a spreadsheet would run as a formula', () => {
    const cells = templateCsv(kind)
      .slice(1)
      .split(/;|\r\n/)
    expect(cells.filter((cell) => /^"?[=+@\t\r]/.test(cell) || /^"?-[^\d]/.test(cell))).toEqual([])
  })
})
