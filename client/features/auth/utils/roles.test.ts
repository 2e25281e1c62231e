import { describe, expect, it } from 'vitest'
import { hasRole, safeNext, waitMinutes } from './roles.ts'

describe('hasRole', () => {
  it.each([
    ['ADMIN', 'EDITOR', true],
    ['EDITOR', 'EDITOR', true],
    ['VIEWER', 'EDITOR', false],
    ['EDITOR', 'ADMIN', false],
    [null, 'VIEWER', false],
  ] as const)('%s has %s: %s', (role, needed, expected) => {
    expect(hasRole(role, needed)).toBe(expected)
  })
})

describe('safeNext', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNext('/data?tab=history')).toBe('/data?tab=history')
  })
  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example'])(
    'falls back to / for %s',
    (next) => {
      expect(safeNext(next)).toBe('/')
    },
  )
})

describe('waitMinutes', () => {
  it('rounds up and never says 0', () => {
    expect(waitMinutes(61)).toBe(2)
    expect(waitMinutes(900)).toBe(15)
    expect(waitMinutes(1)).toBe(1)
    expect(waitMinutes(null)).toBe(1)
  })
})
