import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigationPending } from '#client/lib/latest-url.tsx'

/**
 * The page, marked busy while the view the URL names is on its way (another year, a search, a
 * page of a table, another page): one place for every page. The view being replaced is dimmed
 * and "Đang tải…" shows once the wait has lasted a moment (layout.css), so a quick answer does
 * not flash; the controls above it keep the reader's choice (client/lib/latest-url.tsx).
 */
export function PagePending({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const pending = useNavigationPending()
  return (
    <>
      <div className="page-content" aria-busy={pending || undefined}>
        {children}
      </div>
      {/* Outside the busy region: a screen reader announces it while the region is busy. */}
      {pending && (
        <p className="page-pending" role="status" data-testid="page-pending">
          {t('state.loading')}
        </p>
      )}
    </>
  )
}
