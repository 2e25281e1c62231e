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
      parent: { code: 'VN', name: 'Việt Nam' },
      year: 2024,
      indexPct: 88.5,
      rank: 10,
      total: 63,
      via: null,
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

  it('calls a predecessor named like its successor under its parent "(cũ)", never by its code', async () => {
    const ward = {
      ...nc,
      predecessors: [
        {
          unit: { code: 'AN_GIANG.LONG_XUYEN.BINH_DUC', name: 'Phường Bình Đức' },
          parent: { code: 'AN_GIANG.LONG_XUYEN', name: 'Thành phố Long Xuyên' },
          year: 2024,
          indexPct: 73.62,
          rank: 9,
          total: 13,
          via: null,
        },
      ],
    }
    const self = { name: 'Phường Bình Đức', parentCode: 'AN_GIANG.LONG_XUYEN' }
    await i18next.changeLanguage('vi')
    expect(predecessorsText(ward, 'vi', i18next.t, self)).toBe(
      'Đơn vị tiền thân năm 2024: Phường Bình Đức (cũ) 73,62% (hạng 9/13)',
    )
    await i18next.changeLanguage('en')
    expect(predecessorsText(ward, 'en', i18next.t, self)).toBe(
      'Predecessor in 2024: Phường Bình Đức (former) 73.62% (rank 9/13)',
    )
  })

  it('names the parent of a predecessor ranked under another one, never "(cũ)"', async () => {
    const department = {
      ...nc,
      predecessors: [
        {
          unit: { code: 'LONG_AN.SO_NOI_VU', name: 'Sở Nội vụ' },
          parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
          year: 2024,
          indexPct: 76.21,
          rank: 7,
          total: 10,
          via: null,
        },
      ],
    }
    const self = { name: 'Sở Nội vụ', parentCode: 'TAY_NINH' }
    await i18next.changeLanguage('vi')
    expect(predecessorsText(department, 'vi', i18next.t, self)).toBe(
      'Đơn vị tiền thân năm 2024: Sở Nội vụ (Tỉnh Long An) 76,21% (hạng 7/10)',
    )
    await i18next.changeLanguage('en')
    expect(predecessorsText(department, 'en', i18next.t, self)).toBe(
      'Predecessor in 2024: Sở Nội vụ (Tỉnh Long An) 76.21% (rank 7/10)',
    )
    await i18next.changeLanguage('vi')
  })

  it('names one other parent of several predecessors once, and each of mixed ones', async () => {
    const ward = (code: string, name: string, parent: { code: string; name: string }) => ({
      unit: { code, name },
      parent,
      year: 2024,
      indexPct: 77.08,
      rank: 6,
      total: 13,
      via: null,
    })
    const longXuyen = { code: 'AN_GIANG.LONG_XUYEN', name: 'Thành phố Long Xuyên' }
    const chauThanh = { code: 'AN_GIANG.CHAU_THANH', name: 'Huyện Châu Thành' }
    const self = { name: 'Phường Long Xuyên', parentCode: 'AN_GIANG' }
    const two = {
      ...nc,
      predecessors: [ward('A', 'Phường Mỹ Bình', longXuyen), ward('B', 'Phường Mỹ Hòa', longXuyen)],
    }
    await i18next.changeLanguage('vi')
    expect(predecessorsText(two, 'vi', i18next.t, self)).toBe(
      'Đơn vị tiền thân năm 2024, thuộc Thành phố Long Xuyên: Phường Mỹ Bình 77,08% (hạng 6/13); Phường Mỹ Hòa 77,08% (hạng 6/13)',
    )
    const mixed = {
      ...nc,
      predecessors: [ward('A', 'Phường Mỹ Bình', longXuyen), ward('C', 'Xã An Hòa', chauThanh)],
    }
    expect(predecessorsText(mixed, 'vi', i18next.t, self)).toBe(
      'Đơn vị tiền thân năm 2024: Phường Mỹ Bình (Thành phố Long Xuyên) 77,08% (hạng 6/13); Xã An Hòa (Huyện Châu Thành) 77,08% (hạng 6/13)',
    )
    await i18next.changeLanguage('en')
    expect(predecessorsText(two, 'en', i18next.t, self)).toMatch(
      /^Predecessors in 2024, under Thành phố Long Xuyên: Phường Mỹ Bình 77\.08% /,
    )
    await i18next.changeLanguage('vi')
  })

  it('lists the units taken in directly, each with the units it had taken in as that step', async () => {
    const longXuyen = { code: 'AN_GIANG.LONG_XUYEN', name: 'Thành phố Long Xuyên' }
    const ward = (code: string, name: string, indexPct: number, rank: number) => ({
      unit: { code, name },
      parent: longXuyen,
      year: 2024,
      indexPct,
      rank,
      total: 13,
      via: null,
    })
    const myXuyen = ward('MY_XUYEN', 'Phường Mỹ Xuyên', 78.23, 5)
    const intoMyXuyen = { unit: { code: 'MY_XUYEN', name: 'Phường Mỹ Xuyên' }, date: '2025-01-01' }
    const merged = {
      ...nc,
      predecessors: [
        ward('MY_LONG', 'Phường Mỹ Long', 92.12, 1),
        myXuyen,
        { ...ward('DONG_XUYEN', 'Phường Đông Xuyên', 77.08, 6), via: intoMyXuyen },
      ],
    }
    const self = { name: 'Phường Long Xuyên', parentCode: 'AN_GIANG' }
    await i18next.changeLanguage('vi')
    expect(predecessorsText(merged, 'vi', i18next.t, self)).toBe(
      'Đơn vị tiền thân năm 2024, thuộc Thành phố Long Xuyên: Phường Mỹ Long 92,12% (hạng 1/13); Phường Mỹ Xuyên 78,23% (hạng 5/13), gồm Phường Đông Xuyên 77,08% (hạng 6/13) nhập vào ngày 01/01/2025',
    )
    // The unit between not listed (unranked the year before): the step is said beside the unit.
    const alone = { ...merged, predecessors: merged.predecessors.filter((p) => p !== myXuyen) }
    expect(predecessorsText(alone, 'vi', i18next.t, self)).toBe(
      'Đơn vị tiền thân năm 2024, thuộc Thành phố Long Xuyên: Phường Mỹ Long 92,12% (hạng 1/13); Phường Đông Xuyên 77,08% (hạng 6/13), nhập vào Phường Mỹ Xuyên ngày 01/01/2025',
    )
    await i18next.changeLanguage('en')
    expect(predecessorsText(merged, 'en', i18next.t, self)).toBe(
      'Predecessors in 2024, under Thành phố Long Xuyên: Phường Mỹ Long 92.12% (rank 1/13); Phường Mỹ Xuyên 78.23% (rank 5/13), with Phường Đông Xuyên 77.08% (rank 6/13) merged into it on 1 January 2025',
    )
    await i18next.changeLanguage('vi')
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
