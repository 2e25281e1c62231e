import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { initI18n } from '#client/app/i18n/i18n.ts'

initI18n('vi')

afterEach(() => {
  cleanup()
})

// jsdom has no layout: recharts' responsive charts need ResizeObserver to exist (they draw nothing).
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver
