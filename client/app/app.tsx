import { RouterProvider } from 'react-router'
import { createQueryClient } from '#client/lib/query-client.ts'
import { AppProvider } from './provider.tsx'
import { createAppRouter } from './router.tsx'
import { startFirstPage } from './start-first-page.ts'

// One query cache, created with the shell: the first page's requests start before React renders.
const queryClient = createQueryClient()
const router = createAppRouter()
startFirstPage(queryClient, window.location)

export function App() {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  )
}
