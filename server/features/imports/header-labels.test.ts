import { describe, expect, it } from 'vitest'
import { columnOf, labelIndex, nearestLabel } from './header-labels.ts'

describe('nearestLabel', () => {
  it('suggests the longest label a header opens with', () => {
    expect(nearestLabel('assessments', 'Tổng điểm các tiêu chí')).toBe('Tổng điểm')
    expect(nearestLabel('assessments', 'Chỉ số CCHC đạt được năm nay')).toBe('Chỉ số CCHC đạt được')
  })

  it('suggests a label a few keystrokes away, accents and case aside', () => {
    expect(nearestLabel('assessments', 'Xếp hang')).toBe('Xếp hạng')
    expect(nearestLabel('tasks', 'Hoàn thành đúng hạnn')).toBe('Hoàn thành đúng hạn')
    expect(nearestLabel('units', 'Ma don vi.')).toBe('Mã đơn vị')
  })

  it('suggests nothing for a header unlike every label', () => {
    expect(nearestLabel('assessments', 'Ghi chú của đoàn kiểm tra')).toBeUndefined()
    expect(nearestLabel('awards', 'Mã số thuế')).toBeUndefined()
    expect(nearestLabel('units', '')).toBeUndefined()
  })
})

describe('columnOf', () => {
  const labels = labelIndex('assessments')

  it('reads the acronym a province prints for its index', () => {
    expect(columnOf(labels, 'PARI (%)')).toEqual({ key: 'index_pct' })
    expect(columnOf(labels, 'Chỉ số PARI')).toEqual({ key: 'index_pct' })
  })

  it('reads a label glossed in brackets by another label of the same column', () => {
    expect(columnOf(labels, 'Chỉ số cải cách hành chính (PARI)')).toEqual({ key: 'index_pct' })
    expect(columnOf(labels, 'Chỉ số CCHC năm 2018 (PAR INDEX)')).toEqual({
      key: 'index_pct',
      year: 2018,
    })
    expect(columnOf(labels, 'Xếp hạng (Vị thứ)')).toEqual({ key: 'rank' })
  })

  it('reads no column from a label glossed by another column’s label', () => {
    expect(columnOf(labels, 'Tổng điểm (PARI)')).toBeUndefined()
    expect(columnOf(labels, 'Xếp hạng (Xếp loại)')).toBeUndefined()
  })
})
