import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '#shared/error-codes.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { apiErrorFromBody } from './api-error.ts'

describe('apiErrorFromBody', () => {
  it('reads the envelope: status, code, message and details', () => {
    const error = apiErrorFromBody(404, {
      error: { code: 'NOT_FOUND', message: 'Unknown unit X', details: { missing: ['X'] } },
    })
    expect(error).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      message: 'Unknown unit X',
      details: { missing: ['X'] },
    })
  })

  it('keeps the server’s message when the code is one it does not know, as INTERNAL', () => {
    const error = apiErrorFromBody(409, {
      error: { code: 'SOMETHING_NEWER', message: 'The scheme changed meanwhile' },
    })
    expect(error).toMatchObject({
      status: 409,
      code: 'INTERNAL',
      message: 'The scheme changed meanwhile',
    })
  })

  it('falls back to the status when the envelope has no text message', () => {
    const error = apiErrorFromBody(400, { error: { code: 'VALIDATION_FAILED', message: 42 } })
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'HTTP 400' })
  })

  it('answers a body that is not an envelope with a generic error by status', () => {
    expect(apiErrorFromBody(502, '<html>Bad gateway</html>')).toMatchObject({
      code: 'INTERNAL',
      message: 'HTTP 502',
    })
    expect(apiErrorFromBody(404, { message: 'nope' })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'HTTP 404',
    })
  })

  it('reads every envelope the server’s schema accepts as the server wrote it', () => {
    for (const code of ERROR_CODES)
      for (const details of [undefined, null, ['row 3'], { field: 'year' }]) {
        const body = ApiErrorBodySchema.parse({ error: { code, message: `Lỗi ${code}`, details } })
        expect(apiErrorFromBody(400, body)).toMatchObject({
          status: 400,
          code,
          message: `Lỗi ${code}`,
          details,
        })
      }
  })

  it('reads no envelope out of an array, a null error or an error that is not an object', () => {
    for (const body of [
      [{ error: { code: 'CONFLICT', message: 'x' } }],
      { error: null },
      { error: 'CONFLICT' },
      null,
    ])
      expect(apiErrorFromBody(409, body)).toMatchObject({ code: 'NOT_FOUND', message: 'HTTP 409' })
  })
})
