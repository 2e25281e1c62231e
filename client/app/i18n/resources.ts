import type { vi } from './vi.ts'

export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** The shape every language must fill: the Vietnamese keys, with any string values. */
export type Resources = Widen<typeof vi>
