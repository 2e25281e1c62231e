// A page Playwright drives has DevTools' Runtime domain on, and on this host that alone made a
// script's evaluation several times slower than in a visitor's browser: React's start on the
// phone floor page took 53–94 ms there, against 7–24 ms in Chromium with no DevTools client and
// 5–24 ms with the Debugger domain on as well (which Lighthouse's tab also has). So a page whose
// timings the benchmark reports turns the Debugger domain on first, and never pauses (ADR 050).
import type { Page } from '@playwright/test'

export async function timeAsAVisitor(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page)
  await session.send('Debugger.enable')
  // A `debugger` statement or an exception must not stop the page being timed.
  await session.send('Debugger.setSkipAllPauses', { skip: true })
}
