import { z } from 'zod'
import { LINEAGE_EVENTS, UNIT_KINDS, UNIT_TITLES } from '../domain/units.ts'

export const UnitKindSchema = z.enum(UNIT_KINDS)
export const UnitTitleSchema = z.enum(UNIT_TITLES)

/** The short reference used inside other payloads. */
export const UnitRefSchema = z.object({ code: z.string(), name: z.string() })
export type UnitRef = z.infer<typeof UnitRefSchema>

/** A unit as lists show it, placed as it stood on the read's date. */
export const UnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: UnitKindSchema,
  /** The parent in force on the read's date (null: none, or not placed then). */
  parentCode: z.string().nullable().describe('The parent in force on the read date'),
  title: UnitTitleSchema.nullable(),
  /** ISO dates, inclusive; null is open. */
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
})
export type Unit = z.infer<typeof UnitSchema>

/** One period of a unit's placement (ADR 014). */
export const PlacementSchema = z.object({
  validFrom: z.string(),
  validTo: z.string().nullable(),
  parent: UnitRefSchema.nullable(),
  title: UnitTitleSchema.nullable(),
})
export type Placement = z.infer<typeof PlacementSchema>

/**
 * A unit of a lineage event with its parent as placed at the event: the source's in force the day
 * before, the successor's on the day (null: not placed then).
 */
export const LineageUnitSchema = UnitRefSchema.extend({
  parent: UnitRefSchema.nullable().describe('The parent as placed at the event'),
})
export type LineageUnit = z.infer<typeof LineageUnitSchema>

/** One lineage event touching a unit (`to` is null for DISSOLVE). */
export const LineageEntrySchema = z.object({
  event: z.enum(LINEAGE_EVENTS),
  from: LineageUnitSchema,
  to: LineageUnitSchema.nullable().describe('null for DISSOLVE'),
  effectiveDate: z.string(),
  note: z.string().nullable(),
})
export type LineageEntry = z.infer<typeof LineageEntrySchema>

/** GET /api/units/:code */
export const UnitDetailSchema = z.object({
  unit: UnitSchema,
  parent: UnitRefSchema.nullable(),
  /** Kinds of the unit's children, e.g. ['DEPARTMENT', 'DISTRICT'] for a province. */
  childKinds: z.array(UnitKindSchema),
  lineage: z.array(LineageEntrySchema),
  /** Where the unit stood over time, oldest first. */
  placements: z.array(PlacementSchema),
})
export type UnitDetail = z.infer<typeof UnitDetailSchema>

export const UnitListSchema = z.object({ items: z.array(UnitSchema) })
export type UnitList = z.infer<typeof UnitListSchema>
