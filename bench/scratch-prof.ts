import { spawn } from 'node:child_process'
import autocannon from 'autocannon'
import { generateDataset } from './dataset.ts'
import { freshSqlite, importDataset, publishAll } from './load.ts'
import { GROWTH_SHAPES } from './scenarios.ts'
import { waitForHttp } from './server-process.ts'
const bench = await freshSqlite('/tmp', 'prof')
const ds = generateDataset(GROWTH_SHAPES['1x'])
await importDataset(bench.db, ds); await publishAll(bench.db, ds)
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2', '--import', 'tsx', 'server/index.ts'], { env: { ...process.env, DATABASE_URL: bench.url, PORT: '3999', HOST: '127.0.0.1', DEMO_DATA: 'off', LOG_LEVEL: 'warn' }, stdio: 'inherit' })
await waitForHttp('http://127.0.0.1:3999/api/health', child, () => '')
const url = 'http://127.0.0.1:3999/api/rankings?parent=P01&kind=DISTRICT&year=2024'
await fetch(url).then((r) => r.arrayBuffer())
const r = await autocannon({ url, connections: 10, duration: 5 })
console.log('req/s', r.requests.average)
child.kill('SIGINT'); await new Promise((res) => child.once('exit', res))
await bench.drop()
