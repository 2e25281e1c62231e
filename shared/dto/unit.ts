import type { LineageEvent, UnitKind } from '../domain/units.ts'

/** A unit as lists show it. */
export type Unit = {
  code: string
  name: string
  kind: UnitKind
  parentCode: string | null
  validFrom: number | null
  validTo: number | null
}

/** The short reference used inside other payloads. */
export type UnitRef = { code: string; name: string }

/** One merge / split / rename event touching a unit. */
export type LineageEntry = {
  event: LineageEvent
  from: UnitRef
  to: UnitRef
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
}

export type UnitList = { items: Unit[] }
