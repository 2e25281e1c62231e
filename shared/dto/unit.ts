import type { LineageEvent, UnitKind, UnitTitle } from '../domain/units.ts'

/** A unit as lists show it, placed as it stood on the read's date. */
export type Unit = {
  code: string
  name: string
  kind: UnitKind
  /** The parent in force on the read's date (null: none, or not placed then). */
  parentCode: string | null
  title: UnitTitle | null
  /** ISO dates, inclusive; null is open. */
  validFrom: string | null
  validTo: string | null
}

/** One period of a unit's placement (ADR 014). */
export type Placement = {
  validFrom: string
  validTo: string | null
  parent: UnitRef | null
  title: UnitTitle | null
}

/** The short reference used inside other payloads. */
export type UnitRef = { code: string; name: string }

/** One lineage event touching a unit (`to` is null for DISSOLVE). */
export type LineageEntry = {
  event: LineageEvent
  from: UnitRef
  to: UnitRef | null
  effectiveDate: string
  note: string | null
}

/** GET /api/units/:code */
export type UnitDetail = {
  unit: Unit
  parent: UnitRef | null
  /** Kinds of the unit's children, e.g. ['DEPARTMENT', 'DISTRICT'] for a province. */
  childKinds: UnitKind[]
  lineage: LineageEntry[]
  /** Where the unit stood over time, oldest first. */
  placements: Placement[]
}

export type UnitList = { items: Unit[] }
