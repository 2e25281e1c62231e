import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { createQueryClient } from '#client/lib/query-client.ts'
import { App } from './app/app.tsx'
import { initI18n, warmTranslator } from './app/i18n/i18n.ts'
import { createAppRouter } from './app/router.tsx'
import { textMeasureWarmUps } from './components/charts/category-axis.ts'

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

/** Runs `step` in a task of its own, after what is queued (the browser may paint in between). */
const nextTask = (step: () => void) => setTimeout(step, 0)

// Tasks instead of one, each short enough not to hold a phone's main thread for long (ADR 035,
// ADR 043): evaluating the app's modules (this one); the query cache and React's root (its event
// listeners); i18next's set-up; the translator's first lookups (i18n.ts); the router (its
// routes ranked, the browser's history read); its first navigation (the URL matched, the page's
// code and loader started); then the first render. At 4× the router and its first navigation were
// one task of 90–100 ms. The first page's loader makes its requests in tasks of its own
// (page-loaders.ts). Names sort without a collator (client/lib/compare-vi.ts), whose locale data
// was a task of 40–150 ms at a phone's speed.
nextTask(() => {
  const queryClient = createQueryClient()
  const reactRoot = createRoot(root)
  nextTask(() => initI18n())
  nextTask(warmTranslator)
  nextTask(() => {
    const router = createAppRouter(queryClient)
    nextTask(() => {
      router.initialize()
      // React replaces index.html's shell with the app on its first render, rendered as a
      // transition: in slices of about 5 ms, with the main thread free between them (ADR 036).
      nextTask(() => {
        startTransition(() => {
          reactRoot.render(
            <StrictMode>
              <App queryClient={queryClient} router={router} />
            </StrictMode>,
          )
        })
        // While the page's data is on its way, the charts' text measuring is got ready.
        for (const warmUp of textMeasureWarmUps) nextTask(warmUp)
      })
    })
  })
})
