import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AfterFirstChart, useMarkChartShown } from './first-chart.tsx'

function Chart() {
  useMarkChartShown()
  return <p>chart</p>
}

/** The paragraphs a reader sees, in order: the fallback and the children never show together. */
const shown = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('p'), (p) => p.textContent)

describe('AfterFirstChart', () => {
  it('shows its fallback until the first chart has been drawn, then its children, and at once afterwards', async () => {
    const first = render(
      <AfterFirstChart fallback={<p>later</p>}>
        <p>glance</p>
      </AfterFirstChart>,
    )
    expect(shown(first.container)).toEqual(['later'])
    first.rerender(
      <>
        <Chart />
        <AfterFirstChart fallback={<p>later</p>}>
          <p>glance</p>
        </AfterFirstChart>
      </>,
    )
    await screen.findByText('glance')
    expect(shown(first.container)).toEqual(['chart', 'glance'])
    // A panel mounted after the first chart renders straight away, without its fallback.
    const second = render(
      <AfterFirstChart fallback={<p>second fallback</p>}>
        <p>second</p>
      </AfterFirstChart>,
    )
    expect(shown(second.container)).toEqual(['second'])
  })
})
