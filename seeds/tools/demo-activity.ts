// Invented task-plan results and award grants, except the seed facts of DOMAIN.md:
// Long Xuyên 2022 — 59 tasks in 6 fields, all done; Giấy khen to 10 collectives, 8 individuals.
import type { DemoUnit } from './demo-units.ts'

/** What the activity generators read of a result: the unit, the year, its index and rank. */
export type ActivitySource = { unit: DemoUnit; year: number; indexPct: number; rank: number }
import { createRandom, intBetween } from './random.ts'

const REFORM_FIELDS = [
  'INSTITUTIONS',
  'PROCEDURES',
  'ORGANISATION',
  'CIVIL_SERVICE',
  'PUBLIC_FINANCE',
  'DIGITAL_GOVERNMENT',
] as const

export type DemoTaskRow = [unit: string, year: number, field: string, ...counts: number[]]

const LONG_XUYEN_2022 = [12, 9, 8, 10, 7, 13] // 59 tasks, all done on time

export function generateTasks(assessments: ActivitySource[]): DemoTaskRow[] {
  const rows: DemoTaskRow[] = []
  for (const a of assessments) {
    const random = createRandom(`tasks:${a.unit.code}:${a.year}`)
    // Better-scoring units finish more of their plan: ties task data loosely to the index.
    const quality = Math.min(1, Math.max(0.55, (a.indexPct - 45) / 50))
    REFORM_FIELDS.forEach((field, i) => {
      if (a.unit.code === 'AN_GIANG.LONG_XUYEN' && a.year === 2022) {
        rows.push([a.unit.code, a.year, field, LONG_XUYEN_2022[i] ?? 0, 0, 0, 0, 0, 0])
        return
      }
      const planned = intBetween(
        random,
        a.unit.kind === 'COMMUNE' ? 2 : 4,
        a.unit.kind === 'COMMUNE' ? 7 : 14,
      )
      const cancelled = random() < 0.12 ? 1 : 0
      const open = planned - cancelled
      const done = Math.min(open, Math.round(open * (quality + (random() - 0.5) * 0.15)))
      const late = Math.min(done, Math.round(done * (1 - quality) * random() * 1.2))
      const rest = open - done
      const overdue = Math.min(rest, intBetween(random, 0, rest))
      const notStarted = Math.min(rest - overdue, random() < 0.3 ? 1 : 0)
      rows.push([
        a.unit.code,
        a.year,
        field,
        done - late,
        late,
        rest - overdue - notStarted,
        overdue,
        notStarted,
        cancelled,
      ])
    })
  }
  return rows
}

export type DemoAwardRow = {
  unit: string
  year: number
  award: string
  recipient: 'COLLECTIVE' | 'INDIVIDUAL' | 'HOUSEHOLD'
  count: number
  name?: string
  issuer: string
  decision: string
  date: string
  reason: 'PAR' | 'EMULATION' | 'OTHER'
}

function localIssuer(unit: DemoUnit): string {
  if (unit.kind === 'COMMUNE') return 'COMMUNE'
  if (unit.kind === 'DEPARTMENT') return 'AGENCY_HEAD'
  return 'DISTRICT'
}

