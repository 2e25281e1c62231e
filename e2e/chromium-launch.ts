// How every browser of the project is started: Debian's Chromium when present (no browser
// download needed), else Playwright's own; headless, and without the background work (updates,
// sync, QUIC probes) that would compete with the page for the CPU.
import { existsSync } from 'node:fs'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Launch options for Chromium at `executablePath` (default: Debian's, when installed). */
export function chromiumLaunchOptions(executablePath = SYSTEM_CHROMIUM) {
  return {
    ...(existsSync(executablePath) ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  }
}
