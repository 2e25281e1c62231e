import type { QueryClient } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import type { createAppRouter } from './router.tsx'
import { AppProvider } from './provider.tsx'

/**
 * The app: one query cache and the router, made by boot.tsx with the shell. The router's loaders
 * fill the cache before React renders the page a visit opens on (ADR 029).
 */
export function App({
  queryClient,
  router,
}: {
  queryClient: QueryClient
  router: ReturnType<typeof createAppRouter>
}) {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  )
}
