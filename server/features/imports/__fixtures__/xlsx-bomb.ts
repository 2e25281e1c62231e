// Hostile spreadsheets for tests, built as streams so the test itself stays small: a minimal
// XLSX zip whose worksheet is deflated from repeated bytes (about 1000:1).
import { deflatePart, type Part, storedPart, zip } from './zip-parts.ts'

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'

async function workbook(sheet: Part, lie: boolean): Promise<Uint8Array> {
  const parts = await Promise.all([
    storedPart(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    storedPart(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    storedPart(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    storedPart(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  ])
  return new Uint8Array(zip([...parts, sheet], lie))
}

/** One inline-string cell of `megabytes` MB of "A" (the 404 KB file of 400 MB). */
export async function oneHugeCellXlsx(megabytes: number, lie = false): Promise<Uint8Array> {
  const sheet = await deflatePart(
    'xl/worksheets/sheet1.xml',
    `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`,
    'A'.repeat(1024 * 1024),
    megabytes,
    '</t></is></c></row></sheetData></worksheet>',
  )
  return workbook(sheet, lie)
}

/** `millions` million empty cells in one row each of 1,000 (the 20 million cells). */
export async function manyCellsXlsx(millions: number, lie = false): Promise<Uint8Array> {
  const row = `<row>${'<c/>'.repeat(1000)}</row>`
  const sheet = await deflatePart(
    'xl/worksheets/sheet1.xml',
    SHEET_HEAD,
    row,
    millions * 1000,
    '</sheetData></worksheet>',
  )
  return workbook(sheet, lie)
}
