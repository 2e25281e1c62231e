import { readFileSync, existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping'
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../e2e/chromium-launch.ts'
const url = process.argv[2]!
const dist = process.env.DIST ?? 'dist'
const browser = await chromium.launch({ ...chromiumLaunchOptions('/usr/bin/chromium'), args: CHROMIUM_ARGS })
const agg = new Map<string, number>(); const incl = new Map<string, number>()
const maps = new Map<string, TraceMap | null>()
const mapFor = (u: string) => { if (!maps.has(u)) { const f = `${dist}/client${new URL(u).pathname}.map`; maps.set(u, existsSync(f) ? new TraceMap(readFileSync(f, 'utf8')) : null) } return maps.get(u) }
const runs = Number(process.env.RUNS ?? 3)
for (let r = 0; r < runs; r++) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } }); const page = await ctx.newPage()
  const cdp = await ctx.newCDPSession(page)
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start')
  await page.goto(url, { waitUntil: 'networkidle' }); await page.waitForTimeout(1500)
  const { profile } = await cdp.send('Profiler.stop') as any
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
  const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const time = new Map<number, number>()
  profile.samples.forEach((s: number, i: number) => time.set(s, (time.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const nameOf = (n: any) => { const cf = n.callFrame; let loc = `${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`; const m = cf.url.startsWith('http') ? mapFor(cf.url) : null; if (m) { const p = originalPositionFor(m, { line: cf.lineNumber + 1, column: cf.columnNumber }); if (p.source) loc = `${p.source.replace(/^.*node_modules\//, 'nm/').replace(/^(\.\.\/)+/, '')}:${p.line}` } return `${cf.functionName || '(anon)'} ${loc}` }
  for (const [id, t] of time) { const n: any = byId.get(id); const k = nameOf(n); agg.set(k, (agg.get(k) ?? 0) + t); const seen = new Set<string>(); let x: number | undefined = id; while (x !== undefined) { const kk = nameOf(byId.get(x)); if (!seen.has(kk)) { incl.set(kk, (incl.get(kk) ?? 0) + t); seen.add(kk) } x = parent.get(x) } }
  if (process.env.TREE && r === 0) {
    const inclOf = new Map<number, number>()
    const calc = (id: number): number => { const n: any = byId.get(id); let t = time.get(id) ?? 0; for (const c of n.children ?? []) t += calc(c); inclOf.set(id, t); return t }
    calc(profile.nodes[0].id)
    const min = Number(process.env.TREEMIN ?? 1000)
    const print = (id: number, depth: number, on: boolean) => { const n: any = byId.get(id); const nm = nameOf(n); const hit = on || nm.includes(process.env.TREE!); if (hit && (inclOf.get(id) ?? 0) >= min) console.log(' '.repeat(depth) + ((inclOf.get(id) ?? 0) / 1000).toFixed(1) + ' ' + nm); for (const c of n.children ?? []) if ((inclOf.get(c) ?? 0) >= min) print(c, hit ? depth + 1 : depth, hit) }
    print(profile.nodes[0].id, 0, false)
  }
  await ctx.close()
}
await browser.close()
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, v]) => console.log((v / 1000 / runs).toFixed(1).padStart(7), k))
console.log('--self'); top(agg, Number(process.env.NSELF ?? 40)); console.log('--incl'); top(incl, Number(process.env.NINCL ?? 80))
