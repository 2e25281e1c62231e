// The HTTP side of an upload: the file from a multipart field `file` or from the raw body with
// its content type, and the answer language from ?lang= or Accept-Language.
import type { Context } from 'hono'
import type { AppEnv } from '#server/lib/app-env.ts'
import { AppError } from '#server/lib/errors.ts'
import type { Lang } from '#shared/schemas/imports.schema.ts'
import { controlCharacterAt, describeCharacter } from '#shared/schemas/text.schema.ts'

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

const ACCEPTED_TYPES = [
  'text/csv',
  'text/plain',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
]

export type Upload = { bytes: Uint8Array; fileName?: string; contentType?: string }

export async function readUpload(c: Context<AppEnv>): Promise<Upload> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'multipart/form-data') {
    let body: Awaited<ReturnType<typeof c.req.parseBody>>
    try {
      body = await c.req.parseBody()
    } catch {
      throw new AppError(400, 'VALIDATION_FAILED', 'The body is not valid multipart/form-data')
    }
    const file = body.file
    if (!(file instanceof File)) {
      throw new AppError(400, 'VALIDATION_FAILED', 'Send the file in the multipart field "file"')
    }
    return {
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: checkFileName(file.name),
      contentType: file.type,
    }
  }
  if (type !== '' && !ACCEPTED_TYPES.includes(type)) {
    throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `Send a CSV or XLSX file, not ${type}`)
  }
  const name = c.req.header('x-file-name')
  return {
    bytes: new Uint8Array(await c.req.arrayBuffer()),
    fileName: name ? checkFileName(decodeFileName(name)) : undefined,
    contentType: type || undefined,
  }
}

/** X-File-Name is percent-encoded UTF-8 (a header is Latin-1); `%` alone is a client's error. */
function decodeFileName(header: string): string {
  try {
    return decodeURIComponent(header)
  } catch {
    throw new AppError(
      400,
      'VALIDATION_FAILED',
      'Invalid header X-File-Name: expected a percent-encoded file name',
    )
  }
}

export const MAX_FILE_NAME_CHARS = 255

/** The name is stored with the batch: one line, bounded, no control characters. */
function checkFileName(name: string): string | undefined {
  if (name === '') return undefined
  if (name.length > MAX_FILE_NAME_CHARS)
    throw new AppError(
      400,
      'VALIDATION_FAILED',
      `Invalid file name: at most ${MAX_FILE_NAME_CHARS} characters`,
    )
  const at = controlCharacterAt(name, false)
  if (at !== -1)
    throw new AppError(
      400,
      'VALIDATION_FAILED',
      `Invalid file name: must not contain control characters (${describeCharacter(name, at)})`,
    )
  return name
}

export function requestLang(c: Context<AppEnv>, query?: Lang): Lang {
  if (query) return query
  const first = (c.req.header('accept-language') ?? '').split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'vi'
}
