import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { loadDrawingFor } from '#client/lib/chart-drawings.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { LiveChartsDrawContext } from './draw-after-paint.tsx'
import { useMarkChartShown } from './first-chart.tsx'
import { inlineChart } from './inline-chart.tsx'
import { lazyChart } from './lazy-chart.tsx'

type Props = { label: string; size?: ChartSize }

/** A drawing whose module arrives when the test says. */
function deferredDrawing() {
  let arrive: () => void = () => {}
  let fail: (error: Error) => void = () => {}
  let calls = 0
  const load = () => {
    calls += 1
    return new Promise<(props: Props) => React.ReactElement>((resolve, reject) => {
      arrive = () => resolve(({ label }: Props) => <svg data-testid="drawing" aria-label={label} />)
      fail = reject
    })
  }
  return { load, arrive: () => arrive(), fail: (e: Error) => fail(e), calls: () => calls }
}

const placeholderHeight = (container: HTMLElement) =>
  (container.querySelector('.chart-placeholder') as HTMLElement | null)?.style.height ?? null

describe('lazyChart', () => {
  it('holds the chart’s height until its drawing has loaded, then draws; later charts draw at once', async () => {
    const drawing = deferredDrawing()
    const Chart = lazyChart<Props>(drawing.load, (props) => props.label.length * 10)
    const first = render(<Chart label="twelve chars" />)
    expect(placeholderHeight(first.container)).toBe('120px')
    expect(screen.queryByTestId('drawing')).toBeNull()
    drawing.arrive()
    expect(await screen.findByTestId('drawing')).toHaveAttribute('aria-label', 'twelve chars')
    expect(placeholderHeight(first.container)).toBeNull()
    first.unmount()
    // Loaded once: a chart of that kind mounted later draws in its first render.
    const second = render(<Chart label="again" />)
    expect(placeholderHeight(second.container)).toBeNull()
    expect(screen.getByTestId('drawing')).toHaveAttribute('aria-label', 'again')
    expect(drawing.calls()).toBe(1)
  })

  it('loads nothing while its frame says not yet, and loads when it may draw', async () => {
    const drawing = deferredDrawing()
    const Chart = lazyChart<Props>(drawing.load, () => 200)
    const view = render(
      <LiveChartsDrawContext value={false}>
        <Chart label="later" />
      </LiveChartsDrawContext>,
    )
    expect(placeholderHeight(view.container)).toBe('200px')
    expect(drawing.calls()).toBe(0)
    view.rerender(
      <LiveChartsDrawContext value={true}>
        <Chart label="later" />
      </LiveChartsDrawContext>,
    )
    expect(drawing.calls()).toBe(1)
    drawing.arrive()
    expect(await screen.findByTestId('drawing')).toBeInTheDocument()
  })

  it('says where the chart would be when its drawing cannot be downloaded, and tries again later', async () => {
    const drawing = deferredDrawing()
    const Chart = lazyChart<Props>(drawing.load, () => 150)
    const first = render(<Chart label="offline" />)
    drawing.fail(new Error('Failed to fetch dynamically imported module'))
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được biểu đồ')
    first.unmount()
    render(<Chart label="online" />)
    expect(drawing.calls()).toBe(2)
    drawing.arrive()
    expect(await screen.findByTestId('drawing')).toHaveAttribute('aria-label', 'online')
  })

  it('is loaded, and no other drawing, before an export draws it at a fixed size', async () => {
    const [drawing, other] = [deferredDrawing(), deferredDrawing()]
    const Chart = lazyChart<Props>(drawing.load, () => 150)
    lazyChart<Props>(other.load, () => 150)
    const loaded = loadDrawingFor(<Chart label="export" size={{ width: 600, height: 400 }} />)
    expect(drawing.calls()).toBe(1)
    expect(other.calls()).toBe(0)
    drawing.arrive()
    await loaded
    // What renderChartSvg does next: one synchronous render at the export's size.
    render(
      <LiveChartsDrawContext value={false}>
        <Chart label="export" size={{ width: 600, height: 400 }} />
      </LiveChartsDrawContext>,
    )
    expect(screen.getByTestId('drawing')).toHaveAttribute('aria-label', 'export')
  })

  it('loads nothing before an export of a chart drawn with the page’s own code', async () => {
    const other = deferredDrawing()
    lazyChart<Props>(other.load, () => 150)
    const Plain = inlineChart<Props>(
      ({ label }) => <svg data-testid="plain" aria-label={label} />,
      () => 150,
    )
    await loadDrawingFor(<Plain label="plain" size={{ width: 600, height: 400 }} />)
    expect(other.calls()).toBe(0)
  })

  it('loads the drawings of the page’s other charts while idle once a chart is drawn, and none the page does not show', async () => {
    const idle: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task))
    try {
      const [further, elsewhere] = [deferredDrawing(), deferredDrawing()]
      const Further = lazyChart<Props>(further.load, () => 100)
      lazyChart<Props>(elsewhere.load, () => 100)
      /** The page's first chart, drawn with the page (inline-chart.tsx). */
      function FirstChart() {
        useMarkChartShown()
        return <p>first chart</p>
      }
      const page = (withFirst: boolean) => (
        <>
          {withFirst && <FirstChart />}
          {/* Further down the page: not drawn yet. */}
          <LiveChartsDrawContext value={false}>
            <Further label="further" />
          </LiveChartsDrawContext>
        </>
      )
      const view = render(page(false))
      expect(further.calls()).toBe(0)
      view.rerender(page(true))
      await waitFor(() => expect(idle.length).toBeGreaterThan(0))
      expect(further.calls()).toBe(0)
      for (const task of idle.splice(0)) task()
      // Ready for a print, which cannot wait for a download.
      expect(further.calls()).toBe(1)
      expect(elsewhere.calls()).toBe(0)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
