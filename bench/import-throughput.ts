// Import throughput, printed as rows/s (a measuring aid, not a timed test): generates files in
// the seeds/*.csv formats in memory (assessments with 8 field:CODE columns, tasks, awards) and
// imports each into a fresh SQLite file and a fresh PostgreSQL schema, first into empty tables,
// then again unchanged (a re-import), then with every value changed (an update of every row),
// then undoes both batches, newest first.
//   npx tsx bench/import-throughput.ts [communes=5000] [years=10] \
//     [sqlite|postgres] [assessments,tasks,awards]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { createDb, type DialectName } from '#server/db/create-db.ts'
import { migrateToLatest } from '#server/db/migrate.ts'
import type { Database } from '#server/db/schema.ts'
import { syncReferenceData } from '#server/db/sync-reference-data.ts'
import { createTestDb } from '#server/test/create-test-db.ts'
import type { ImportFileKind } from '#shared/import/import-columns.ts'
import { runImport } from '#server/features/imports/run-import.ts'
import { undoImport } from '#server/write-path/undo-import.ts'

const FIELDS: [string, number][] = [
  ['LEADERSHIP', 10],
  ['INSTITUTIONS', 8],
  ['PROCEDURES', 12],
  ['ORGANISATION', 7],
  ['CIVIL_SERVICE', 11],
  ['PUBLIC_FINANCE', 8],
  ['DIGITAL_GOVERNMENT', 14],
  ['IMPACT', 30],
]
const STATUSES = ['DONE_ON_TIME', 'DONE_LATE', 'IN_PROGRESS', 'OVERDUE', 'NOT_STARTED', 'CANCELLED']

const communes = Number(process.argv[2] ?? 5000)
const yearCount = Number(process.argv[3] ?? 10)
const only = process.argv[4] as DialectName | undefined
const kinds = process.argv[5]?.split(',')
const years = Array.from({ length: yearCount }, (_, i) => 2024 - yearCount + 1 + i)
const districts = Math.ceil(communes / 20)
const communeCode = (c: number) => `P01.D${Math.floor(c / 20)}.C${c % 20}`

const csv = (rows: (string | number)[][]) =>
  new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n') + '\n')

function unitsFile() {
  const rows: (string | number)[][] = [
    ['code', 'name', 'kind', 'parent_code', 'valid_from', 'valid_to'],
  ]
  rows.push(
    ['VN', 'Việt Nam', 'COUNTRY', '', '', ''],
    ['P01', 'Tỉnh Một', 'PROVINCE', 'VN', '', ''],
  )
  for (let d = 0; d < districts; d++)
    rows.push([`P01.D${d}`, `Huyện ${d}`, 'DISTRICT', 'P01', '', ''])
  for (let c = 0; c < communes; c++)
    rows.push([communeCode(c), `Xã ${c}`, 'COMMUNE', `P01.D${Math.floor(c / 20)}`, '', ''])
  return csv(rows)
}

function schemesFile() {
  const head = ['P01', 'COMMUNE', years[0] ?? 2015, '', 'Bộ chỉ số cấp xã']
  return csv([
    [
      'province_code',
      'unit_kind',
      'year_from',
      'year_to',
      'name',
      'item',
      'code',
      'max_points',
      'component',
      'min_pct',
      'label_vi',
      'label_en',
    ],
    ...FIELDS.map(([code, max]) => [...head, 'field', code, max, 'APPRAISAL', '', '', '']),
    [...head, 'grade', 'GOOD', '', '', 80, 'Tốt', 'Good'],
    [...head, 'grade', 'POOR', '', '', 0, 'Kém', 'Poor'],
  ])
}

/** `shift` changes every value (0 = the first file, 1 = every row updated). */
function assessmentsFile(shift: number) {
  const rows: (string | number)[][] = [
    ['unit_code', 'year', 'max_points', 'points', ...FIELDS.map(([c]) => `field:${c}`)],
  ]
  for (let c = 0; c < communes; c++)
    for (const y of years) {
      const fields = FIELDS.map(
        ([, max], i) => Math.round(max * (0.5 + ((c + y + i + shift) % 7) / 20) * 100) / 100,
      )
      const points = Math.round(fields.reduce((s, f) => s + f, 0) * 100) / 100
      rows.push([communeCode(c), y, 100, points, ...fields])
    }
  return csv(rows)
}

