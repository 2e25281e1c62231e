import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { initI18n } from '#client/app/i18n/i18n.ts'
import type { AwardBreakdownLine } from '#shared/dto/award.ts'
import { taskHeadline } from '#client/features/tasks/utils/task-headline.ts'
import { directionText, breakdownTableRows } from './award-breakdown.ts'
import { awardHeadline } from './award-headline.ts'

initI18n('vi')
const vi = i18next.getFixedT('vi')
const en = i18next.getFixedT('en')

describe('headlines that add up', () => {
  it('counts done tasks of the tasks due, naming the cancelled ones', () => {
    const summary = {
      counts: {
        DONE_ON_TIME: 500,
        DONE_LATE: 57,
        IN_PROGRESS: 200,
        OVERDUE: 30,
        NOT_STARTED: 19,
        CANCELLED: 14,
      },
      planned: 820,
      completionPct: 69.11,
    }
    expect(taskHeadline(summary, 'vi', vi)).toBe(
      '557/806 nhiệm vụ hoàn thành (trừ 14 điều chỉnh/hủy) — 69,1%',
    )
    expect(taskHeadline(summary, 'en', en)).toBe(
      '557/806 tasks done (excluding 14 adjusted or cancelled) — 69.1%',
    )
    const none = { ...summary, counts: { ...summary.counts, CANCELLED: 0 }, planned: 806 }
    expect(taskHeadline(none, 'vi', vi)).toBe('557/806 nhiệm vụ hoàn thành — 69,1%')
  })

  it('writes the rate with its one decimal when it is 0 (Long An 2024: 568 of 789)', () => {
    const counts = {
      DONE_ON_TIME: 500,
      DONE_LATE: 68,
      IN_PROGRESS: 200,
      OVERDUE: 11,
      NOT_STARTED: 10,
      CANCELLED: 10,
    }
    const summary = { counts, planned: 799, completionPct: 72.0 }
    expect(taskHeadline(summary, 'vi', vi)).toBe(
      '568/789 nhiệm vụ hoàn thành (trừ 10 điều chỉnh/hủy) — 72,0%',
    )
    expect(taskHeadline(summary, 'en', en)).toBe(
      '568/789 tasks done (excluding 10 adjusted or cancelled) — 72.0%',
    )
  })

  it('names every recipient type of an award total', () => {
    const totals = { total: 3677, collective: 51, individual: 465, household: 3161 }
    expect(awardHeadline(totals, 'vi', vi)).toBe(
      '3.677 khen thưởng: 51 tập thể, 465 cá nhân, 3.161 hộ gia đình',
    )
    expect(awardHeadline({ ...totals, total: 516, household: 0 }, 'en', en)).toBe(
      '516 awards: 51 to collectives, 465 to individuals',
    )
    // One recipient is one in English, and a thousand is written as English writes it.
    expect(
      awardHeadline({ total: 3163, collective: 1, individual: 1, household: 3161 }, 'en', en),
    ).toBe('3,163 awards: 1 to a collective, 1 to an individual, 3,161 to households')
  })

  it('reads a city’s Giấy khen back as its decision wrote it, apart from what it received', () => {
    const lines: AwardBreakdownLine[] = [
      {
        awardCode: 'MERIT_CERTIFICATE',
        recipientType: 'COLLECTIVE',
        direction: 'GIVEN',
        count: 10,
      },
      { awardCode: 'MERIT_CERTIFICATE', recipientType: 'INDIVIDUAL', direction: 'GIVEN', count: 8 },
      {
        awardCode: 'PROVINCE_MERIT_CERTIFICATE',
        recipientType: 'COLLECTIVE',
        direction: 'RECEIVED',
        count: 1,
      },
    ]
    expect(directionText(lines, 'GIVEN', 'vi', vi)).toBe('Giấy khen — 10 tập thể, 8 cá nhân')
    expect(directionText(lines, 'RECEIVED', 'vi', vi)).toBe(
      'Bằng khen của Chủ tịch UBND tỉnh — 1 tập thể',
    )
    expect(breakdownTableRows(lines, 'vi').map((r) => [r.direction, r.award, r.total])).toEqual([
      ['GIVEN', 'Giấy khen', 18],
      ['RECEIVED', 'Bằng khen của Chủ tịch UBND tỉnh', 1],
    ])
  })
})
