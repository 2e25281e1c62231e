import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../e2e/chromium-launch.ts'
const ports = (process.env.LHPORTS ?? '4600').split(',')
const paths = (process.env.PAGES ?? '/units/LONG_AN.THANH_HOA').split(',')
const slow = Number(process.env.SLOW ?? 4), runs = Number(process.env.RUNS ?? 3)
const browser = await chromium.launch({ ...chromiumLaunchOptions('/usr/bin/chromium'), args: [...CHROMIUM_ARGS, '--remote-debugging-port=4461'] })
const res: Record<string, any[]> = {}
for (let i = 0; i < runs; i++) for (const port of ports) for (const path of paths) {
  const r = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: 4461, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttling: { cpuSlowdownMultiplier: slow } })
  const l = r!.lhr as any
  const k = `${port}${path}`
  if (process.env.TRACE) { const { writeFileSync } = await import('node:fs'); writeFileSync(`${process.env.TRACE}-${port}-${i}.json`, JSON.stringify((r as any).artifacts.Trace ?? (r as any).artifacts.traces?.defaultPass)) }
  ;(res[k] ??= []).push({ score: Math.round(l.categories.performance.score * 100), tbt: Math.round(l.audits['total-blocking-time'].numericValue), lcp: Math.round(l.audits['largest-contentful-paint'].numericValue), bi: Math.round(l.environment.benchmarkIndex) })
  if (process.env.VERBOSE) {
    console.log(k, JSON.stringify(res[k]!.at(-1)))
    for (const it of l.audits['long-tasks']?.details?.items ?? []) console.log('  long', Math.round(it.startTime), Math.round(it.duration), it.url?.replace(/^https?:\/\/[^/]+/, ''))
    for (const it of (l.audits['mainthread-work-breakdown']?.details?.items ?? []).slice(0, 8)) console.log('  mw', it.groupLabel ?? it.group, Math.round(it.duration))
    for (const it of (l.audits['bootup-time']?.details?.items ?? []).slice(0, 6)) console.log('  js', it.url?.replace(/^https?:\/\/[^/]+/, ''), Math.round(it.total), Math.round(it.scripting))
  }
}
for (const [k, v] of Object.entries(res)) { const med = (f: string) => v.map((x) => x[f]).sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)]; console.log(k, 'score', med('score'), 'tbt', med('tbt'), 'lcp', med('lcp'), 'bi', med('bi'), JSON.stringify(v.map((x) => x.tbt))) }
await browser.close()
