// A page timed as a visitor has the Debugger domain on; it must still run straight through a
// `debugger` statement and a thrown error, as a visitor's browser does.
import { chromium } from '@playwright/test'
import { describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../e2e/chromium-launch.ts'
import { timeAsAVisitor } from './visitor-timing.ts'

describe('timing a page as a visitor', () => {
  it('never pauses the page on a debugger statement or an exception', async () => {
    const browser = await chromium.launch({ ...chromiumLaunchOptions(), args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage()
      await timeAsAVisitor(page)
      await page.setContent(
        '<script>debugger; try { throw new Error("caught") } catch {} ; document.title = "ran"</script>',
      )
      await expect.poll(() => page.title(), { timeout: 5_000 }).toBe('ran')
    } finally {
      await browser.close()
    }
  })
})
