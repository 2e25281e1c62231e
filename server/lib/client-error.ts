// Requests Node refuses before the app sees them (headers or a URL past maxHeaderSize, a
// malformed request line) get the error envelope too, instead of Node's bare 431 or 400.
import type { Socket } from 'node:net'
import type { ErrorCode } from '#shared/error-codes.ts'
import { errorBody } from './errors.ts'

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
}

function answer(status: number, code: ErrorCode, message: string): string {
  const body = JSON.stringify(errorBody(code, message))
  return (
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Bad Request'}\r\n` +
    'Content-Type: application/json; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  )
}

/** The server's 'clientError' listener: one JSON answer, then the connection is closed. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const response =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? answer(431, 'HEADERS_TOO_LARGE', 'The URL or headers are too large (at most 16 KB)')
      : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
        ? answer(413, 'PAYLOAD_TOO_LARGE', 'The request body is malformed or too large')
        : answer(400, 'VALIDATION_FAILED', 'Malformed HTTP request')
  socket.end(response)
}
