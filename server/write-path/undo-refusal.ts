// Undo's refusal in the editor's language, naming what changed the import's rows since: the
// publication of their year (by its decision), a later import (by its file), or a write outside
// both. Each cause comes with what the editor can do about it: a later import can be undone
// first, a publication cannot be got round (ADR 006), so a corrected file is the way.
import { AppError } from '#server/lib/errors.ts'
import type { Lang } from '#shared/schemas/imports.schema.ts'
import { decisionDateText } from '#shared/text/source-line.ts'
import type { LaterCause, LaterChange } from './later-change.ts'

type Publication = Extract<LaterCause, { kind: 'publication' }>
type LaterImport = Extract<LaterCause, { kind: 'import' }>
type Edit = Extract<LaterCause, { kind: 'edit' }>

/** The causes of a refusal, each once, with how many of the import's rows it touched. */
export type RefusalCauses = {
  publications: (Publication & { rows: number })[]
  imports: (LaterImport & { rows: number })[]
  edits: (Edit & { rows: number })[]
  /** Rows the log names no cause for. */
  unnamed: number
}

/** Groups the later changes by cause; a decision's last change decides if it is still in force. */
export function groupCauses(changes: LaterChange[]): RefusalCauses {
  const publications = new Map<string, { cause: Publication; rows: Map<string, number> }>()
  const imports = new Map<string, { cause: LaterImport; rows: Map<string, number> }>()
  const edits = new Map<string, { cause: Edit; rows: Map<string, number> }>()
  // A row may come back more than once (from the updates' log and the inserts'): counted once.
  const unnamed = new Map<string, number>()
  const add = <C extends LaterCause>(
    map: Map<string, { cause: C; rows: Map<string, number> }>,
    key: string,
    cause: C,
    row: string,
    count: number,
  ) => {
    const found = map.get(key)
    if (!found) return map.set(key, { cause, rows: new Map([[row, count]]) })
    found.rows.set(row, count)
    if (cause.at > found.cause.at) found.cause = cause
  }
  for (const { row, cause, count = 1 } of changes) {
    if (!cause) unnamed.set(row, count)
    else if (cause.kind === 'publication')
      add(
        publications,
        // One entry per cohort-year and decision: a decision may publish several.
        `${cause.decisionNo}|${cause.decisionDate}|${cause.parentCode}|${cause.block}|${cause.year}`,
        cause,
        row,
        count,
      )
    else if (cause.kind === 'import')
      add(imports, `${cause.batchId}|${cause.rests ? 'rests' : 'changed'}`, cause, row, count)
    else add(edits, cause.actor ?? '', cause, row, count)
  }
  const listed = <C>(map: Map<string, { cause: C; rows: Map<string, number> }>) =>
    [...map.values()].map((v) => ({ ...v.cause, rows: total(v.rows) }))
  return {
    publications: listed(publications),
    imports: listed(imports),
    edits: listed(edits),
    unnamed: total(unnamed),
  }
}

/** The rows an entry stands for, each row once. */
function total(rows: ReadonlyMap<string, number>): number {
  let sum = 0
  for (const n of rows.values()) sum += n
  return sum
}

/** The 409 undo answers with when later changes touched the import's rows. */
export function undoRefusal(changes: LaterChange[], lang: Lang): AppError {
  const causes = groupCauses(changes)
  const rows = new Set(changes.map((c) => c.row))
  return new AppError(409, 'CONFLICT', refusalText(causes, lang), {
    rows: [...rows].slice(0, 50),
    causes,
  })
}

/** Vietnam's clock (UTC+7, no daylight saving): the time an editor saw on the history. */
function vietnamTime(iso: string, lang: Lang): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString()
  const day = decisionDateText(local.slice(0, 10), lang)
  return `${day}, ${local.slice(11, 16)}`
}

