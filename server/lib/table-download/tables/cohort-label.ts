// How a download's title names a cohort: "Tỉnh Long An, cấp huyện" / "Long An province, districts",
// with the published block when the decision ranked one ("…, khối Phường").
import { blockInEnglish, UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts'
import type { TextLang } from '#shared/text/format-number.ts'
import type { Localized } from '../table-columns.ts'

export type CohortLabelInput = { parentName: string; kind: UnitKind; block: string | null }

/** What a cohort table's title and file name need of the request's cohort. */
export function downloadCohort(
  parent: { code: string; name: string },
  kind: string,
  block: string,
): CohortLabelInput & { parentCode: string } {
  return {
    parentCode: parent.code,
    parentName: parent.name,
    kind: kind as UnitKind,
    block: block === '' ? null : block,
  }
}

function lowerFirst(text: string, lang: TextLang): string {
  return `${text.charAt(0).toLocaleLowerCase(lang)}${text.slice(1)}`
}

export function cohortLabel({ parentName, kind, block }: CohortLabelInput, lang: TextLang): string {
  const level = lowerFirst(UNIT_KIND_LABELS[kind][lang], lang)
  return `${parentName}, ${level}${blockText(block, lang)}`
}

/** ", khối Phường" / ", wards": a block named by unit titles in English, any other as written. */
function blockText(block: string | null, lang: TextLang): string {
  if (!block) return ''
  if (lang === 'vi') return `, khối ${block}`
  const english = blockInEnglish(block)
  return english ? `, ${english}` : `, block ${block}`
}

/** A title in both languages: "<what> — <cohort>, năm 2023" / "<what> — <cohort>, 2023". */
export function cohortTitle(
  what: Localized,
  cohort: CohortLabelInput,
  years: readonly (number | null)[],
): Localized {
  const span = years.filter((y): y is number => y !== null)
  const yearsText =
    span.length === 0
      ? ''
      : span.length === 1
        ? `${span[0]}`
        : `${Math.min(...span)}–${Math.max(...span)}`
  const title = (lang: TextLang) =>
    `${what[lang]} — ${cohortLabel(cohort, lang)}${yearsText ? `, ${lang === 'vi' ? 'năm ' : ''}${yearsText}` : ''}`
  return { vi: title('vi'), en: title('en') }
}

/** A sheet name: the table's kind and its year ("Xếp hạng 2023"); sheetNameOf() trims it to 31. */
export function sheetTitle(what: Localized, year: number | null): Localized {
  const tail = year === null ? '' : ` ${year}`
  return { vi: `${what.vi}${tail}`, en: `${what.en}${tail}` }
}
