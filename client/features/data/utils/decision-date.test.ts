import { describe, expect, it } from 'vitest'
import { decisionDateField, decisionDateWords, localToday, parseDecisionDate } from './decision-date.ts'

const TODAY = '2026-05-20'

describe('parseDecisionDate', () => {
  it('reads day/month/year, never month/day/year', () => {
    expect(parseDecisionDate('09/04/2026', TODAY)).toEqual({ ok: true, iso: '2026-04-09' })
    expect(parseDecisionDate('12/01/2026', TODAY)).toEqual({ ok: true, iso: '2026-01-12' })
  })

  it('takes a day and month without zeros, other separators and a phone pad’s digits', () => {
    for (const text of ['9/4/2026', ' 09.04.2026 ', '09-04-2026', '9 4 2026', '09 / 04 / 2026', '09042026'])
      expect(parseDecisionDate(text, TODAY)).toEqual({ ok: true, iso: '2026-04-09' })
  })

  it('says what is wrong', () => {
    expect(parseDecisionDate('  ', TODAY)).toEqual({ ok: false, problem: 'empty' })
    for (const text of ['2026-04-09', '09/04/26', '9 tháng 4', '0942026', '09/04/2026x'])
      expect(parseDecisionDate(text, TODAY)).toEqual({ ok: false, problem: 'format' })
    for (const text of ['31/02/2026', '29/02/2025', '00/04/2026', '09/13/2026', '32/01/2026'])
      expect(parseDecisionDate(text, TODAY)).toEqual({ ok: false, problem: 'notADate' })
    expect(parseDecisionDate('29/02/2024', TODAY)).toEqual({ ok: true, iso: '2024-02-29' })
    expect(parseDecisionDate('09/04/0226', TODAY)).toEqual({ ok: false, problem: 'tooEarly' })
  })

  it('refuses a date after today, and takes today', () => {
    expect(parseDecisionDate('21/05/2026', TODAY)).toEqual({ ok: false, problem: 'future' })
    expect(parseDecisionDate('20/05/2026', TODAY)).toEqual({ ok: true, iso: TODAY })
  })
})

describe('decision date text', () => {
  it('writes the date in words in each language', () => {
    expect(decisionDateWords('2026-04-09', 'vi')).toBe('ngày 9 tháng 4 năm 2026')
    expect(decisionDateWords('2026-04-09', 'en')).toBe('9 April 2026')
    expect(decisionDateWords('2025-12-31', 'vi')).toBe('ngày 31 tháng 12 năm 2025')
  })

  it('shows the field as dd/mm/yyyy', () => {
    expect(decisionDateField('2026-04-09')).toBe('09/04/2026')
  })

  it('takes today where the editor is', () => {
    expect(localToday(new Date(2026, 0, 5, 6, 30))).toBe('2026-01-05')
  })
})
