// The types of recharts' tick function, which nice-ticks.test.ts checks niceTicks against (the
// package types it under types/, not beside its compiled file).
declare module 'recharts/lib/util/scale/getNiceTickValues' {
  export function getNiceTickValues(
    domain: [number, number],
    tickCount?: number,
    allowDecimals?: boolean,
  ): number[]
}
