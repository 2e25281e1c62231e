// findScorecard(): the cohort-year's ranked units with this year's and last year's field points,
// and the field maxima of both years' schemes, in the reader's scope.
import { describe, expect, it } from 'vitest'
import { parseFieldPoints } from '../../db/field-points.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { PARENT, insertScorecardCohort } from './scorecard.fixture.ts'
import { findScorecard } from './scorecard.repository.ts'

const COHORT = { parentCode: PARENT, kind: 'DISTRICT', block: '' }

for (const dialect of TEST_DIALECTS) {
  describe(`findScorecard (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertScorecardCohort)

    it('reads each ranked unit with its points of the year and the year before', async () => {
      const found = await findScorecard(ctx.t.db, COHORT, 2023, { includeDrafts: false })
      expect(found.context.year).toBe(2023)
      expect(found.rows.map((r) => r.unit_code)).toEqual([
        'SC.ALPHA',
        'SC.GAMMA',
        'SC.BETA',
        'SC.DELTA',
      ])
      const alpha = found.rows[0]
      expect(parseFieldPoints('SC.ALPHA', 2022, alpha?.previous_field_points ?? null)).toEqual([
        {
          unit_code: 'SC.ALPHA',
          year: 2022,
          field_code: 'CIVIL_SERVICE',
          points: 16,
          max_points: null,
        },
        {
          unit_code: 'SC.ALPHA',
          year: 2022,
          field_code: 'PROCEDURES',
          points: 8,
          max_points: null,
        },
      ])
      expect(found.rows.find((r) => r.unit_code === 'SC.BETA')?.previous_field_points).toBeNull()
      expect([...found.maxima]).toEqual([
        ['PROCEDURES', 10],
        ['CIVIL_SERVICE', 20],
        ['IMPACT', 30],
      ])
      expect([...found.previousMaxima]).toEqual([...found.maxima])
    })

    it('includes drafts only when asked, and the latest year when none is given', async () => {
      const found = await findScorecard(ctx.t.db, COHORT, undefined, { includeDrafts: true })
      expect(found.context.year).toBe(2023)
      expect(found.rows.map((r) => r.unit_code)).toContain('SC.EPSILON')
    })

    it('has no rows for a cohort without data', async () => {
      const found = await findScorecard(ctx.t.db, { ...COHORT, kind: 'COMMUNE' }, undefined, {
        includeDrafts: false,
      })
      expect(found.context.year).toBeNull()
      expect(found.rows).toEqual([])
    })
  })
}
