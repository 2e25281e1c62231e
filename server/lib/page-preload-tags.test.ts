import { describe, expect, it } from 'vitest'
import { APP_MODULES_TEMPLATE, type BuiltPagePreloads } from '#shared/dto/page-preloads.ts'
import { pagePreloadTags, withPagePreloads } from './page-preload-tags.ts'

const PRELOADS: BuiltPagePreloads = {
  '': { modules: ['/assets/overview-a1.js'], fetches: ['/api/cohorts'] },
  rankings: {
    modules: ['/assets/rankings-b2.js', '/assets/table-c3.js'],
    fetches: ['/api/cohorts'],
  },
  units: { modules: ['/assets/unit-profile-d4.js'], fetches: ['/api/units/:code/profile'] },
  login: { modules: ['/assets/login-e5.js'], fetches: [] },
}

describe('pagePreloadTags', () => {
  it("names a page's chunks and first reads", () => {
    expect(pagePreloadTags(PRELOADS, '/rankings')).toEqual({
      modules:
        '<link rel="modulepreload" crossorigin href="/assets/rankings-b2.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/table-c3.js">',
      fetches: '<link rel="preload" href="/api/cohorts" as="fetch" crossorigin>',
    })
    expect(pagePreloadTags(PRELOADS, '/').modules).toContain('/assets/overview-a1.js')
    expect(pagePreloadTags(PRELOADS, '/login')).toEqual({
      modules: '<link rel="modulepreload" crossorigin href="/assets/login-e5.js">',
      fetches: '',
    })
  })

  it("asks for a unit's profile only for a well-formed code in /units/:code", () => {
    expect(pagePreloadTags(PRELOADS, '/units/LONG_AN.THANH_HOA').fetches).toBe(
      '<link rel="preload" href="/api/units/LONG_AN.THANH_HOA/profile" as="fetch" crossorigin>',
    )
    for (const path of ['/units/', '/units/a%22b', '/units/x"><script>', '/units/A/B'])
      expect(pagePreloadTags(PRELOADS, path).fetches, path).toBe('')
  })

  it('adds nothing for a path no page claims, nor for inherited names', () => {
    const none = { modules: '', fetches: '' }
    expect(pagePreloadTags(PRELOADS, '/no-such-page')).toEqual(none)
    expect(pagePreloadTags(PRELOADS, '/constructor')).toEqual(none)
    expect(pagePreloadTags({}, '/rankings')).toEqual(none)
  })

  it('leaves out a name that would need escaping', () => {
    const odd: BuiltPagePreloads = { x: { modules: ['/assets/a".js'], fetches: ['/api/a b'] } }
    expect(pagePreloadTags(odd, '/x')).toEqual({ modules: '', fetches: '' })
  })
})

describe('withPagePreloads', () => {
  const tags = { modules: '<link m>', fetches: '<link f>' }

  it("puts the reads in <head> and the modules in the app's module list", () => {
    const html = `<head><title>t</title></head><body>${APP_MODULES_TEMPLATE}<link e></template></body>`
    expect(withPagePreloads(html, tags)).toBe(
      `<head><title>t</title><link f></head><body>${APP_MODULES_TEMPLATE}<link m><link e></template></body>`,
    )
  })

  it('puts both in <head> without a module list, and changes nothing without a <head>', () => {
    expect(withPagePreloads('<head></head><body></body>', tags)).toBe(
      '<head><link m><link f></head><body></body>',
    )
    expect(withPagePreloads('<p>no head</p>', tags)).toBe('<p>no head</p>')
    expect(withPagePreloads('<head></head>', { modules: '', fetches: '' })).toBe('<head></head>')
  })
})
