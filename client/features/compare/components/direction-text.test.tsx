import { render, screen } from '@testing-library/react'
import i18n from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { DirectionText } from './direction-text.tsx'
import type { DirectionKind } from '../utils/direction-words.ts'

/** The text a reader sees, and the direction its arrow and colour show. */
function shown(value: number, kind: DirectionKind) {
  const { container, unmount } = render(<DirectionText value={value} kind={kind} />)
  const span = container.querySelector('.direction')
  const result = {
    text: span?.textContent,
    direction: span?.getAttribute('data-direction'),
    className: span?.className,
  }
  unmount()
  return result
}

describe('DirectionText', () => {
  afterEach(() => i18n.changeLanguage('vi'))

  it('says a rise of 8 places in words with ↑ and the rising colour, never "-8" or "+8"', () => {
    render(<DirectionText value={8} kind="rankChange" />)
    const text = screen.getByText(/tăng 8 hạng/)
    expect(text.closest('.direction')).toHaveClass('up')
    expect(text.closest('.direction')).toHaveTextContent(/^↑ tăng 8 hạng$/)
    expect(text.closest('.direction')?.textContent).not.toMatch(/[+-]\d/)
  })

  it.each([
    [3, 'rankChange', '↑ tăng 3 hạng', 'up'],
    [-3, 'rankChange', '↓ giảm 3 hạng', 'down'],
    [-1, 'rankChange', '↓ giảm 1 hạng', 'down'],
    [0, 'rankChange', '= giữ nguyên hạng', 'same'],
    [5.35, 'indexChange', '▲ tăng 5,35 điểm', 'up'],
    [-1.2, 'indexChange', '▼ giảm 1,20 điểm', 'down'],
    [0.004, 'indexChange', 'không đổi', 'same'],
    [8, 'rankGap', '↑ cao hơn 8 hạng', 'up'],
    [-2, 'rankGap', '↓ thấp hơn 2 hạng', 'down'],
    [0, 'rankGap', '= cùng hạng', 'same'],
    [14.38, 'indexGap', '▲ cao hơn 14,38 điểm', 'up'],
    [-0.5, 'indexGap', '▼ thấp hơn 0,50 điểm', 'down'],
    [3.43, 'shareGap', '▲ cao hơn 3,43 điểm %', 'up'],
    [-5.55, 'shareGap', '▼ thấp hơn 5,55 điểm %', 'down'],
  ] as const)('%s as %s reads "%s" (%s)', (value, kind, text, direction) => {
    expect(shown(value, kind)).toEqual({ text, direction, className: `direction ${direction}` })
  })

  it('speaks English with the right number of places', async () => {
    await i18n.changeLanguage('en')
    expect(shown(8, 'rankChange').text).toBe('↑ up 8 places')
    expect(shown(1, 'rankChange').text).toBe('↑ up 1 place')
    expect(shown(-3, 'rankChange').text).toBe('↓ down 3 places')
    expect(shown(0, 'rankChange').text).toBe('= same place')
    expect(shown(-1.5, 'indexChange').text).toBe('▼ down 1.50 points')
    expect(shown(1, 'rankGap').text).toBe('↑ 1 place higher')
  })
})
