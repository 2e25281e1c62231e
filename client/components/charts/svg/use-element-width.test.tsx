import { act, render, screen } from '@testing-library/react'
import { useRef } from 'react'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { useElementWidth } from './use-element-width.ts'

function Width({ enabled = true }: { enabled?: boolean }) {
  const ref = useRef<HTMLDivElement>(null)
  const width = useElementWidth(ref, enabled)
  return <div ref={ref}>{width}</div>
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
  it('reads the box’s width before the first paint and follows it as it resizes', () => {
    width = 574
    const view = render(<Width />)
    expect(screen.getByText('574')).toBeInTheDocument()
    width = 340
    act(() => resized?.())
    expect(screen.getByText('340')).toBeInTheDocument()
    view.unmount()
    expect(observing).toBe(0)
  })

  it('measures nothing when not enabled (an export has its own size)', () => {
    width = 574
    render(<Width enabled={false} />)
    expect(screen.getByText('0')).toBeInTheDocument()
    expect(resized).toBeNull()
  })
})
