import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { createQueryClient } from '#client/lib/query-client.ts'
import { App } from './app/app.tsx'
import { initI18n } from './app/i18n/i18n.ts'
import { createAppRouter } from './app/router.tsx'

initI18n()

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

// Tasks instead of one, each short enough not to hold a phone's main thread for long (ADR 035):
// evaluating the app's modules (this one), then starting the router; the first page's loader
// runs in a task of its own after that (page-loaders.ts). Names sort without a collator
// (client/lib/compare-vi.ts), whose locale data was a task of 40–150 ms at a phone's speed.
setTimeout(() => {
  const queryClient = createQueryClient()
  const router = createAppRouter(queryClient)
  // React replaces index.html's shell with the app on its first render, rendered as a
  // transition: in slices of about 5 ms, with the main thread free between them (ADR 036).
  const reactRoot = createRoot(root)
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    )
  })
}, 0)
