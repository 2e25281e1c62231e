// A five-district cohort for the scorecard's tests. Scheme fields A (max 10), B (20), C (30); bands
// Tốt ≥ 80, Khá ≥ 65, Trung bình ≥ 50, Kém below.
// 2023 — Alpha: A 9/10 (90 %), B 15/20 (75 %), C 20 of its own maximum 25 (80 %);
//        Beta (new this year): A 5/10 (50 %), B 20/20 (100 %), C 15/30 (50 %);
//        Gamma (ranked in another block in 2022: change withheld): A 7/10, B 10/20, C 24/30;
//        Delta: A 6/10 only (no B, no C);  Epsilon: a DRAFT (editors only).
// 2022 — Alpha: A 8/10 (80 %), B 16/20 (80 %), no C; Gamma in block "Khối khác": A 2/10.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { insertAssessments, insertScheme, insertUnits } from '../../test/insert-fixtures.ts'

export const PARENT = 'SC_PROVINCE'
export const SCORECARD_URL = `/api/scorecard?parent=${PARENT}&kind=DISTRICT&year=2023`

export async function insertScorecardCohort(db: Kysely<Database>): Promise<void> {
  const district = (code: string, name: string) => ({
    code: `SC.${code}`,
    name,
    kind: 'DISTRICT',
    parentCode: PARENT,
  })
  await insertUnits(db, [
    { code: 'VN', name: 'Việt Nam', kind: 'COUNTRY' },
    { code: PARENT, name: 'Tỉnh Thử Nghiệm', kind: 'PROVINCE', parentCode: 'VN' },
    district('ALPHA', 'Huyện Ánh Dương'),
    district('BETA', 'Huyện Bình Minh'),
    district('GAMMA', 'Huyện Cầu Kè'),
    district('DELTA', 'Huyện Đầm Dơi'),
    district('EPSILON', 'Huyện Ea Súp'),
  ])
  await insertScheme(db, {
    provinceCode: PARENT,
    unitKind: 'DISTRICT',
    yearFrom: 2022,
    fields: [
      { code: 'PROCEDURES', maxPoints: 10 },
      { code: 'CIVIL_SERVICE', maxPoints: 20 },
      { code: 'IMPACT', maxPoints: 30 },
    ],
    bands: [
      { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80 },
      { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minPct: 65 },
      { code: 'AVERAGE', labelVi: 'Trung bình', labelEn: 'Average', minPct: 50 },
      { code: 'WEAK', labelVi: 'Kém', labelEn: 'Weak', minPct: 0 },
    ],
  })
  const f = (code: string, points: number, maxPoints?: number) => ({ code, points, maxPoints })
  await insertAssessments(db, [
    {
      unitCode: 'SC.ALPHA',
      year: 2022,
      points: 24,
      maxPoints: 30,
      fields: [f('PROCEDURES', 8), f('CIVIL_SERVICE', 16)],
    },
    {
      unitCode: 'SC.GAMMA',
      year: 2022,
      points: 2,
      maxPoints: 10,
      block: 'Khối khác',
      fields: [f('PROCEDURES', 2)],
    },
    {
      unitCode: 'SC.ALPHA',
      year: 2023,
      points: 44,
      maxPoints: 55,
      grade: 'GOOD',
      fields: [f('PROCEDURES', 9), f('CIVIL_SERVICE', 15), f('IMPACT', 20, 25)],
    },
    {
      unitCode: 'SC.BETA',
      year: 2023,
      points: 40,
      maxPoints: 60,
      fields: [f('PROCEDURES', 5), f('CIVIL_SERVICE', 20), f('IMPACT', 15)],
    },
    {
      unitCode: 'SC.GAMMA',
      year: 2023,
      points: 41,
      maxPoints: 60,
      fields: [f('PROCEDURES', 7), f('CIVIL_SERVICE', 10), f('IMPACT', 24)],
    },
    { unitCode: 'SC.DELTA', year: 2023, points: 6, maxPoints: 10, fields: [f('PROCEDURES', 6)] },
    {
      unitCode: 'SC.EPSILON',
      year: 2023,
      points: 59,
      maxPoints: 60,
      status: 'DRAFT',
      fields: [f('PROCEDURES', 10), f('CIVIL_SERVICE', 20), f('IMPACT', 29)],
    },
  ])
}
