import { describe, expect, it } from 'vitest'
import { mayRead } from './may-read.ts'

describe('mayRead', () => {
  it('lets anyone read while access is public or not yet known', () => {
    expect(mayRead('public', null)).toBe(true)
    expect(mayRead(undefined, null)).toBe(true)
  })

  it('lets only signed-in users read while access is login', () => {
    expect(mayRead('login', null)).toBe(false)
    expect(mayRead('login', undefined)).toBe(false)
    expect(mayRead('login', { email: 'a@b.vn', role: 'VIEWER' })).toBe(true)
  })
})
