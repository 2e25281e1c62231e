import { fireEvent, render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { CategoryLinks } from './category-link.tsx'
import { MAX_TAB_STOPS } from './use-roving-links.ts'

/** `count` names down an axis, each a link, in an in-memory router. */
function renderNames(count: number) {
  const labels = Array.from({ length: count }, (_, i) => `Xã ${i + 1}`)
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <svg>
          <CategoryLinks
            labels={labels}
            keys={labels}
            links={labels.map((name, i) => ({ href: `/units/X${i + 1}?year=2025`, name }))}
            isFocus={() => false}
            x={120}
            y={(i) => 15 + i * 30}
            bandSize={30}
            fontSize={12}
          />
        </svg>
      ),
    },
  ])
  const { container } = render(<RouterProvider router={router} />)
  return [...container.querySelectorAll('a')] as unknown as SVGElement[]
}

describe('CategoryLinks', () => {
  it('up to MAX_TAB_STOPS names, every one is a stop for Tab; each box a tap target 24 px tall', () => {
    const links = renderNames(MAX_TAB_STOPS)
    expect(links).toHaveLength(MAX_TAB_STOPS)
    expect(links.filter((a) => a.getAttribute('tabindex') !== null)).toHaveLength(0)
    const box = links[0]!.querySelector('rect.chart-unit-link-box')!
    expect(Number(box.getAttribute('height'))).toBe(24)
  })

  it('above it, the names are one stop for Tab and the arrow keys move along them', () => {
    const links = renderNames(MAX_TAB_STOPS + 10)
    const stops = () => links.filter((a) => a.getAttribute('tabindex') === '0')
    expect(stops()).toEqual([links[0]])
    expect(links.filter((a) => a.getAttribute('tabindex') === '-1')).toHaveLength(MAX_TAB_STOPS + 9)
    links[0]!.focus()
    fireEvent.keyDown(links[0]!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(links[1])
    // Tab comes back to the name left last.
    expect(stops()).toEqual([links[1]])
    fireEvent.keyDown(links[1]!, { key: 'End' })
    expect(document.activeElement).toBe(links.at(-1))
    fireEvent.keyDown(links.at(-1)!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(links.at(-1))
    fireEvent.keyDown(links.at(-1)!, { key: 'Home' })
    expect(document.activeElement).toBe(links[0])
  })
})
