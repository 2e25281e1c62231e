// Which representation a list endpoint was asked for: JSON (the default), CSV or XLSX, by
// `?format=` or the Accept header, and the reader's language for the headers and numbers.
import type { Context } from 'hono'
import { TEXT_LANGS, type TextLang } from '#shared/text/format-number.ts'
import { badRequest } from './errors.ts'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const DOWNLOAD_FORMATS = ['json', 'csv', 'xlsx'] as const
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number]

/**
 * A download: its format and language. `lang` null is the plain CSV for scripts (keys as
 * headers, "." decimals, "," separators: the bytes the API always wrote); XLSX defaults to vi.
 */
export type DownloadRequest = { format: 'csv' | 'xlsx'; lang: TextLang | null }

/**
 * The language a download's cells are written in: the one asked for; an XLSX without one is
 * Vietnamese (table-download.ts); null for the CSV for scripts, which keeps codes as they are.
 */
export function cellLanguage(request: DownloadRequest): TextLang | null {
  return request.lang ?? (request.format === 'xlsx' ? 'vi' : null)
}

function accepts(accept: string, type: string): boolean {
  return new RegExp(`(^|,)\\s*${type.replace(/[./+]/g, '\\$&')}`, 'i').test(accept)
}

function formatFromAccept(accept: string): DownloadFormat {
  if (accepts(accept, 'application/json')) return 'json'
  if (accepts(accept, XLSX_TYPE)) return 'xlsx'
  if (accepts(accept, 'text/csv')) return 'csv'
  return 'json'
}

/** The download asked for, or null for JSON; a format or lang it cannot give is a 400 naming it. */
export function downloadRequest(c: Context): DownloadRequest | null {
  const formatParam = c.req.query('format')
  const langParam = c.req.query('lang')
  if (formatParam !== undefined && !(DOWNLOAD_FORMATS as readonly string[]).includes(formatParam))
    throw badRequest(`Unknown format "${formatParam}": use one of ${DOWNLOAD_FORMATS.join(', ')}`, {
      field: 'format',
      allowed: DOWNLOAD_FORMATS,
    })
  if (langParam !== undefined && !(TEXT_LANGS as readonly string[]).includes(langParam))
    throw badRequest(`Unknown lang "${langParam}": use one of ${TEXT_LANGS.join(', ')}`, {
      field: 'lang',
      allowed: TEXT_LANGS,
    })
  const format =
    (formatParam as DownloadFormat | undefined) ?? formatFromAccept(c.req.header('accept') ?? '')
  if (format === 'json') return null
  const lang = (langParam as TextLang | undefined) ?? null
  return { format, lang: format === 'xlsx' ? (lang ?? 'vi') : lang }
}
