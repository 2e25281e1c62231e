import { useTranslation } from 'react-i18next'

/** Placeholder while a panel loads; announced once to screen readers. */
export function Skeleton({ height = 240 }: { height?: number }) {
  const { t } = useTranslation()
  return (
    <div className="skeleton" style={{ height }} role="status" aria-live="polite">
      <span className="visually-hidden">{t('state.loading')}</span>
    </div>
  )
}