export function generateAwards(assessments: ActivitySource[]): DemoAwardRow[] {
  const rows: DemoAwardRow[] = []
  for (const a of assessments) {
    const random = createRandom(`awards:${a.unit.code}:${a.year}`)
    const unit = a.unit.code
    const year = a.year
    const local = localIssuer(a.unit)
    const localDecision = `${intBetween(random, 100, 2999)}/QĐ-UBND`
    const localDate = `${year + 1}-01-${String(intBetween(random, 10, 28)).padStart(2, '0')}`
    const provinceDecision = `${intBetween(random, 100, 999)}/QĐ-UBND`
    const provinceDate = `${year + 1}-02-${String(intBetween(random, 2, 27)).padStart(2, '0')}`
    const add = (row: Omit<DemoAwardRow, 'unit' | 'year'>) => rows.push({ unit, year, ...row })

    if (unit === 'AN_GIANG.LONG_XUYEN' && year === 2022) {
      add({
        award: 'MERIT_CERTIFICATE',
        recipient: 'COLLECTIVE',
        count: 10,
        issuer: 'DISTRICT',
        decision: '235/QĐ-UBND',
        date: '2023-01-16',
        reason: 'PAR',
      })
      add({
        award: 'MERIT_CERTIFICATE',
        recipient: 'INDIVIDUAL',
        count: 8,
        issuer: 'DISTRICT',
        decision: '235/QĐ-UBND',
        date: '2023-01-16',
        reason: 'PAR',
      })
    } else if (unit === 'LONG_AN.THANH_HOA' && year === 2023) {
      add({
        award: 'PROVINCE_EMULATION_FLAG',
        recipient: 'COLLECTIVE',
        count: 1,
        name: 'UBND huyện Thạnh Hóa',
        issuer: 'PROVINCE',
        decision: provinceDecision,
        date: provinceDate,
        reason: 'EMULATION',
      })
      add({
        award: 'PROVINCE_MERIT_CERTIFICATE',
        recipient: 'COLLECTIVE',
        count: 2,
        issuer: 'PROVINCE',
        decision: provinceDecision,
        date: provinceDate,
        reason: 'PAR',
      })
      add({
        award: 'PROVINCE_MERIT_CERTIFICATE',
        recipient: 'INDIVIDUAL',
        count: 3,
        issuer: 'PROVINCE',
        decision: provinceDecision,
        date: provinceDate,
        reason: 'PAR',
      })
      add({
        award: 'MERIT_CERTIFICATE',
        recipient: 'COLLECTIVE',
        count: 6,
        issuer: 'DISTRICT',
        decision: localDecision,
        date: localDate,
        reason: 'PAR',
      })
      add({
        award: 'MERIT_CERTIFICATE',
        recipient: 'INDIVIDUAL',
        count: 12,
        issuer: 'DISTRICT',
        decision: localDecision,
        date: localDate,
        reason: 'PAR',
      })
    } else {
      const scale = a.unit.kind === 'COMMUNE' ? 0.5 : 1
      add({
        award: 'MERIT_CERTIFICATE',
        recipient: 'COLLECTIVE',
        count: Math.max(1, Math.round(intBetween(random, 3, 12) * scale)),
        issuer: local,
        decision: localDecision,
        date: localDate,
        reason: 'PAR',
      })
      add({
        award: 'MERIT_CERTIFICATE',
        recipient: 'INDIVIDUAL',
        count: Math.max(1, Math.round(intBetween(random, 4, 16) * scale)),
        issuer: local,
        decision: localDecision,
        date: localDate,
        reason: 'PAR',
      })
      if (a.rank === 1 && a.unit.kind !== 'COMMUNE') {
        add({
          award: 'PROVINCE_EMULATION_FLAG',
          recipient: 'COLLECTIVE',
          count: 1,
          issuer: 'PROVINCE',
          decision: provinceDecision,
          date: provinceDate,
          reason: 'EMULATION',
        })
      }
      if (a.rank <= 3 && a.unit.kind !== 'COMMUNE') {
        add({
          award: 'PROVINCE_MERIT_CERTIFICATE',
          recipient: 'COLLECTIVE',
          count: 1,
          issuer: 'PROVINCE',
          decision: provinceDecision,
          date: provinceDate,
          reason: 'PAR',
        })
      }
    }
    if (a.unit.kind === 'DISTRICT') {
      add({
        award: 'ADVANCED_COLLECTIVE',
        recipient: 'COLLECTIVE',
        count: intBetween(random, 8, 30),
        issuer: 'DISTRICT',
        decision: localDecision,
        date: localDate,
        reason: 'EMULATION',
      })
      add({
        award: 'GRASSROOTS_EMULATION_FIGHTER',
        recipient: 'INDIVIDUAL',
        count: intBetween(random, 5, 25),
        issuer: 'DISTRICT',
        decision: localDecision,
        date: localDate,
        reason: 'EMULATION',
      })
    }
    if (a.unit.kind === 'DEPARTMENT' && a.rank <= 4) {
      add({
        award: 'EXCELLENT_COLLECTIVE',
        recipient: 'COLLECTIVE',
        count: 1,
        issuer: 'PROVINCE',
        decision: provinceDecision,
        date: provinceDate,
        reason: 'EMULATION',
      })
    }
    if (a.unit.kind === 'COMMUNE') {
      add({
        award: 'ADVANCED_WORKER',
        recipient: 'INDIVIDUAL',
        count: intBetween(random, 10, 40),
        issuer: 'COMMUNE',
        decision: localDecision,
        date: localDate,
        reason: 'EMULATION',
      })
      add({
        award: 'CULTURAL_FAMILY',
        recipient: 'HOUSEHOLD',
        count: intBetween(random, 80, 400),
        issuer: 'COMMUNE',
        decision: localDecision,
        date: localDate,
        reason: 'OTHER',
      })
    }
  }
  return rows
}
