// Text → typed values, accepting the ways official tables write numbers and dates.
// Number rule (documented in docs/imports.md): a single separator ("86,98", "86.98") is the
// decimal separator; when both appear ("1.234,5", "1,234.5") the last one is decimal and the
// other groups thousands; a separator repeated alone ("1.234.567") groups thousands.
export type Parsed<T> = { ok: true; value: T } | { ok: false }

const SPACES = /[\s\u00a0\u202f]/g
// A minus sign (U+2212) or an en dash before digits: how a table typeset in Word, or a figure
// copied from this product's pages, writes a fall ("−6,08").
const MINUS = /^[\u2212\u2013]/

const SIMPLE = /^-?\d+(?:[.,]\d+)?$/

export function parseNumber(text: string): Parsed<number> & { percent?: boolean } {
  // Fast path for the common "86,98" / "86.98" / "12" (files have hundreds of thousands of cells).
  if (SIMPLE.test(text)) return { ok: true, value: Number(text.replace(',', '.')), percent: false }
  let s = text.replace(SPACES, '').replace(MINUS, '-')
  const percent = s.endsWith('%')
  if (percent) s = s.slice(0, -1)
  if (!/^[+-]?[\d.,]*\d[\d.,]*$/.test(s)) return { ok: false }
  const dots = s.split('.').length - 1
  const commas = s.split(',').length - 1
  let normal: string
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ','
    const group = decimal === '.' ? ',' : '.'
    const [intPart = '', frac = ''] = s.split(decimal)
    if (s.split(decimal).length !== 2 || !validGroups(intPart, group)) return { ok: false }
    normal = `${intPart.split(group).join('')}.${frac}`
  } else if (dots + commas === 1) {
    normal = s.replace(',', '.')
  } else if (dots + commas > 1) {
    const group = dots > 0 ? '.' : ','
    if (!validGroups(s, group)) return { ok: false }
    normal = s.split(group).join('')
  } else normal = s
  const value = Number(normal)
  return Number.isFinite(value) ? { ok: true, value, percent } : { ok: false }
}

function validGroups(s: string, group: string): boolean {
  const parts = s.replace(/^[+-]/, '').split(group)
  return parts.every((p, i) => (i === 0 ? /^\d{1,3}$/.test(p) : /^\d{3}$/.test(p)))
}

export function parseInteger(text: string): Parsed<number> {
  const parsed = parseNumber(text)
  if (!parsed.ok || parsed.percent || !Number.isInteger(parsed.value)) return { ok: false }
  return { ok: true, value: parsed.value }
}

/** dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd → 'YYYY-MM-DD'. */
export function parseDate(text: string): Parsed<string> {
  const s = text.trim()
  let y: number, m: number, d: number
  const iso = ISO_DATE.exec(s)
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else {
    const vn = VN_DATE.exec(s)
    if (!vn) return { ok: false }
    ;[d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])]
  }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false }
  return {
    ok: true,
    value: `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`,
  }
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/
const VN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/

/** Days in a month of the proleptic Gregorian calendar (no Date object per cell). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Rounds half away from zero to `digits` decimals, robust to binary noise (80.1 stays 80.1). */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits
  return (
    (Math.sign(value) * Math.round(Number((Math.abs(value) * factor).toPrecision(15)))) / factor
  )
}
