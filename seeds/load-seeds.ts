// Loads the demo CSVs through the same import pipeline as an upload (STYLE B.6 "Seeds"), in
// dependency order, then publishes the cohort-years listed in publications.csv.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Kysely } from 'kysely'
import { syncReferenceData } from '#server/db/sync-reference-data.ts'
import type { Database } from '#server/db/schema.ts'
import { setCohortStatus } from '#server/features/publications/publications.repository.ts'
import { parseCsv } from '#server/features/imports/parse-csv.ts'
import { runImport } from '#server/features/imports/run-import.ts'
import type { ImportFileKind } from '#shared/import/import-columns.ts'

// Beside this module when run from source; from the project root when run as the server bundle
// (dist/server/index.mjs), which is started there like the SPA it serves from dist/client.
const SOURCE_DIR = fileURLToPath(new URL('.', import.meta.url))
const SEEDS_DIR = existsSync(join(SOURCE_DIR, 'units.csv')) ? SOURCE_DIR : resolve('seeds')

const STEPS: { kind: ImportFileKind; files: (names: string[]) => string[] }[] = [
  // The old map first (units.csv), then later maps in order (units-2025.csv: the units of 1 July
  // 2025 and the placements that change then, which need the units they move).
  {
    kind: 'units',
    files: (n) => [
      ...n.filter((f) => f === 'units.csv'),
      ...n.filter((f) => /^units-.+\.csv$/.test(f)),
    ],
  },
  { kind: 'lineage', files: (n) => n.filter((f) => f === 'unit-lineage.csv') },
  { kind: 'schemes', files: (n) => n.filter((f) => f === 'schemes.csv') },
  { kind: 'assessments', files: (n) => n.filter((f) => /^assessments-.*\.csv$/.test(f)) },
  { kind: 'tasks', files: (n) => n.filter((f) => /^tasks-.*\.csv$/.test(f)) },
  { kind: 'awards', files: (n) => n.filter((f) => /^awards-.*\.csv$/.test(f)) },
]

/** Imports every demo file that exists; returns rows written per file (and cohort-years published). */
export async function loadSeeds(
  db: Kysely<Database>,
  dir: string = SEEDS_DIR,
): Promise<Record<string, number>> {
  await syncReferenceData(db)
  const names = readdirSync(dir).sort()
  const summary: Record<string, number> = {}
  for (const step of STEPS) {
    for (const file of step.files(names)) {
      const bytes = readFileSync(`${dir}/${file}`)
      const result = await runImport(db, {
        kind: step.kind,
        bytes,
        fileName: file,
        dryRun: false,
        lang: 'vi',
        actor: null,
      })
      summary[file] = result.inserted + result.updated
    }
    // Publications follow the assessments they publish and precede tasks and awards.
    if (step.kind === 'assessments' && names.includes('publications.csv')) {
      summary['publications.csv'] = await publish(
        db,
        readFileSync(`${dir}/publications.csv`, 'utf8'),
      )
    }
  }
  return summary
}

async function publish(db: Kysely<Database>, text: string): Promise<number> {
  const [header, ...records] = parseCsv(text).filter((r) => r.cells.some((c) => c.trim() !== ''))
  const col = (name: string) => header?.cells.findIndex((c) => c.trim() === name) ?? -1
  const [parent, kind, cohort, year, no, date] = [
    'parent_code',
    'kind',
    'cohort',
    'year',
    'decision_no',
    'decision_date',
  ].map(col)
  let published = 0
  for (const { cells } of records) {
    const at = (i: number | undefined) => (i === undefined || i < 0 ? '' : (cells[i] ?? '').trim())
    const outcome = await setCohortStatus(
      db,
      {
        parentCode: at(parent),
        kind: at(kind),
        cohort: at(cohort),
        year: Number(at(year)),
        decisionNo: at(no) || null,
        decisionDate: at(date) || null,
      },
      'PUBLISHED',
      null,
    )
    published += outcome.changed
  }
  return published
}
