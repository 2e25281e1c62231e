import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { initI18n } from '#client/app/i18n/i18n.ts'
import { notComparableText, predecessorsText } from './not-comparable.ts'

beforeAll(() => {
  initI18n('vi')
})

const nc = {
  reason: 'LINEAGE' as const,
  rankOnly: false,
  previousYear: 2024,
  predecessors: [
    {
      unit: { code: 'LONG_AN', name: 'Tỉnh Long An' },
      year: 2024,
      indexPct: 88.5,
      rank: 10,
      total: 63,
    },
  ],
}

describe('not-comparable texts', () => {
  it('says why in both languages', async () => {
    await i18next.changeLanguage('vi')
    expect(notComparableText(nc, i18next.t)).toBe('không so sánh được (đơn vị được sắp xếp lại)')
    expect(notComparableText({ reason: 'COHORT_SIZE' }, i18next.t)).toBe(
      'không so sánh được (số đơn vị xếp hạng thay đổi)',
    )
    await i18next.changeLanguage('en')
    expect(notComparableText({ reason: 'SCHEME' }, i18next.t)).toBe(
      'not comparable (the assessment method changed)',
    )
  })

  it('calls a predecessor named like its successor "(cũ)", never by its code', async () => {
    const ward = {
      ...nc,
      predecessors: [
        {
          unit: { code: 'AN_GIANG.LONG_XUYEN.BINH_DUC', name: 'Phường Bình Đức' },
          year: 2024,
          indexPct: 73.62,
          rank: 9,
          total: 13,
        },
      ],
    }
    await i18next.changeLanguage('vi')
    expect(predecessorsText(ward, 'vi', i18next.t, 'Phường Bình Đức')).toBe(
      'Đơn vị tiền thân năm 2024: Phường Bình Đức (cũ) 73,62% (hạng 9/13)',
    )
    await i18next.changeLanguage('en')
    expect(predecessorsText(ward, 'en', i18next.t, 'Phường Bình Đức')).toBe(
      'Predecessor in 2024: Phường Bình Đức (former) 73.62% (rank 9/13)',
    )
  })

  it('lists predecessors as they stood, never as the unit’s own year', async () => {
    await i18next.changeLanguage('vi')
    expect(predecessorsText(nc, 'vi', i18next.t)).toBe(
      'Đơn vị tiền thân năm 2024: Tỉnh Long An 88,50% (hạng 10/63)',
    )
    await i18next.changeLanguage('en')
    expect(predecessorsText(nc, 'en', i18next.t)).toBe(
      'Predecessor in 2024: Tỉnh Long An 88.50% (rank 10/63)',
    )
    const two = {
      ...nc,
      predecessors: [
        ...nc.predecessors,
        { ...nc.predecessors[0]!, unit: { code: 'X', name: 'Tỉnh X' } },
      ],
    }
    expect(predecessorsText(two, 'en', i18next.t)).toMatch(/^Predecessors in 2024: /)
    expect(predecessorsText(null, 'en', i18next.t)).toBeNull()
    await i18next.changeLanguage('vi')
  })
})
