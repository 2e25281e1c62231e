// The rows of each import file for one unit and year: deterministic (seeded by unit code and
// year), plausible (scores cluster per unit, tasks mostly done, awards by issuing level).
import { createRandom, intBetween, round2 } from '#seeds/tools/random.ts'

export type Unit = {
  code: string
  name: string
  kind: 'COUNTRY' | 'PROVINCE' | 'DISTRICT' | 'COMMUNE'
  parent: string
  /** The unit's title (XA, PHUONG, DAC_KHU, TINH…); empty for the old map's synthetic units. */
  title?: string
  /** Validity as ISO dates (open when absent). */
  validFrom?: string
  validTo?: string
}
export type Cell = string | number

export const pad = (n: number, width: number) => String(n).padStart(width, '0')
/** The last year of every dataset: years run up to it. */
export const LAST_YEAR = 2024

export const FIELDS: [code: string, max: number, component: string][] = [
  ['LEADERSHIP', 10, 'APPRAISAL'],
  ['INSTITUTIONS', 8, 'APPRAISAL'],
  ['PROCEDURES', 12, 'APPRAISAL'],
  ['ORGANISATION', 7, 'APPRAISAL'],
  ['CIVIL_SERVICE', 11, 'APPRAISAL'],
  ['PUBLIC_FINANCE', 8, 'APPRAISAL'],
  ['DIGITAL_GOVERNMENT', 14, 'APPRAISAL'],
  ['IMPACT', 30, 'SURVEY'],
]
const BANDS: [code: string, min: number, vi: string, en: string][] = [
  ['GOOD', 80, 'Tốt', 'Good'],
  ['FAIR', 70, 'Khá', 'Fair'],
  ['AVERAGE', 60, 'Trung bình', 'Average'],
  ['POOR', 0, 'Kém', 'Poor'],
]
const TASK_FIELDS = [
  'INSTITUTIONS',
  'PROCEDURES',
  'ORGANISATION',
  'CIVIL_SERVICE',
  'PUBLIC_FINANCE',
  'DIGITAL_GOVERNMENT',
]
export function schemeRows(units: Unit[], firstYear: number, lastYear = LAST_YEAR): Cell[][] {
  const scopes: [province: string, kind: string][] = []
  for (const u of units) {
    if (u.kind === 'COUNTRY') scopes.push([u.code, 'PROVINCE'])
    if (u.kind === 'PROVINCE') scopes.push([u.code, 'DISTRICT'], [u.code, 'COMMUNE'])
  }
  return scopes.flatMap(([province, kind]) => {
    const name = `Bộ Chỉ số CCHC ${kind === 'COMMUNE' ? 'cấp xã' : kind === 'DISTRICT' ? 'cấp huyện' : 'cấp tỉnh'} ${province} ${firstYear}–${lastYear}`
    const head = [province, kind, firstYear, lastYear, name]
    return [
      ...FIELDS.map(([code, max, component]) => [
        ...head,
        'field',
        code,
        max,
        component,
        '',
        '',
        '',
      ]),
      ...BANDS.map(([code, min, vi, en]) => [...head, 'grade', code, '', '', min, vi, en]),
    ]
  })
}

export function assessmentRow(unit: Unit, year: number): Cell[] {
  const random = createRandom(`a:${unit.code}:${year}`)
  const skill = createRandom(`s:${unit.code}`)() * 0.3 + 0.55
  const fields = FIELDS.map(([, max]) => round2(max * Math.min(1, skill + (random() - 0.5) * 0.2)))
  const points = round2(fields.reduce((sum, p) => sum + p, 0))
  return [unit.code, year, 100, points, ...fields]
}

export function taskRows(unit: Unit, year: number): Cell[][] {
  const random = createRandom(`t:${unit.code}:${year}`)
  const counts = (planned: number): number[] => {
    const done = intBetween(random, Math.floor(planned / 2), planned)
    const late = intBetween(random, 0, Math.floor(done / 3))
    const rest = planned - done
    const overdue = intBetween(random, 0, rest)
    return [done - late, late, rest - overdue, overdue, 0, 0]
  }
  // Communes report the whole plan; districts and provinces break it down by reform field.
  if (unit.kind === 'COMMUNE') return [[unit.code, year, '', ...counts(intBetween(random, 8, 30))]]
  return TASK_FIELDS.map((field) => [unit.code, year, field, ...counts(intBetween(random, 4, 14))])
}

export function awardRows(unit: Unit, year: number): Cell[][] {
  const random = createRandom(`w:${unit.code}:${year}`)
  const issuer =
    unit.kind === 'COMMUNE' ? 'COMMUNE' : unit.kind === 'DISTRICT' ? 'DISTRICT' : 'PROVINCE'
  const award = unit.kind === 'PROVINCE' ? 'PROVINCE_MERIT_CERTIFICATE' : 'MERIT_CERTIFICATE'
  const decision = `${intBetween(random, 100, 2999)}/QĐ-UBND`
  const date = `${year + 1}-01-${pad(intBetween(random, 10, 28), 2)}`
  const row = (code: string, recipient: string, count: number, reason: string): Cell[] => [
    unit.code,
    year,
    code,
    recipient,
    count,
    '',
    issuer,
    decision,
    date,
    reason,
  ]
  const rows = [
    row(award, 'COLLECTIVE', intBetween(random, 2, 12), 'PAR'),
    row(award, 'INDIVIDUAL', intBetween(random, 3, 16), 'PAR'),
  ]
  if (unit.kind === 'DISTRICT')
    rows.push(row('ADVANCED_COLLECTIVE', 'COLLECTIVE', intBetween(random, 8, 30), 'EMULATION'))
  if (unit.kind === 'COMMUNE')
    rows.push(row('CULTURAL_FAMILY', 'HOUSEHOLD', intBetween(random, 80, 400), 'OTHER'))
  return rows
}
