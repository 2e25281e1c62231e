// Templates of the import files: the Vietnamese header labels and two example rows per kind,
// built from the column table so the template and the parser never disagree.
import { KPI_FIELDS } from '../domain/kpi-fields.ts'
import { toCsv } from '../text/csv.ts'
import { FIELD_COLUMN_PREFIX, IMPORT_COLUMNS, type ImportFileKind } from './import-columns.ts'

/** Columns a template shows: tasks use one column per status (the `status` per-row form is the alternative). */
const HIDDEN: Partial<Record<ImportFileKind, readonly string[]>> = {
  tasks: ['status', 'task'],
  // The per-recipient count columns are the tally's alternative to Đối tượng and Số lượng.
  awards: ['collective_count', 'individual_count', 'household_count'],
}
const EXAMPLE_FIELDS: readonly string[][] = [
  ['8,5', '6,4', '10,1', '5,8', '9,1', '6', '10,6', '23,6'],
  ['8', '6,2', '9,8', '5,5', '8,9', '5,9', '9,4', '23,5'],
]

/** Header and example rows of a template for `kind`. */
export function templateRows(kind: ImportFileKind): string[][] {
  const columns = IMPORT_COLUMNS[kind].filter((c) => !HIDDEN[kind]?.includes(c.key))
  const header = columns.map((c) => c.vi)
  const rows = [0, 1].map((i) => columns.map((c) => c.examples[i] ?? ''))
  if (kind === 'assessments') {
    const fields = KPI_FIELDS.filter((f) => f !== 'ONE_STOP_SHOP' && f !== 'ADJUSTMENT')
    header.push(...fields.map((f) => `${FIELD_COLUMN_PREFIX}${f}`))
    rows.forEach((row, i) => row.push(...(EXAMPLE_FIELDS[i] ?? [])))
  }
  return [header, ...rows]
}

/** The template as CSV text (semicolons, as Vietnamese-locale spreadsheets save; BOM for Excel). */
export function templateCsv(kind: ImportFileKind): string {
  const [header = [], ...rows] = templateRows(kind)
  return toCsv(header, rows, { separator: ';' })
}
