// A decision's date as an editor types it: day/month/year, as Vietnamese documents print it
// ("09/04/2026"), whatever language the browser is set to. A native date input followed the
// browser's locale, so an English browser read "09/04/2026" as 4 September.
import { MIN_YEAR } from '#shared/domain/units.ts'
import { decisionDateText } from '#shared/text/source-line.ts'
import type { Language } from '#client/lib/format.ts'

/** Why a decision date typed is refused. */
export type DecisionDateProblem = 'empty' | 'format' | 'notADate' | 'tooEarly' | 'future'

export type DecisionDateCheck =
  | { ok: true; iso: string }
  | { ok: false; problem: DecisionDateProblem }

/** Day, month, year apart: 09/04/2026, 9/4/2026, 09.04.2026, 09-04-2026, 09 04 2026. */
const SEPARATED = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/
/** Eight digits, as a phone's number pad types them (it has no slash): 09042026. */
const DIGITS = /^(\d{2})(\d{2})(\d{4})$/

const two = (n: number) => String(n).padStart(2, '0')

/** Today's date where the editor is, as an ISO date (UTC's lags a day in Vietnam before 07:00). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`
}

/**
 * The ISO date of a day/month/year typed, or why it is refused: not in that form, no such day
 * (31/02), before MIN_YEAR, or after `today` (the server refuses a decision dated in the future).
 */
export function parseDecisionDate(text: string, today: string): DecisionDateCheck {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, problem: 'empty' }
  const match = SEPARATED.exec(trimmed) ?? DIGITS.exec(trimmed)
  if (!match) return { ok: false, problem: 'format' }
  const [day, month, year] = match.slice(1, 4).map(Number) as [number, number, number]
  // Date.UTC rolls 31/02 over into March: a real date comes back with the same day and month.
  const date = new Date(Date.UTC(year, month - 1, day))
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return { ok: false, problem: 'notADate' }
  if (year < MIN_YEAR) return { ok: false, problem: 'tooEarly' }
  const iso = `${year}-${two(month)}-${two(day)}`
  if (iso > today) return { ok: false, problem: 'future' }
  return { ok: true, iso }
}

/**
 * A date in words, so an editor sees which day was read before publishing: "ngày 9 tháng 4 năm
 * 2026" (vi), "9 April 2026" (en, as decisionDateText writes it for the source line).
 */
export function decisionDateWords(iso: string, lang: Language): string {
  if (lang === 'en') return decisionDateText(iso, 'en')
  const [year, month, day] = iso.split('-').map(Number)
  return `ngày ${day} tháng ${month} năm ${year}`
}

/** "09/04/2026": the date as the field shows it once read (whatever separators were typed). */
export function decisionDateField(iso: string): string {
  return decisionDateText(iso, 'vi')
}
