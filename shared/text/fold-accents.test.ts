import { describe, expect, it } from 'vitest'
import { foldAccents } from './fold-accents.ts'

describe('foldAccents', () => {
  it('drops the marks and reads đ as d, keeping case', () => {
    expect(foldAccents('Điểm tối đa')).toBe('Diem toi da')
    expect(foldAccents('Thạnh Hóa'.normalize('NFD'))).toBe('Thanh Hoa')
  })
})
