import i18n from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { describeChanges, describeValues } from './preview-values.ts'

const t = i18n.t.bind(i18n)

describe('describeValues', () => {
  afterEach(async () => {
    await i18n.changeLanguage('vi')
  })

  it('reads an assessment as its table prints it: points of the maximum, index, grades by name', () => {
    const values = {
      points: 69.25,
      max_points: 71.5,
      index_pct: 96.85,
      grade: 'EXCELLENT',
      published_rank: 1,
      published_grade: 'GOOD',
    }
    expect(describeValues(values, t, 'vi')).toBe(
      'Điểm 69,25/71,5 · Chỉ số 96,85 % · Xếp loại Xuất sắc · Hạng công bố 1 · Xếp loại công bố Tốt',
    )
  })

  it('names the block a row is ranked in, and says nothing of the default cohort', () => {
    expect(describeValues({ index_pct: 88.5, published_rank: 1, cohort_block: 'Phường' }, t, 'vi')).toBe(
      'Chỉ số 88,5 % · Hạng công bố 1 · Khối Phường',
    )
    expect(describeValues({ index_pct: 88.5, cohort_block: '' }, t, 'vi')).toBe('Chỉ số 88,5 %')
  })

  it('leaves out what the row does not give, and names awards and recipients', async () => {
    await i18n.changeLanguage('en')
    expect(describeValues({ points: 80, max_points: null, index_pct: 80, published_rank: null }, t, 'en')).toBe(
      'Points 80 · Index 80 %',
    )
    expect(
      describeValues({ award_code: 'MERIT_CERTIFICATE', recipient_type: 'COLLECTIVE', recipient_name: null, count: 12 }, t, 'en'),
    ).toMatch(/^Award .+ · Recipient .+ · Count 12$/)
    expect(describeValues(undefined, t, 'en')).toBe('')
  })

  it('names a task row’s field, not its code', async () => {
    expect(describeValues({ field_code: 'INSTITUTIONS', done_on_time: 5 }, t, 'vi')).toBe('Lĩnh vực Thể chế · Đúng hạn 5')
    await i18n.changeLanguage('en')
    expect(describeValues({ field_code: 'DIGITAL_GOVERNMENT' }, t, 'en')).toBe('Field Digital government')
    expect(describeValues({ field_code: 'LOCAL_EXTRA' }, t, 'en')).toBe('Field LOCAL_EXTRA')
  })
})

describe('describeChanges', () => {
  it('shows before → after by the page’s names, with ∅ for empty values', () => {
    expect(
      describeChanges({ points: { before: 80, after: 81.5 }, grade: { before: null, after: 'GOOD' } }, t, 'vi'),
    ).toBe('Điểm: 80 → 81,5; Xếp loại: ∅ → Tốt')
    // A field's points by the field's name; a field a scheme adds of its own by its column.
    expect(describeChanges({ 'field:LEADERSHIP': { before: 30, after: 31 } }, t, 'vi')).toBe('Chỉ đạo, điều hành: 30 → 31')
    expect(describeChanges({ 'field:LOCAL_EXTRA': { before: 3, after: 4 } }, t, 'en')).toBe('field:LOCAL_EXTRA: 3 → 4')
    expect(describeChanges(null, t, 'vi')).toBe('')
  })
})
