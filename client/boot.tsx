import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { createQueryClient } from '#client/lib/query-client.ts'
import { prepareVietnameseCollation } from '#shared/text/compare-vietnamese.ts'
import { App } from './app/app.tsx'
import { initI18n } from './app/i18n/i18n.ts'
import { createAppRouter } from './app/router.tsx'

initI18n()

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

// Three tasks instead of one, each short enough not to hold a phone's main thread for long
// (ADR 035): evaluating the app's modules (this one), starting the router, which runs the first
// page's loader and so its first requests, and making the Vietnamese collator, which the cohort
// pickers sort with (about 40 ms at a phone's speed, that would otherwise land in a render).
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
  setTimeout(prepareVietnameseCollation, 0)
}, 0)
