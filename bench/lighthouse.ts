// Phones: Lighthouse (the npm package) on Debian's Chromium, with its mobile settings (a Moto G
// Power-sized screen, simulated slow 4G) on the production build served by the real server.
// Chromium is started by Playwright with the project's flags (e2e/chromium-launch.ts) and a
// DevTools port Lighthouse connects to. Each page is audited in a fresh tab with storage cleared,
// as a first visit; the median run by performance score is kept.
//
// The CPU slow-down is calibrated in the same run (ADR 017): one audit per page at Lighthouse's
// default 4× reads the host's BenchmarkIndex, and the budget runs use the slow-down Lighthouse's
// calculator gives for the median reading, so the phone emulated is the one the budgets assume
// whatever the host. The default-4× figures stay in the results beside the calibrated ones.
import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../e2e/chromium-launch.ts'
import { calibratedSlowdown, calibrationDrift, DEFAULT_SLOWDOWN } from './cpu-slowdown.ts'
import { percentiles, round } from './stats.ts'

export type PhonePage = { name: string; path: string }

export type PhoneAudit = {
  name: string
  path: string
  runs: number
  /** 0–100, the median run's. */
  score: number
  lcpMs: number
  tbtMs: number
  cls: number
  fcpMs: number
  speedIndexMs: number
  /**
   * Lighthouse's measure of the host's CPU (BenchmarkIndex; its 4× slow-down assumes ≥ 1,000,
   * a desktop): the reference that says whether the machine or the page changed.
   */
  benchmarkIndex: number
  /** Every run's score, to show the spread. */
  scores: number[]
  /**
   * Every run's TBT, in the order of `scores`: on a shared host one page's runs spread over
   * hundreds of milliseconds, and the budget reads the median-score run's alone.
   */
  tbtsMs: number[]
  /** The heaviest diagnostics of the median run (what to look at when a budget fails). */
  diagnostics: string[]
  /**
   * The page's own performance.measure() entries in the median run, observed (not slowed down)
   * ms by name; the floor page measures React's start this way (bench/phone-floor.ts).
   */
  measuresMs?: Record<string, number>
  /** The calibration audit at Lighthouse's default 4× on this host (for comparison only). */
  atDefaultSlowdown: { score: number; lcpMs: number; tbtMs: number; benchmarkIndex: number } | null
}

export type PhoneFigures =
  | {
      measured: true
      lighthouse: string
      chromium: string
      /** The CPU slow-down of the budget runs, and the BenchmarkIndex it was calibrated from. */
      cpuSlowdown: number
      calibrationIndex: number
      pages: PhoneAudit[]
      /**
       * React alone (bench/phone-floor.ts), audited as the pages are: what no page built on it
       * can read less than on this host. Null when not audited or when no run gave a score.
       */
      floor: PhoneAudit | null
      notes: string[]
    }
  | { measured: false; reason: string }

/** The pages audited, then the floor when it was: each has a row in the report. */
export function auditsWithFloor(phones: Extract<PhoneFigures, { measured: true }>): PhoneAudit[] {
  return phones.floor ? [...phones.pages, phones.floor] : phones.pages
}

/** The floor page's name in the figures and the report. */
export const FLOOR_PAGE: PhonePage = { name: 'floor: React alone', path: 'bench/phone-floor.ts' }

const CHROMIUM = process.env.BENCH_CHROMIUM || '/usr/bin/chromium'
/** The DevTools port Lighthouse talks to (overridable when two runs share a machine). */
const DEVTOOLS_PORT = Number(process.env.BENCH_DEVTOOLS_PORT || 4461)

type Audit = {
  score: number | null
  numericValue?: number
  displayValue?: string
  title: string
  details?: {
    items?: {
      url?: string
      total?: number
      scripting?: number
      name?: string
      timingType?: string
      duration?: number
    }[]
  }
}
type LhResult = {
  lighthouseVersion: string
  environment: { hostUserAgent: string; benchmarkIndex: number }
  categories: { performance?: { score: number | null } }
  audits: Record<string, Audit | undefined>
  runtimeError?: { message: string }
  runWarnings: string[]
}

