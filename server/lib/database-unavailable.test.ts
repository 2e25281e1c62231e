import { describe, expect, it } from 'vitest'
import { isDatabaseUnavailable } from './errors.ts'

const withCode = (code: string) => Object.assign(new Error(code), { code })

describe('isDatabaseUnavailable', () => {
  it('answers 503 for a busy SQLite in every extended form, and a lost PostgreSQL', () => {
    for (const code of [
      'SQLITE_BUSY',
      'SQLITE_BUSY_SNAPSHOT',
      'SQLITE_BUSY_RECOVERY',
      'SQLITE_BUSY_TIMEOUT',
      'SQLITE_CANTOPEN',
      '57P01',
      '08006',
      'ECONNREFUSED',
    ])
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true)
  })

  it('leaves the errors of a request or a bug alone', () => {
    for (const code of ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_ERROR', '23505', '22003', '42P01'])
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(false)
  })
})
