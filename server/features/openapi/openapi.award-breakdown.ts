// The awards' breakdown by award, recipient type and direction (given at the unit's own level,
// received from a level above), as /api/awards and /api/awards/summary answer it.
import { AWARD_DIRECTIONS } from '#shared/domain/award-direction.ts'
import { RECIPIENT_TYPES } from '#shared/domain/award-kinds.ts'
import { int, list, obj, oneOf, ref, str } from './openapi.json-schema.ts'
import type { JsonSchema } from './openapi.types.ts'

export const AWARD_BREAKDOWN_LINE: JsonSchema = obj({
  awardCode: str,
  recipientType: oneOf(RECIPIENT_TYPES),
  direction: {
    ...oneOf(AWARD_DIRECTIONS),
    description: 'GIVEN: issued at the unit’s own level; RECEIVED: from a level above',
  },
  count: int,
})

const breakdown: JsonSchema = {
  ...list(ref('AwardBreakdownLine')),
  description: 'Recipients by award, recipient type and direction',
}

/** An object schema with the breakdown added (and required). */
export function withAwardBreakdown(schema: JsonSchema): JsonSchema {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = (schema.required ?? []) as string[]
  return {
    ...schema,
    properties: { ...properties, byAwardAndRecipient: breakdown },
    required: [...required, 'byAwardAndRecipient'],
  }
}

/** A unit's awards: its totals, what it gave and received, and the breakdown. */
export function awardEntrySchema(totals: JsonSchema): JsonSchema {
  return {
    allOf: [
      totals,
      withAwardBreakdown(
        obj({
          unit: ref('UnitRef'),
          given: { ...int, description: 'Recipients of the awards the unit gave' },
          received: { ...int, description: 'Recipients of the awards it received' },
        }),
      ),
    ],
  }
}
