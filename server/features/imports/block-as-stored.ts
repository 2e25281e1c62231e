// A block a file names — a heading's title ("KHỐI PHƯỜNG", "B. Khối phường (52 đơn vị)") or a
// `cohort` cell — is the block already stored under the same parent when the two differ only in
// capitals, spacing or the group word before the name ("Khối", "Nhóm", "Cụm"): "KHỐI PHƯỜNG",
// "Khối phường" and "Phường" are one block, one cohort across the years. Kept as printed, the
// heading would open a cohort of its own, every change from the year before "not comparable".
import { foldUnitName } from '#shared/text/fold-unit-name.ts'
import { chunk } from '#server/lib/chunk.ts'
import type { KindContext } from './import-kind.ts'
import type { PlannedAssessment } from './planned-assessment.ts'

const GROUP_WORD = /^(?:khối|nhóm|cụm)\s+/u

/** What a block's name says, however it is written: lower case, one space, no group word. */
export const blockKey = (block: string) => foldUnitName(block).replace(GROUP_WORD, '').trim()

/**
 * Rows whose block is spelled otherwise than the one stored block of their parent it names take
 * the stored spelling, said once per block on its first row. A name matching no stored block, or
 * two (a parent with "Phường" and "phường" stored apart), is left as the file prints it.
 */
export async function spellBlocksAsStored(
  ctx: KindContext,
  planned: readonly PlannedAssessment[],
): Promise<void> {
  const named = new Map<string, PlannedAssessment[]>()
  for (const p of planned) {
    const { cohort_parent_code: parent, cohort_block: block } = p.assessment
    if (block === '' || parent === null) continue
    const key = `${parent}|${block}`
    const group = named.get(key)
    if (group) group.push(p)
    else named.set(key, [p])
  }
  if (named.size === 0) return
  const parents = new Set([...named.values()].map((g) => g[0]?.assessment.cohort_parent_code ?? ''))
  const storedOf = new Map<string, Set<string>>()
  for (const part of chunk([...parents], 1000)) {
    const rows = await ctx.db
      .selectFrom('assessment')
      .select(['cohort_parent_code', 'cohort_block'])
      .distinct()
      .where('cohort_parent_code', 'in', part)
      .where('cohort_block', '!=', '')
      .execute()
    for (const { cohort_parent_code: parent, cohort_block: block } of rows) {
      if (parent === null) continue
      const blocks = storedOf.get(parent)
      if (blocks) blocks.add(block)
      else storedOf.set(parent, new Set([block]))
    }
  }
  for (const group of named.values()) {
    const first = group[0]
    if (!first) continue
    const { cohort_parent_code: parent, cohort_block: given } = first.assessment
    const stored = storedOf.get(parent ?? '') ?? new Set<string>()
    if (stored.has(given)) continue
    const same = [...stored].filter((block) => blockKey(block) === blockKey(given))
    const [block] = same
    if (same.length !== 1 || block === undefined) continue
    for (const p of group) p.assessment.cohort_block = block
    first.r.warn(first.r.sheet.index.has('cohort') ? 'cohort' : null, 'COHORT_BLOCK_AS_STORED', {
      given,
      block,
      units: group.length,
    })
  }
}
