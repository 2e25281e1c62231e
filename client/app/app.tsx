import { RouterProvider } from 'react-router'
import { createQueryClient } from '#client/lib/query-client.ts'
import { AppProvider } from './provider.tsx'
import { createAppRouter } from './router.tsx'

// One query cache, created with the shell: the router's loaders fill it before React renders the
// page a visit opens on (ADR 029).
const queryClient = createQueryClient()
const router = createAppRouter(queryClient)

export function App() {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  )
}
