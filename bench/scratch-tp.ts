import { generateDataset } from './dataset.ts'
import { freshSqlite, importDataset, publishAll } from './load.ts'
import { GROWTH_SHAPES, GROWTH_PROBES } from './scenarios.ts'
import { startServer } from './server-process.ts'
import { compareThroughput } from './throughput.ts'
const bench = await freshSqlite('/tmp', 'tp')
const ds = generateDataset(GROWTH_SHAPES['1x'])
await importDataset(bench.db, ds); await publishAll(bench.db, ds)
const server = await startServer({ databaseUrl: bench.url })
for (let i = 0; i < 2; i++) {
  const t = await compareThroughput(server.url, GROWTH_PROBES[0]!.path, { connections: 10, durationSeconds: 3 })
  console.log('200', Math.round(t.ours.requestsPerSecond), Math.round(t.bare.requestsPerSecond), t.ratio.toFixed(2), '304', Math.round(t.revalidate.ours.requestsPerSecond), Math.round(t.revalidate.bare.requestsPerSecond), t.revalidate.ratio.toFixed(2), 'errs', t.ours.non2xx, t.revalidate.ours.non2xx)
}
await server.stop(); await bench.drop()
