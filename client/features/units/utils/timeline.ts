/**
 * A placement's start that only stands for "open": the importer stores a placement without a
 * known start from 1900-01-01 (server/features/imports/import-units.ts, OPEN_START), a date no
 * reader should see.
 */
export function isOpenStart(date: string): boolean {
  return date <= '1900-12-31'
}
