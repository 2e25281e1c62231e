import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error.ts'
import { shouldRetry } from './query-client.ts'

describe('shouldRetry', () => {
  it('asks again once when the data changed while a list was read, never for another 4xx', () => {
    const conflict = new ApiError(409, 'CONFLICT', 'The data changed while the list was read')
    expect(shouldRetry(0, conflict)).toBe(true)
    expect(shouldRetry(1, conflict)).toBe(false)
    expect(shouldRetry(0, new ApiError(404, 'NOT_FOUND', 'No such unit'))).toBe(false)
    expect(shouldRetry(1, new ApiError(503, 'DATABASE_UNAVAILABLE', 'Database unavailable'))).toBe(
      true,
    )
    expect(shouldRetry(2, new ApiError(0, 'NETWORK', 'offline'))).toBe(false)
  })
})
