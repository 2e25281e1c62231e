// The phone floor must be a page that really starts React, or its audit proves nothing: served
// as the app's files are, opened with the compile hint, and rendering its element in Chromium.
import { chromium } from '@playwright/test'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../e2e/chromium-launch.ts'
import { type PhoneFloorPage, startPhoneFloor } from './phone-floor.ts'
import { FLOOR_MEASURE, FLOOR_START_MARK } from './phone-floor-marks.ts'

const { version: reactDomVersion } = createRequire(import.meta.url)('react-dom/package.json') as {
  version: string
}
let served: PhoneFloorPage | undefined
const floor = (): PhoneFloorPage => {
  if (!served) throw new Error('the floor page did not start')
  return served
}

beforeAll(async () => {
  served = await startPhoneFloor()
})
afterAll(async () => {
  await served?.stop()
})

describe('the phone floor page', () => {
  it('serves a shell that paints before any script, and React as one compressed module', async () => {
    const page = await fetch(floor().url)
    expect(page.headers.get('content-encoding')).toBe('gzip')
    const html = await page.text()
    expect(html).toContain('<h1>Chỉ số cải cách hành chính</h1>')
    expect(html).not.toMatch(/<script[^>]+src=/)
    const script = await fetch(new URL('/floor.js', floor().url))
    const text = await script.text()
    expect(text.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true)
    expect(text.split('\n')[1]).toBe(`performance.mark(${JSON.stringify(FLOOR_START_MARK)});`)
    // The installed React DOM's production build: its version string, and the minified errors
    // only the production build carries.
    expect(text).toContain(reactDomVersion)
    expect(text).toContain('Minified React error #')
    expect(floor().scriptBytes).toBeGreaterThan(100_000)
    expect((await fetch(new URL('/missing.js', floor().url))).status).toBe(404)
  })

  it('renders its element in Chromium after the shell', async () => {
    const browser = await chromium.launch({ ...chromiumLaunchOptions(), args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(floor().url)
      await expect.poll(() => page.locator('#root p').textContent()).toBe('Đã tải.')
      expect(await page.locator('#root h1').count()).toBe(0)
      // React's evaluation and first commit, measured by the page from its module's first line.
      const started = await page.evaluate(
        (name) => performance.getEntriesByName(name, 'measure')[0]?.duration ?? -1,
        FLOOR_MEASURE,
      )
      expect(started).toBeGreaterThan(0)
      expect(errors).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
