/** True when A and B are the same type (not merely assignable either way). */
export type SameType<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

/**
 * Fails to compile unless T is true. A response schema whose shape is declared by a type elsewhere
 * in shared/ (e.g. AwardTotals beside its calculation) proves with
 * `type _X = Expect<SameType<z.infer<typeof XSchema>, X>>` that the two cannot drift apart.
 */
export type Expect<T extends true> = T
