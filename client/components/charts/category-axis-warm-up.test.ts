// The warm-up against a canvas that records what it is asked: jsdom has none, so the module is
// loaded afresh with one standing in.
import { afterEach, describe, expect, it, vi } from 'vitest'

type Call = { font: string; text: string }

function recordingCanvas(calls: Call[], created: { count: number }) {
  return class {
    getContext() {
      created.count += 1
      const context = {
        font: '',
        measureText(text: string) {
          calls.push({ font: context.font, text })
          return { width: text.length * 6 }
        },
      }
      return context
    }
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

describe('textMeasureWarmUps', () => {
  it('creates the canvas once, then measures Latin and Vietnamese text at the screen size', async () => {
    const calls: Call[] = []
    const created = { count: 0 }
    vi.stubGlobal('OffscreenCanvas', recordingCanvas(calls, created))
    const { textMeasureWarmUps, valueAxisWidth } = await import('./category-axis.ts')
    const [context, digits, vietnamese] = textMeasureWarmUps.map((warmUp) => warmUp())
    expect(context).toBe(1)
    expect(created.count).toBe(1)
    expect(calls.map((c) => c.text)).toEqual([
      '0123456789,.%',
      'Huyện Thạnh Hóa, Phường Xã Đặc khu',
    ])
    expect(calls.every((c) => c.font.startsWith('12px '))).toBe(true)
    expect(digits).toBe(13 * 6)
    expect(vietnamese).toBe('Huyện Thạnh Hóa, Phường Xã Đặc khu'.length * 6)
    // A chart measuring afterwards uses the same canvas, its font set again for another size.
    valueAxisWidth(['0', '100'], 20, false)
    expect(created.count).toBe(1)
    expect(calls.at(-1)?.font.startsWith('20px ')).toBe(true)
    valueAxisWidth(['0', '100'], 12, false)
    expect(calls.at(-1)?.font.startsWith('12px ')).toBe(true)
  })
})
