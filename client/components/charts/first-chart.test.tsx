import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AfterFirstChart, useMarkChartShown } from './first-chart.tsx'

function Chart() {
  useMarkChartShown()
  return <p>chart</p>
}

describe('AfterFirstChart', () => {
  it('shows its fallback until the first chart has been drawn, then its children, and at once afterwards', async () => {
    const { rerender } = render(
      <AfterFirstChart fallback={<p>later</p>}>
        <p>glance</p>
      </AfterFirstChart>,
    )
    expect(screen.getByText('later')).toBeTruthy()
    expect(screen.queryByText('glance')).toBeNull()
    rerender(
      <>
        <Chart />
        <AfterFirstChart fallback={<p>later</p>}>
          <p>glance</p>
        </AfterFirstChart>
      </>,
    )
    expect(await screen.findByText('glance')).toBeTruthy()
    // A panel mounted after the first chart renders straight away.
    render(
      <AfterFirstChart fallback={<p>second fallback</p>}>
        <p>second</p>
      </AfterFirstChart>,
    )
    expect(screen.getByText('second')).toBeTruthy()
    expect(screen.queryByText('second fallback')).toBeNull()
  })
})
