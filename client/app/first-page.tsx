// The page a visit opens on renders once, with its data. Rendered as soon as its code is in, each
// panel would show a skeleton, and React reveals content that suspended at most every 300 ms
// after a skeleton appeared: on a first visit that held the first chart back by 250–380 ms after
// its data had arrived. Here the page's component is used directly, in a transition, once its code
// and first data are in (start-first-page.ts); later visits go through the lazy route as before.
import { type ComponentType, type ReactNode, startTransition, useEffect, useState } from 'react'
import { type PageName, pageComponent } from './page-modules.ts'
import { firstPageCode, markFirstPageShown } from './start-first-page.ts'

export function FirstPage({
  page,
  name,
  fallback,
  children,
}: {
  page: PageName
  name: string
  fallback: ReactNode
  children: ReactNode
}) {
  const [code] = useState(() => firstPageCode(page))
  const [Page, setPage] = useState<ComponentType | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!code) return
    let live = true
    code.then(
      (module) => {
        const component = pageComponent(module, name)
        if (!live) return
        if (!component) return setFailed(true)
        startTransition(() => setPage(() => component))
      },
      // The lazy route loads the code again and reports the failure.
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [code, name])
  useEffect(() => {
    if (Page) markFirstPageShown()
  }, [Page])
  if (!code || failed) return children
  return Page ? <Page /> : fallback
}
