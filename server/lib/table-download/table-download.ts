// The one way a list endpoint answers with a file: CSV (plain for scripts, or report-grade in a
// language) or XLSX, streamed, as an attachment with an ASCII file name. Every route's download
// branch builds a DownloadTable and returns tableDownload(c, request, table).
import { PassThrough, Readable } from 'node:stream'
import type { Context, TypedResponse } from 'hono'
import { downloadFileName } from '../download-file-name.ts'
import { csvChunks } from './csv-stream.ts'
import { XLSX_TYPE, type DownloadRequest } from '../content-negotiation.ts'
import type { DownloadTable } from './table-columns.ts'
import { writeXlsx } from './xlsx-stream.ts'

export { cellLanguage, downloadRequest, type DownloadRequest } from '../content-negotiation.ts'
export type { DownloadTable, TableColumn, TableRow } from './table-columns.ts'

function webStream(node: Readable): ReadableStream<Uint8Array> {
  return Readable.toWeb(node) as unknown as ReadableStream<Uint8Array>
}

/**
 * A download as the RPC client types it: a text body, as CSV answers always were (the client
 * reads downloads as files, never through the route's typed JSON). Typed as a stream, the route's
 * JSON output collapses to never on the client.
 */
type DownloadResponse = Response & TypedResponse<string, 200, 'body'>

/** The download of `table` in the format and language asked for. */
export function tableDownload(
  c: Context,
  request: DownloadRequest,
  table: DownloadTable,
): DownloadResponse {
  const headers: Record<string, string> = {
    'Content-Disposition': `attachment; filename="${downloadFileName(table.fileName, request.format)}"`,
  }
  if (request.lang) headers['Content-Language'] = request.lang
  if (request.format === 'csv') {
    const body = Readable.from(
      (async function* () {
        for await (const chunk of csvChunks(table, request.lang)) yield Buffer.from(chunk, 'utf8')
      })(),
    )
    const response = c.body(webStream(body), 200, {
      ...headers,
      'Content-Type': 'text/csv; charset=utf-8',
    })
    return response as unknown as DownloadResponse
  }
  const out = new PassThrough()
  writeXlsx(table, request.lang ?? 'vi', out).catch((error: unknown) =>
    // The status line is gone once bytes flow: a failure mid-way cuts the download short,
    // which the client sees as a broken transfer rather than a valid-looking partial file.
    out.destroy(error instanceof Error ? error : new Error(String(error))),
  )
  const response = c.body(webStream(out), 200, { ...headers, 'Content-Type': XLSX_TYPE })
  return response as unknown as DownloadResponse
}