const numeric = (lhr: LhResult, id: string) => lhr.audits[id]?.numericValue ?? NaN
const scoreOf = (lhr: LhResult) => round((lhr.categories.performance?.score ?? 0) * 100, 0)

/** Opportunities and diagnostics that cost time, worst first: the why of a missed budget. */
function diagnosticsOf(lhr: LhResult): string[] {
  const ids = [
    'largest-contentful-paint-element',
    'render-blocking-resources',
    'unused-javascript',
    'bootup-time',
    'mainthread-work-breakdown',
    'long-tasks',
    'network-dependency-tree-insight',
    'critical-request-chains',
    'layout-shifts',
    'font-display',
    'server-response-time',
  ]
  const found = ids.flatMap((id) => {
    const audit = lhr.audits[id]
    if (!audit || audit.score === 1 || audit.score === null) return []
    return [`${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`]
  })
  // Which scripts the main thread spent its time on (CPU time as simulated, ms).
  const scripts = (lhr.audits['bootup-time']?.details?.items ?? [])
    .slice(0, 4)
    .map(
      (item) =>
        `${(item.url ?? '').replace(/^https?:\/\/[^/]+/, '')} ${Math.round(item.total ?? 0)} ms`,
    )
  if (scripts.length > 0) found.push(`main-thread time by script: ${scripts.join(', ')}`)
  return found
}

/** The page's user-timing measures (Lighthouse's user-timings audit), ms by name. */
function measuresOf(lhr: LhResult): Record<string, number> | undefined {
  const measures = (lhr.audits['user-timings']?.details?.items ?? []).flatMap((item) =>
    item.timingType === 'Measure' && item.name && typeof item.duration === 'number'
      ? [[item.name, round(item.duration, 1)] as const]
      : [],
  )
  return measures.length > 0 ? Object.fromEntries(measures) : undefined
}

/** One audit may take this long: on a saturated machine a trace can stall past any page timeout. */
const AUDIT_TIMEOUT_MS = 240_000

async function auditOnce(url: string, cpuSlowdown: number): Promise<LhResult> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Lighthouse on ${url} took over ${AUDIT_TIMEOUT_MS / 1000} s`)),
      AUDIT_TIMEOUT_MS,
    )
  })
  try {
    return await Promise.race([audit(url, cpuSlowdown), timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function audit(url: string, cpuSlowdown: number): Promise<LhResult> {
  const result = await lighthouse(
    url,
    {
      port: DEVTOOLS_PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      // Merged into the default mobile throttling (slow 4G stays as it is).
      throttling: { cpuSlowdownMultiplier: cpuSlowdown },
    },
    // The default config: formFactor mobile, screen emulation of a phone, simulated throttling.
    undefined,
  )
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const lhr = result.lhr as unknown as LhResult
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`)
  return lhr
}

/**
 * Audits `url` `runs` times at `cpuSlowdown`; the figures of the run with the median performance
 * score, or null when no run gave a score (the failures are in `notes`).
 */
