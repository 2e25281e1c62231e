import { render } from '@testing-library/react'
import { RouterProvider } from 'react-router'
import { AppProvider } from '#client/app/provider.tsx'
import { createTestRouter } from '#client/app/router.tsx'
import { createTestQueryClient } from './create-test-query-client.ts'

/** Renders the app's routes in memory at `path`, with a fresh QueryClient. */
export function renderRoute(path: string) {
  const queryClient = createTestQueryClient()
  const router = createTestRouter(queryClient, path)
  const utils = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  )
  return { ...utils, router, queryClient }
}
