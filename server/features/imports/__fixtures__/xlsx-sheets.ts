// Small workbooks written part by part, for what a spreadsheet program writes and a library
// does not: tabs whose sheetId differs from their file's number (tabs moved or deleted before
// saving), error cells and formulas with cached results.
import { type Part, storedPart, zip } from './zip-parts.ts'

export type SheetSpec = {
  /** The tab's name. */
  name: string
  /** workbook.xml's sheetId: kept by a tab when tabs move, so not its position. */
  sheetId: number
  /** N of xl/worksheets/sheetN.xml. */
  file: number
  /** The <row> elements of its <sheetData>. */
  rowsXml: string
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A row of inline-string cells, as `<row r="n">…</row>`. */
export function inlineRow(row: number, cells: string[]): string {
  const column = (i: number) => String.fromCharCode(65 + i)
  const xml = cells
    .map((text, i) => `<c r="${column(i)}${row}" t="inlineStr"><is><t>${text}</t></is></c>`)
    .join('')
  return `<row r="${row}">${xml}</row>`
}

/** The tabs in `sheets`' order; each sheet's file and sheetId as given. */
export async function handWrittenXlsx(sheets: SheetSpec[]): Promise<Uint8Array> {
  const overrides = sheets
    .map(
      (s) =>
        `<Override PartName="/xl/worksheets/sheet${s.file}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('')
  const tabs = sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${s.sheetId}" r:id="rId${i + 1}"/>`)
    .join('')
  const rels = sheets
    .map(
      (s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${OFFICE_RELS}/worksheet" Target="worksheets/sheet${s.file}.xml"/>`,
    )
    .join('')
  // File order as a spreadsheet program writes it: sheet1.xml, sheet2.xml…, whatever the tabs.
  const byFile = [...sheets].sort((a, b) => a.file - b.file)
  const parts: Part[] = await Promise.all([
    storedPart(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `${overrides}</Types>`,
    ),
    storedPart(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}">` +
        `<Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    storedPart(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELS}">` +
        `<sheets>${tabs}</sheets></workbook>`,
    ),
    storedPart(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}">${rels}</Relationships>`,
    ),
    ...byFile.map((s) =>
      storedPart(
        `xl/worksheets/sheet${s.file}.xml`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}">` +
          `<sheetData>${s.rowsXml}</sheetData></worksheet>`,
      ),
    ),
  ])
  return new Uint8Array(zip(parts))
}
