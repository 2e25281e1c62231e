import { screen, within } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '#client/testing/test-api.ts'
import { renderRoute } from '#client/testing/render-with-providers.tsx'

let api: TestApi

beforeAll(async () => {
  api = await startTestApi()
}, 60_000)
afterAll(() => api.destroy())

describe('pages for signed-in roles', () => {
  it.each(['/data', '/admin'])(
    '%s asks an anonymous visitor to sign in and comes back',
    async (path) => {
      renderRoute(path)
      const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
      expect(alert).toHaveTextContent('Trang này cần đăng nhập.')
      expect(within(alert).getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute(
        'href',
        `/login?next=${encodeURIComponent(path)}`,
      )
      // The nav offers neither page to anonymous visitors.
      const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' })
      expect(within(nav).queryByRole('link', { name: 'Dữ liệu' })).toBeNull()
      expect(within(nav).queryByRole('link', { name: 'Quản trị' })).toBeNull()
    },
  )
})
