import { existsSync } from 'node:fs'
import SQLite from 'better-sqlite3'
import { generateDataset } from './dataset.ts'
import { freshSqlite, importDataset, publishAll } from './load.ts'
import { NATIONAL_SHAPE } from './scenarios.ts'
const file = '/tmp/natkeep/nat.sqlite'
if (!existsSync(file)) {
  const bench = await freshSqlite('/tmp/natkeep', 'nat')
  const ds = generateDataset(NATIONAL_SHAPE)
  console.log(await importDataset(bench.db, ds))
  console.log(await publishAll(bench.db, ds))
  await bench.db.destroy()
}
const sql = `select cur.*, prev.index_pct as prev_index_pct, prev.rank as prev_rank
from (select a.unit_code, u.name as unit_name, a.year, a.index_pct, a.points, a.max_points, a.grade, a.status, a.published_rank, a.published_grade, a.published_index_pct, rank() over (order by a.index_pct desc) as rank
  from assessment a join unit u on u.code = a.unit_code where u.parent_code = ? and u.kind = ? and a.year = ? and a.status = 'PUBLISHED') cur
left join (select a.unit_code, a.index_pct, rank() over (order by a.index_pct desc) as rank
  from assessment a join unit u on u.code = a.unit_code where u.parent_code = ? and u.kind = ? and a.year = ? and a.status = 'PUBLISHED') prev on prev.unit_code = cur.unit_code`
const years = `select distinct a.year from assessment a join unit u on u.code = a.unit_code where u.parent_code = ? and u.kind = ? and a.status = 'PUBLISHED' order by a.year`
for (const cache of [0, -65536, -262144]) {
  const db = new SQLite(file, { readonly: true })
  if (cache) db.pragma(`cache_size = ${cache}`)
  const st = db.prepare(sql)
  const yt = db.prepare(years)
  const args = ['NATIONAL_COMMUNES', 'COMMUNE', 2024, 'NATIONAL_COMMUNES', 'COMMUNE', 2023]
  for (let i = 0; i < 3; i++) st.all(...args)
  let t = performance.now()
  for (let i = 0; i < 10; i++) st.all(...args)
  const r = (performance.now() - t) / 10
  t = performance.now()
  for (let i = 0; i < 10; i++) yt.all('NATIONAL_COMMUNES', 'COMMUNE')
  const y = (performance.now() - t) / 10
  console.log('cache', cache, 'ranking ms', r.toFixed(1), 'years ms', y.toFixed(1))
  db.close()
}
