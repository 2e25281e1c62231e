// Response components of the field scorecard (GET /api/scorecard).
import { NOT_COMPARABLE_REASONS } from '#shared/kpi/comparability.ts'
import { SORT_DIRECTIONS } from '#shared/schemas/cohorts.schema.ts'
import { int, list, nullable, num, obj, oneOf, ref, str } from './openapi.json-schema.ts'
import type { JsonSchema } from './openapi.types.ts'

const cellsOf = (item: JsonSchema, description: string): JsonSchema => ({
  type: 'object',
  additionalProperties: item,
  description,
})

export const SCORECARD_SCHEMAS: Record<string, JsonSchema> = {
  ScorecardCell: obj({
    points: num,
    maxPoints: {
      ...nullable(num),
      description: 'The unit’s own maximum for the field where recorded, else the scheme’s',
    },
    sharePct: { ...nullable(num), description: 'points ÷ maxPoints × 100, 2 decimals' },
    band: { ...nullable(str), description: 'The scheme’s grade band the share falls in' },
    deltaPct: {
      ...nullable(num),
      description:
        'Change of the share on the previous year (percentage points); null where the unit’s index change is withheld or the field had no points',
    },
  }),
  ScorecardRow: obj({
    unit: ref('UnitRef'),
    rank: int,
    indexPct: num,
    grade: nullable(str),
    notComparable: nullable(oneOf(NOT_COMPARABLE_REASONS)),
    cells: cellsOf(nullable(ref('ScorecardCell')), 'One cell per field code; null: no points'),
  }),
  ScorecardReference: obj({
    indexPct: nullable(num),
    cells: cellsOf(nullable(num), 'Share of the maximum per field code'),
  }),
  Scorecard: obj({
    year: nullable(int),
    parent: ref('UnitRef'),
    kind: ref('UnitKind'),
    block: { ...nullable(str), description: 'The published block; null: the default cohort' },
    total: { type: 'integer', description: 'The published cohort size where given, else ranked' },
    ranked: int,
    matched: { type: 'integer', description: 'Rows matching `q` before paging' },
    sort: { type: 'string', description: 'rank, name or field:CODE' },
    dir: oneOf(SORT_DIRECTIONS),
    offset: int,
    fields: list(obj({ code: str, maxPoints: nullable(num) })),
    gradeBands: list(ref('GradeBand')),
    years: list(int),
    best: ref('ScorecardReference'),
    median: ref('ScorecardReference'),
    items: list(ref('ScorecardRow')),
  }),
}