function decisionText(p: Publication, lang: Lang): string {
  const date = p.decisionDate ? decisionDateText(p.decisionDate, lang) : null
  if (lang === 'vi')
    return p.decisionNo ? `Quyết định ${p.decisionNo}${date ? ` ngày ${date}` : ''}` : 'quyết định'
  return p.decisionNo ? `Decision ${p.decisionNo}${date ? ` of ${date}` : ''}` : 'a decision'
}

export function refusalText(causes: RefusalCauses, lang: Lang): string {
  const vi = lang === 'vi'
  const parts: string[] = []
  for (const p of causes.publications) {
    const since =
      p.action === 'UNPUBLISH'
        ? vi
          ? ' (sau đó đã chuyển về nháp)'
          : ' (returned to draft since)'
        : ''
    parts.push(
      vi
        ? `${p.rows} dòng năm ${p.year} đã được công bố theo ${decisionText(p, lang)}${since}`
        : `${p.rows} ${p.rows === 1 ? 'row' : 'rows'} of ${p.year} ${p.rows === 1 ? 'was' : 'were'} published under ${decisionText(p, lang)}${since}`,
    )
  }
  for (const i of causes.imports) {
    const at = vietnamTime(i.at, lang)
    const which = i.fileName ? (vi ? `tệp ${i.fileName}, ${at}` : `file ${i.fileName}, ${at}`) : at
    parts.push(
      i.rests
        ? vi
          ? `${i.rows} dòng của lần nhập sau (${which}) dựa vào đơn vị mà lần nhập này thêm`
          : `${i.rows} ${i.rows === 1 ? 'row' : 'rows'} of a later import (${which}) ${i.rows === 1 ? 'rests' : 'rest'} on units this import added`
        : vi
          ? `${i.rows} dòng đã được lần nhập sau thay đổi (${which})`
          : `${i.rows} ${i.rows === 1 ? 'row was' : 'rows were'} changed by a later import (${which})`,
    )
  }
  for (const e of causes.edits) {
    const by = e.actor ? (vi ? `bởi ${e.actor}, ` : `by ${e.actor}, `) : ''
    const at = vietnamTime(e.at, lang)
    parts.push(
      vi
        ? `${e.rows} dòng đã được sửa sau đó, không qua nhập tệp (${by}${at}), như khi sửa bộ chỉ số`
        : `${e.rows} ${e.rows === 1 ? 'row was' : 'rows were'} edited since, not by an import (${by}${at}), as a scheme edit does`,
    )
  }
  if (causes.unnamed > 0)
    parts.push(
      vi
        ? `${causes.unnamed} dòng đã bị thay đổi sau đó`
        : `${causes.unnamed} ${causes.unnamed === 1 ? 'row was' : 'rows were'} changed since`,
    )
  const head = vi ? 'Không thể hoàn tác lần nhập này: ' : 'This import cannot be undone: '
  return `${head}${parts.join('; ')}. ${advice(causes, lang)}`
}

/** What the editor can do: a publication stays (ADR 006); a later import can be undone first. */
function advice(causes: RefusalCauses, lang: Lang): string {
  const vi = lang === 'vi'
  const corrected = vi
    ? 'Để sửa số liệu, hãy nhập tệp đã sửa: các dòng của nó sẽ được cập nhật.'
    : 'To correct the figures, import a corrected file: its rows are updated.'
  if (causes.publications.length > 0)
    return vi
      ? `Kết quả đã công bố không thể hoàn tác, kể cả khi năm đã chuyển về nháp. ${corrected}`
      : `Results once published cannot be undone, even after their year returned to draft. ${corrected}`
  if (causes.imports.length > 0 && causes.edits.length === 0 && causes.unnamed === 0) {
    const later = causes.imports.length === 1
    return vi
      ? `Hãy hoàn tác ${later ? 'lần nhập đó' : 'các lần nhập đó'} trước (trong bảng này), rồi hoàn tác lần nhập này.`
      : `Undo ${later ? 'that import' : 'those imports'} first (in this table), then this one.`
  }
  return corrected
}
