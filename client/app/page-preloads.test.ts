import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW } from '#client/lib/cohort-search.ts'
import { PAGE_PRELOADS } from './page-preloads.ts'

// The router's pages as router.tsx declares them: pageRoute('path', … import('./routes/x.tsx')).
const ROUTER = readFileSync(join(process.cwd(), 'client/app/router.tsx'), 'utf8')
const PAGE_ROUTE =
  /pageRoute\(\s*'([^']+)',\s*async \(\) => \(await import\('\.\/routes\/([\w-]+)\.tsx'\)\)/g
const pages = [...ROUTER.matchAll(PAGE_ROUTE)].map(([, path = '', module = '']) => ({
  segment: path.split('/')[0] ?? '',
  module,
}))

describe('PAGE_PRELOADS', () => {
  it('names every page of the router by its first segment, with the module the router loads', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10)
    for (const page of pages)
      expect(PAGE_PRELOADS[page.segment]?.module, page.segment).toBe(page.module)
    const segments = new Set(pages.map((page) => page.segment))
    for (const segment of Object.keys(PAGE_PRELOADS))
      if (segment !== '') expect(segments, segment).toContain(segment)
  })

  it('preloads for the root what the default view needs', () => {
    expect(PAGE_PRELOADS['']).toEqual(PAGE_PRELOADS[DEFAULT_VIEW.replace(/^\//, '')])
  })
})
