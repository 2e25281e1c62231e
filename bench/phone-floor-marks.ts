// The phone floor's user-timing names (ADR 050), shared by the page that records them
// (bench/phone-floor-entry.tsx and the banner bench/phone-floor.ts puts on its module) and by the
// benchmark and report that read them back from Lighthouse's user timings.

/** Marked on the floor module's first line. */
export const FLOOR_START_MARK = 'floor: module evaluated from'
/** From FLOOR_START_MARK to React's first commit: React's start on this host, not slowed down. */
export const FLOOR_MEASURE = 'floor: React started'
