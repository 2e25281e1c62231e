// Collects problems of one file with their row, column and translated message.
import type { ImportIssue, ImportIssueCode } from '#shared/dto/import.ts'
import type { Lang } from '#shared/schemas/imports.schema.ts'
import { importMessage } from './import-messages.ts'

/** Past this many problems the list stops growing: enough to fix a file, small enough to send. */
export const MAX_ISSUES = 2000

export type IssueParams = Record<string, string | number>

/**
 * Problems of the file rather than of its rows: every row has the same one, with one fix (a
 * file of unit names without the parent to find them under). Said once, on the first row it
 * met, with how many rows have it (`details.rows`), not once a row.
 */
const FILE_WIDE: ReadonlySet<ImportIssueCode> = new Set(['PARENT_REQUIRED'])

export class ImportIssues {
  readonly lang: Lang
  readonly errors: ImportIssue[] = []
  readonly warnings: ImportIssue[] = []
  errorCount = 0

  constructor(lang: Lang) {
    this.lang = lang
  }

  error(
    row: number,
    column: string | null,
    code: ImportIssueCode,
    params?: IssueParams,
    details?: unknown,
    unit?: string,
  ): void {
    if (FILE_WIDE.has(code)) return this.fileWide(row, column, code, params)
    this.errorCount++
    if (this.errors.length === MAX_ISSUES) {
      this.errors.push(this.make(row, null, 'TOO_MANY_ERRORS', { limit: MAX_ISSUES }))
    }
    if (this.errors.length > MAX_ISSUES) return
    const issue = this.make(row, column, code, params, details)
    if (unit) issue.unit = shorten(unit)
    this.errors.push(issue)
  }

  warn(
    row: number,
    column: string | null,
    code: ImportIssueCode,
    params?: IssueParams,
    details?: unknown,
  ): void {
    if (this.warnings.length < MAX_ISSUES)
      this.warnings.push(this.make(row, column, code, params, details))
  }

  private fileWide(
    row: number,
    column: string | null,
    code: ImportIssueCode,
    params?: IssueParams,
  ) {
    const at = this.errors.findIndex((e) => e.code === code)
    const said = this.errors[at]
    if (!said) {
      this.errorCount++
      this.errors.push(this.make(row, column, code, { ...params, rows: 1 }, { rows: 1 }))
      return
    }
    const rows = (said.details as { rows: number }).rows + 1
    this.errors[at] = this.make(said.row, said.column, code, { ...params, rows }, { rows })
  }

  /**
   * Rewords the warning of this code on this row with new parameters, or takes it back (null):
   * a later reading of the file may say more of the same rows than the first.
   */
  rewordWarning(row: number, code: ImportIssueCode, params: IssueParams | null): void {
    const at = this.warnings.findIndex((w) => w.row === row && w.code === code)
    const before = this.warnings[at]
    if (!before) return
    if (params === null) this.warnings.splice(at, 1)
    else this.warnings[at] = this.make(row, before.column, code, params, before.details)
  }

  private make(
    row: number,
    column: string | null,
    code: ImportIssueCode,
    params: IssueParams = {},
    details?: unknown,
  ): ImportIssue {
    const issue: ImportIssue = {
      row,
      column: column === null ? null : shorten(column),
      code,
      message: importMessage(code, this.lang, shortParams(params)),
    }
    if (details !== undefined) issue.details = details
    return issue
  }
}

/** Values echoed in a message, cut: a file may hold a cell of megabytes (security.md). */
export const MAX_ECHOED_CHARS = 80

export function shorten(text: string): string {
  return text.length <= MAX_ECHOED_CHARS ? text : `${text.slice(0, MAX_ECHOED_CHARS - 1)}…`
}

/** Params that are the server's own text (the codes, labels and unit names it knows): never cut. */
const OWN_TEXT = new Set(['allowed', 'allowedVi', 'allowedEn', 'nearest', 'matches'])

function shortParams(params: IssueParams): IssueParams {
  const out: IssueParams = {}
  for (const [key, value] of Object.entries(params))
    out[key] = typeof value === 'string' && !OWN_TEXT.has(key) ? shorten(value) : value
  return out
}
