import type { UndoBlockers } from '#shared/dto/import.ts'
import { UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts'
import { decisionDateText, yearSpanText } from '#shared/text/source-line.ts'
import { cohortInWords } from '#client/lib/cohort-label.ts'
import { formatTimestamp, listText, type Language } from '#client/lib/format.ts'

type Translate = (key: string, options?: Record<string, unknown>) => string

/** Why an import cannot be undone (each later change to its rows) and what to do instead. */
export type UndoBlockedText = {
  reasons: string[]
  advice: string
  /** Each publication by year, cohort and decision, where they are too many to say inline. */
  decisions: string[] | null
}

/** Publications (and imports resting on the units) said one by one; more are said together. */
const INLINE_PUBLICATIONS = 2
/** Files named in a list of imports resting on a unit list; the rest counted (the table lists them). */
const NAMED_FILES = 3

/**
 * The history's account of what keeps an import from being undone, in the reader's language:
 * the cohort-years published since (by cohort, year and decision), the later imports (by file
 * and time), other edits; then what can be done — undo the later imports first, or, once
 * anything was published, nothing: a corrected file is the way (ADR 006, ADR 069).
 */
export function undoBlockedText(
  b: UndoBlockers,
  lang: Language,
  t: Translate,
  /** Imports that can never be undone (their rows published): one of them in the way is too. */
  permanent: ReadonlySet<string> = new Set(),
): UndoBlockedText {
  const reasons: string[] = []
  const published = b.publications.map((p) => ({
    ...p,
    cohort: cohortOf(p, lang, t),
    decision: decisionOf(p, lang, t),
  }))
  const inline = published.length <= INLINE_PUBLICATIONS
  if (inline)
    for (const p of published) {
      const key = p.inForce ? 'published' : 'publishedThenDraft'
      reasons.push(t(`data.history.blocked.${key}`, p))
    }
  else {
    // A whole file of years: each cohort once, with its years ("2019–2024").
    const years = new Map<string, number[]>()
    for (const p of published) years.set(p.cohort, [...(years.get(p.cohort) ?? []), p.year])
    for (const [cohort, of] of years)
      reasons.push(t('data.history.blocked.publishedYears', { cohort, years: yearSpanText(of) }))
  }
  // A unit list under a whole year of files: those resting on its units said as one list.
  const resting = b.imports.filter((i) => i.rests)
  const together = resting.length > INLINE_PUBLICATIONS
  if (together)
    reasons.push(
      t('data.history.blocked.laterImportsRest', {
        count: resting.length,
        files: listText(
          [
            ...resting.slice(0, NAMED_FILES).map((i) => i.fileName ?? formatTimestamp(i.at, lang)),
            ...(resting.length > NAMED_FILES + 1
              ? [t('data.history.blocked.otherImports', { count: resting.length - NAMED_FILES })]
              : resting.slice(NAMED_FILES).map((i) => i.fileName ?? formatTimestamp(i.at, lang))),
          ],
          lang,
        ),
      }),
    )
  for (const i of b.imports.filter((i) => !(together && i.rests)))
    reasons.push(
      t(`data.history.blocked.${i.rests ? 'laterImportRests' : 'laterImport'}`, {
        count: i.rows,
        file: i.fileName ?? '–',
        at: formatTimestamp(i.at, lang),
      }),
    )
  for (const e of b.edits)
    reasons.push(
      t('data.history.blocked.edit', {
        count: e.rows,
        by: e.actor ?? '–',
        at: formatTimestamp(e.at, lang),
      }),
    )
  if (b.unnamed > 0) reasons.push(t('data.history.blocked.unnamed', { count: b.unnamed }))
  const decisions = inline
    ? null
    : [...published]
        .sort((x, y) => x.year - y.year || x.cohort.localeCompare(y.cohort, lang))
        .map((p) =>
          t(`data.history.blocked.${p.inForce ? 'decisionLine' : 'decisionLineThenDraft'}`, p),
        )
  return { reasons, advice: adviceOf(b, t, permanent), decisions }
}

type Publication = UndoBlockers['publications'][number]

/** "Tỉnh Tây Ninh (cấp xã — Phường)"; the parent alone where the level is unknown. */
function cohortOf(p: Publication, lang: Language, t: Translate): string {
  if (!p.parent) return '–'
  if (!p.kind || !(UNIT_KINDS as readonly string[]).includes(p.kind)) return p.parent.name
  return cohortInWords({ parent: p.parent, kind: p.kind as UnitKind, block: p.block }, lang, t)
}

/** "Quyết định 99/QĐ-UBND ngày 10/02/2026", as far as the publication recorded it. */
function decisionOf(p: Publication, lang: Language, t: Translate): string {
  if (!p.decisionNo) return t('data.history.blocked.noDecision')
  if (!p.decisionDate) return t('data.history.blocked.decision', { no: p.decisionNo })
  const date = decisionDateText(p.decisionDate, lang)
  return t('data.history.blocked.decisionOf', { no: p.decisionNo, date })
}

/** As the refusal advises (undo-refusal.ts): a publication stays; later imports go first. */
function adviceOf(b: UndoBlockers, t: Translate, permanent: ReadonlySet<string>): string {
  if (b.publications.length > 0) return t('data.history.blocked.permanent')
  // A later import that can never be undone keeps this one from ever being undone.
  if (b.imports.some((i) => permanent.has(i.batchId)))
    return t('data.history.blocked.permanentLater')
  if (b.imports.length > 0 && b.edits.length === 0 && b.unnamed === 0)
    return t('data.history.blocked.undoLaterFirst', { count: b.imports.length })
  return t('data.history.blocked.corrected')
}


/**
 * The imports that can never be undone: those whose rows were published (ADR 006), and, in
 * turn, those a later such import stands in the way of.
 */
export function permanentlyBlocked(
  items: readonly { id: string; undoBlockedBy: UndoBlockers | null }[],
): Set<string> {
  const permanent = new Set(
    items.flatMap((r) => (r.undoBlockedBy?.publications.length ? [r.id] : [])),
  )
  let grew = true
  while (grew) {
    grew = false
    for (const r of items) {
      if (permanent.has(r.id) || !r.undoBlockedBy?.imports.some((i) => permanent.has(i.batchId)))
        continue
      permanent.add(r.id)
      grew = true
    }
  }
  return permanent
}
