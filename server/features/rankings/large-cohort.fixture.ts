// A cohort large enough for paging and ends (48 communes of one district over three years), with
// ties of index, index-only results (no points), units new in the second year, names with and
// without diacritics, and tasks and awards for most units: what the sort, search, paging and
// summary tests read.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { RANK_SCOPES, refreshCohortRanks } from '#server/cohorts/refresh-cohort-ranks.ts'
import {
  insertAssessments,
  insertAwards,
  insertScheme,
  insertTaskResults,
  insertUnits,
} from '../../test/insert-fixtures.ts'

export const DISTRICT = 'TINH.HUYEN'
export const COMMUNES = 48
const NAMES = ['Xã Thạnh Hóa', 'Xã Đức Hòa', 'Phường Tân An', 'Xã Kiến Tường', 'Thị trấn Bến Lức']

export const communeCode = (i: number) => `${DISTRICT}.X${String(i).padStart(2, '0')}`
export const communeName = (i: number) => `${NAMES[i % NAMES.length]} ${Math.floor(i / 5) + 1}`

export async function insertLargeCohort(db: Kysely<Database>): Promise<void> {
  // The country may be there already (beside another scenario).
  const country = await db.selectFrom('unit').select('code').where('code', '=', 'VN').execute()
  await insertUnits(db, [
    ...(country.length === 0 ? [{ code: 'VN', name: 'Việt Nam', kind: 'COUNTRY' }] : []),
    { code: 'TINH', name: 'Tỉnh Thử', kind: 'PROVINCE', parentCode: 'VN' },
    { code: DISTRICT, name: 'Huyện Thử', kind: 'DISTRICT', parentCode: 'TINH' },
    ...Array.from({ length: COMMUNES }, (_, i) => ({
      code: communeCode(i),
      name: communeName(i),
      kind: 'COMMUNE',
      parentCode: DISTRICT,
    })),
  ])
  await insertScheme(db, {
    provinceCode: 'TINH',
    unitKind: 'COMMUNE',
    yearFrom: 2019,
    fields: [{ code: 'ALL', maxPoints: 100 }],
    bands: [
      { code: 'POOR', labelVi: 'Kém', labelEn: 'Poor', minPct: 0 },
      { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 70 },
    ],
  })
  const grade = (points: number) => (points >= 70 ? 'GOOD' : 'POOR')
  // 2022: the first 40 communes; 2023: all 48 (8 new). Indices repeat every 7 units (ties).
  const p2022 = (i: number) => 55 + ((i * 3) % 7) * 4
  const p2023 = (i: number) => 50 + ((i * 5) % 9) * 4
  // 2024: the same 48 units (the same size: rank moves are given).
  const p2024 = (i: number) => 48 + ((i * 11) % 10) * 4
  await insertAssessments(db, [
    ...Array.from({ length: 40 }, (_, i) => ({
      unitCode: communeCode(i),
      year: 2022,
      points: p2022(i),
      grade: grade(p2022(i)),
    })),
    ...Array.from({ length: COMMUNES }, (_, i) => ({
      unitCode: communeCode(i),
      year: 2023,
      points: p2023(i),
      grade: grade(p2023(i)),
    })),
    ...Array.from({ length: COMMUNES }, (_, i) => ({
      unitCode: communeCode(i),
      year: 2024,
      points: p2024(i),
      grade: grade(p2024(i)),
    })),
  ])
  // Index-only results (a table with no points): every sixth unit in 2023.
  await sql`update assessment set points = null
    where year = 2023 and unit_code in (${sql.join(
      Array.from({ length: COMMUNES }, (_, i) => i)
        .filter((i) => i % 6 === 0)
        .map(communeCode),
    )})`.execute(db)
  await refreshCohortRanks(db, { parents: 'all', scopes: RANK_SCOPES })
  await insertTaskResults(
    db,
    Array.from({ length: 44 }, (_, i) => ({
      unitCode: communeCode(i),
      year: 2023,
      DONE_ON_TIME: i % 5,
      DONE_LATE: i % 3,
      OVERDUE: (i * 7) % 4,
      // Two units with nothing planned but cancelled tasks: no completion rate.
      NOT_STARTED: i < 2 ? 0 : 1,
      CANCELLED: i < 2 ? 2 : 0,
      ...(i < 2 ? { DONE_ON_TIME: 0, DONE_LATE: 0, OVERDUE: 0 } : {}),
    })),
  )
  await insertAwards(
    db,
    Array.from({ length: 30 }, (_, i) => ({
      unitCode: communeCode(i),
      year: 2023,
      awardCode: i % 2 === 0 ? 'PM_MERIT_CERTIFICATE' : 'PROVINCE_EMULATION_FLAG',
      recipientType: (['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'] as const)[i % 3]!,
      count: 1 + (i % 4),
      issuerLevel: i % 2 === 0 ? 'PROVINCE' : 'DISTRICT',
    })),
  )
}
