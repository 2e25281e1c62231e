// The soak run's bomb step: XLSX decompression bombs posted to /api/imports as an editor (each
// alone, then three at once) while one reader keeps requesting a list; each bomb must be refused
// (413/422) within its budget and the reads' p99 meanwhile stay under the target.
import { manyCellsXlsx, oneHugeCellXlsx } from '#server/features/imports/__fixtures__/xlsx-bomb.ts'

export const BOMB_BUDGET_MS = 10_000
export const BOMB_READS_P99_MS = 100

export type BombFigures = {
  cases: { name: string; bytes: number; status: number; ms: number }[]
  together: { statuses: number[]; ms: number }
  reads: { count: number; p50Ms: number; p99Ms: number }
}

const round1 = (n: number) => Math.round(n * 10) / 10

function post(base: string, cookie: string, bytes: Uint8Array): Promise<number> {
  return fetch(`${base}/api/imports?kind=assessments&dryRun=true`, {
    method: 'POST',
    headers: {
      cookie,
      origin: base,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'x-file-name': 'bomb.xlsx',
    },
    // fetch's types want an ArrayBuffer-backed view; the bytes are one.
    body: bytes as Uint8Array<ArrayBuffer>,
  }).then(async (res) => {
    await res.arrayBuffer()
    return res.status
  })
}

export async function bombsWhileReading(base: string, cookie: string): Promise<BombFigures> {
  const files: [string, Uint8Array][] = [
    ['one 400 MB cell, sizes declared', await oneHugeCellXlsx(400)],
    ['one 400 MB cell, sizes understated', await oneHugeCellXlsx(400, true)],
    ['20 million cells, sizes understated', await manyCellsXlsx(20, true)],
  ]
  const times: number[] = []
  let reading = true
  const reader = (async () => {
    while (reading) {
      const started = performance.now()
      await (await fetch(`${base}/api/units?kind=DISTRICT`)).arrayBuffer()
      times.push(performance.now() - started)
    }
  })()
  const cases: BombFigures['cases'] = []
  try {
    for (const [name, bytes] of files) {
      const started = performance.now()
      const status = await post(base, cookie, bytes)
      cases.push({ name, bytes: bytes.length, status, ms: Math.round(performance.now() - started) })
    }
    const started = performance.now()
    const statuses = await Promise.all(files.map(([, bytes]) => post(base, cookie, bytes)))
    const together = { statuses, ms: Math.round(performance.now() - started) }
    reading = false
    await reader
    times.sort((a, b) => a - b)
    const at = (q: number) =>
      round1(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0)
    return { cases, together, reads: { count: times.length, p50Ms: at(0.5), p99Ms: at(0.99) } }
  } finally {
    reading = false
    await reader
  }
}
