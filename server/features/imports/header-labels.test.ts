import { describe, expect, it } from 'vitest'
import { nearestLabel } from './header-labels.ts'

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
