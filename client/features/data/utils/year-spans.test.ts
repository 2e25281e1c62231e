import { describe, expect, it } from 'vitest'
import { yearSpans } from './year-spans.ts'

describe('yearSpans', () => {
  it('joins consecutive years into spans, in order, each year once', () => {
    expect(yearSpans([2025, 2022, 2023, 2019, 2020, 2021, 2023])).toBe('2019–2023, 2025')
    expect(yearSpans([2024])).toBe('2024')
    expect(yearSpans([])).toBe('')
  })
})