function tasksFile(shift: number) {
  const rows: (string | number)[][] = [['unit_code', 'year', 'field', ...STATUSES]]
  for (let c = 0; c < communes; c++)
    for (const y of years) rows.push([communeCode(c), y, '', 5 + shift, 2, (c + y) % 4, 1, 0, 0])
  return csv(rows)
}

function awardsFile(shift: number) {
  const header = [
    'unit_code',
    'year',
    'award_code',
    'recipient_type',
    'count',
    'recipient_name',
    'issuer_level',
    'decision_no',
    'decision_date',
    'reason',
  ]
  const rows: (string | number)[][] = [header]
  for (let c = 0; c < communes; c++)
    for (const y of years) {
      const base = [communeCode(c), y, 'MERIT_CERTIFICATE']
      rows.push([
        ...base,
        'COLLECTIVE',
        3 + shift,
        '',
        'COMMUNE',
        `${c}/QĐ-UBND`,
        `${y + 1}-01-15`,
        'PAR',
      ])
    }
  return csv(rows)
}

async function timed(db: Kysely<Database>, kind: ImportFileKind, bytes: Uint8Array, label: string) {
  const start = performance.now()
  const cpu = process.cpuUsage()
  const result = await runImport(db, { kind, bytes, dryRun: false, lang: 'en', actor: null })
  const seconds = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  const cpuSeconds = (used.user + used.system) / 1e6
  if (result.errors.length > 0) throw new Error(`${kind}: ${JSON.stringify(result.errors[0])}`)
  const rate = Math.round(result.rows / seconds).toLocaleString('en-US')
  const what = `+${result.inserted} ~${result.updated} =${result.unchanged}`
  console.log(
    `  ${kind.padEnd(11)} ${label.padEnd(9)} ${String(result.rows).padStart(7)} rows ${seconds.toFixed(2).padStart(6)} s ${rate.padStart(9)} rows/s  (${what}; ${cpuSeconds.toFixed(2)} s CPU in this process)`,
  )
  return result.batchId
}

async function run(dialect: DialectName) {
  let db: Kysely<Database>
  let destroy: () => Promise<void>
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'par-import-'))
    db = createDb({ dialect: 'sqlite', filename: join(dir, 'bench.sqlite') })
    await migrateToLatest(db)
    destroy = async () => {
      await db.destroy()
      rmSync(dir, { recursive: true, force: true })
    }
  } else {
    const t = await createTestDb('postgres')
    db = t.db
    destroy = t.destroy
  }
  try {
    console.log(`${dialect}: ${communes} communes × ${years.length} years`)
    await syncReferenceData(db)
    await runImport(db, {
      kind: 'units',
      bytes: unitsFile(),
      dryRun: false,
      lang: 'en',
      actor: null,
    })
    await runImport(db, {
      kind: 'schemes',
      bytes: schemesFile(),
      dryRun: false,
      lang: 'en',
      actor: null,
    })
    const files: [ImportFileKind, (shift: number) => Uint8Array][] = [
      ['assessments', assessmentsFile],
      ['tasks', tasksFile],
      ['awards', awardsFile],
    ]
    for (const [kind, make] of files) {
      if (kinds && !kinds.includes(kind)) continue
      const first = make(0)
      const inserted = await timed(db, kind, first, 'first')
      await timed(db, kind, first, 're-import')
      const updated = await timed(db, kind, make(1), 'update')
      for (const [label, batchId] of [
        ['update', updated],
        ['first', inserted],
      ] as const) {
        const start = performance.now()
        const undo = await undoImport(db, batchId as string, null)
        const seconds = ((performance.now() - start) / 1000).toFixed(2)
        console.log(
          `  ${kind.padEnd(11)} undo ${label.padEnd(6)} ${seconds.padStart(6)} s  (restored ${undo.restored}, deleted ${undo.deleted})`,
        )
      }
    }
  } finally {
    await destroy()
  }
}

for (const dialect of only ? [only] : (['sqlite', 'postgres'] as const)) await run(dialect)
