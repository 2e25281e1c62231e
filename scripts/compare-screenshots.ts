// npx tsx scripts/compare-screenshots.ts <before-dir> <after-dir> [--threshold=0.001]
// Compares two sets of `npm run screenshots` PNGs pixel by pixel in Chromium (a canvas decodes
// them; no image library needed) and prints, for every file present in both, its size in each
// and the share of pixels that differ by more than a small colour tolerance. Used to check that a
// change meant to hold the behaviour (a refactor, an upgrade) did not move what people see.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/chromium-launch.ts'

const args = process.argv.slice(2)
const [before, after] = args.filter((a) => !a.startsWith('--'))
const threshold = Number(args.find((a) => a.startsWith('--threshold='))?.slice(12) ?? 0.001)
if (!before || !after) {
  process.stderr.write('usage: tsx scripts/compare-screenshots.ts <before-dir> <after-dir>\n')
  process.exit(2)
}

type Diff = { width: [number, number]; height: [number, number]; changed: number }

const COMPARE = `async ([a, b]) => {
  const load = (src) => new Promise((ok, fail) => {
    const img = new Image(); img.onload = () => ok(img); img.onerror = fail; img.src = src
  })
  const [x, y] = await Promise.all([load(a), load(b)])
  const pixels = (img, w, h) => {
    const c = document.createElement('canvas'); c.width = w; c.height = h
    const g = c.getContext('2d'); g.drawImage(img, 0, 0)
    return g.getImageData(0, 0, w, h).data
  }
  const w = Math.max(x.width, y.width), h = Math.max(x.height, y.height)
  const p = pixels(x, w, h), q = pixels(y, w, h)
  let changed = 0
  for (let i = 0; i < p.length; i += 4) {
    const d = Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) + Math.abs(p[i + 3] - q[i + 3])
    if (d > 24) changed++
  }
  return { width: [x.width, y.width], height: [x.height, y.height], changed: changed / (w * h) }
}`

const names = readdirSync(before).filter((f) => f.endsWith('.png'))
const browser = await chromium.launch(chromiumLaunchOptions(process.env.BENCH_CHROMIUM))
let moved = 0
try {
  const page = await browser.newPage()
  for (const name of names) {
    let other: Buffer
    try {
      other = readFileSync(join(after, name))
    } catch {
      console.log(`${name}: missing after`)
      moved += 1
      continue
    }
    const url = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`
    const diff = (await page.evaluate(
      `(${COMPARE})(${JSON.stringify([url(readFileSync(join(before, name))), url(other)])})`,
    )) as Diff
    const sized = diff.width[0] !== diff.width[1] || diff.height[0] !== diff.height[1]
    const over = sized || diff.changed > threshold
    if (over) moved += 1
    console.log(
      `${over ? '≠' : '='} ${name}: ${(diff.changed * 100).toFixed(2)} % of pixels` +
        (sized
          ? `, size ${diff.width[0]}×${diff.height[0]} → ${diff.width[1]}×${diff.height[1]}`
          : ''),
    )
  }
} finally {
  await browser.close()
}
console.log(`${names.length} compared, ${moved} differ (threshold ${threshold * 100} %)`)