async function auditPage(
  page: PhonePage,
  url: string,
  runs: number,
  cpuSlowdown: number,
  atDefault: LhResult | undefined,
  notes: string[],
): Promise<{ audit: PhoneAudit; version: string } | null> {
  const results: LhResult[] = []
  for (let i = 0; i < runs; i += 1) {
    try {
      results.push(await auditOnce(url, cpuSlowdown))
    } catch (error) {
      notes.push(`${page.name}, run ${i + 1}: ${error instanceof Error ? error.message : error}`)
    }
  }
  const ordered = results
    .filter((r) => typeof r.categories.performance?.score === 'number')
    .sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))
  const middle = ordered[Math.floor((ordered.length - 1) / 2)]
  if (!middle) return null
  for (const warning of middle.runWarnings) notes.push(`${page.name}: ${warning}`)
  return {
    version: middle.lighthouseVersion,
    audit: {
      name: page.name,
      path: page.path,
      runs: ordered.length,
      score: scoreOf(middle),
      lcpMs: round(numeric(middle, 'largest-contentful-paint'), 0),
      tbtMs: round(numeric(middle, 'total-blocking-time'), 0),
      cls: round(numeric(middle, 'cumulative-layout-shift'), 3),
      fcpMs: round(numeric(middle, 'first-contentful-paint'), 0),
      speedIndexMs: round(numeric(middle, 'speed-index'), 0),
      benchmarkIndex: round(middle.environment.benchmarkIndex, 0),
      scores: ordered.map(scoreOf),
      tbtsMs: ordered.map((r) => round(numeric(r, 'total-blocking-time'), 0)),
      diagnostics: diagnosticsOf(middle),
      measuresMs: measuresOf(middle),
      atDefaultSlowdown: atDefault
        ? {
            score: scoreOf(atDefault),
            lcpMs: round(numeric(atDefault, 'largest-contentful-paint'), 0),
            tbtMs: round(numeric(atDefault, 'total-blocking-time'), 0),
            benchmarkIndex: round(atDefault.environment.benchmarkIndex, 0),
          }
        : null,
    },
  }
}

/**
 * Audits each page `runs` times; keeps the run with the median performance score. With a floor
 * page (bench/phone-floor.ts), audits it the same way at the same slow-down, after the pages.
 */
export async function measurePhones(
  baseUrl: string,
  pages: readonly PhonePage[],
  runs: number,
  floorUrl?: string,
): Promise<PhoneFigures> {
  const notes: string[] = []
  const options = chromiumLaunchOptions(CHROMIUM)
  const browser = await chromium.launch({
    ...options,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEVTOOLS_PORT}`],
  })
  try {
    // Calibration: one audit per page at the default slow-down, for the host's BenchmarkIndex.
    const calibration = new Map<string, LhResult>()
    for (const page of pages) {
      try {
        calibration.set(page.path, await auditOnce(`${baseUrl}${page.path}`, DEFAULT_SLOWDOWN))
      } catch (error) {
        notes.push(`${page.name}, calibration: ${error instanceof Error ? error.message : error}`)
      }
    }
    const indices = [...calibration.values()].map((r) => r.environment.benchmarkIndex)
    const calibrationIndex = indices.length > 0 ? percentiles(indices).p50 : Number.NaN
    const cpuSlowdown = round(calibratedSlowdown(calibrationIndex), 2)
    const audits: PhoneAudit[] = []
    let version = ''
    for (const page of pages) {
      const url = `${baseUrl}${page.path}`
      const audited = await auditPage(
        page,
        url,
        runs,
        cpuSlowdown,
        calibration.get(page.path),
        notes,
      )
      if (!audited) continue
      version = audited.version
      audits.push(audited.audit)
    }
    const floor = floorUrl
      ? await auditPage(FLOOR_PAGE, floorUrl, runs, cpuSlowdown, undefined, notes)
      : null
    notes.push(
      ...calibrationDrift(
        calibrationIndex,
        audits.map((a) => a.benchmarkIndex),
      ),
    )
    return {
      measured: true,
      lighthouse: version,
      chromium: browser.version(),
      cpuSlowdown,
      calibrationIndex: round(calibrationIndex, 0),
      pages: audits,
      floor: floor?.audit ?? null,
      notes,
    }
  } finally {
    await browser.close()
  }
}

/** The lowest and highest of a page's runs ("88–93"), or the one value when they agree. */
function spread(values: readonly number[]): string {
  const low = Math.min(...values)
  const high = Math.max(...values)
  return low === high ? `${low}` : `${low}–${high}`
}

/** The spread of a page's scores, for the printed table ("88–93"). */
export function scoreSpread(audit: PhoneAudit): string {
  return spread(audit.scores)
}

/** The spread of a page's TBT over its runs, ms, for the printed table ("54–890"). */
export function tbtSpread(audit: PhoneAudit): string {
  return spread(audit.tbtsMs)
}
