import { act, render, screen } from '@testing-library/react'
import { Suspense, use, useRef } from 'react'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { useElementWidth } from './use-element-width.ts'

function Width({ enabled = true }: { enabled?: boolean }) {
  const ref = useRef<HTMLDivElement>(null)
  const width = useElementWidth(ref, enabled)
  return <div ref={ref}>{width}</div>
}

const never = new Promise<never>(() => {})

/** Shows the width, or waits forever once there is one (as a chart whose code is loading). */
function Drawing({ width }: { width: number }) {
  if (width > 0) use(never)
  return <span>{width}</span>
}

function WidthWithDrawing() {
  const ref = useRef<HTMLDivElement>(null)
  const width = useElementWidth(ref)
  return (
    <div ref={ref}>
      <Suspense fallback={<span>fallback</span>}>
        <Drawing width={width} />
      </Suspense>
    </div>
  )
}

let width = 0
let resized: (() => void) | null = null
let observing = 0

vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => width)
vi.stubGlobal(
  'ResizeObserver',
  class {
    constructor(callback: () => void) {
      resized = callback
    }
    observe() {
      observing += 1
    }
    disconnect() {
      observing -= 1
    }
  },
)

afterEach(() => {
  resized = null
})

afterAll(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('useElementWidth', () => {
  it('reads the box’s width once it is laid out and follows it as it resizes', () => {
    width = 574
    const view = render(<Width />)
    expect(screen.getByText('574')).toBeInTheDocument()
    width = 340
    act(() => resized?.())
    expect(screen.getByText('340')).toBeInTheDocument()
    view.unmount()
    expect(observing).toBe(0)
  })

  it('sets the width as a transition: what it sizes renders in slices, not in the commit', () => {
    // A transition keeps what was shown while its render waits; an urgent update would show the
    // fallback. So the drawing's render is a transition, first measurement and resize alike.
    width = 574
    render(<WidthWithDrawing />)
    expect(screen.getByText('0')).toBeInTheDocument()
    expect(screen.queryByText('fallback')).toBeNull()
    width = 340
    act(() => resized?.())
    expect(screen.queryByText('fallback')).toBeNull()
  })

  it('measures nothing when not enabled (an export has its own size)', () => {
    width = 574
    render(<Width enabled={false} />)
    expect(screen.getByText('0')).toBeInTheDocument()
    expect(resized).toBeNull()
  })
})
