import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ApiError } from '#client/lib/api-error.ts'
import { DEFAULT_VIEW } from '#client/lib/cohort-search.ts'
import { AfterFirstChart } from '../charts/first-chart.tsx'
import { Skeleton } from './skeleton.tsx'

type BoundaryProps = {
  onReset: () => void
  children: ReactNode
  title?: string
  notFound?: ReactNode
}
type BoundaryState = { error: unknown }

/** Catches a failing panel so the rest of the page stays on screen. */
class PanelErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    if (!(error instanceof ApiError)) console.error(error, info.componentStack)
  }

  reset = () => {
    this.props.onReset()
    this.setState({ error: null })
  }

  override render() {
    const { error } = this.state
    if (error !== null) {
      if (this.props.notFound && error instanceof ApiError && error.code === 'NOT_FOUND')
        return <Suspense fallback={<Skeleton />}>{this.props.notFound}</Suspense>
      return <PanelError error={error} onRetry={this.reset} title={this.props.title} />
    }
    return this.props.children
  }
}

export function PanelError({
  error,
  onRetry,
  title,
}: {
  error: unknown
  onRetry: () => void
  title?: string
}) {
  const { t } = useTranslation()
  const code = error instanceof ApiError ? error.code : 'OTHER'
  const known = ['NETWORK', 'NOT_FOUND', 'VALIDATION_FAILED', 'INTERNAL'].includes(code)
  return (
    <div className="panel-error" role="alert">
      {title && <h2 className="panel-title">{title}</h2>}
      <p>{t(`state.errorCode.${known ? code : 'OTHER'}`)}</p>
      {code === 'NOT_FOUND' || code === 'VALIDATION_FAILED' ? (
        // Asking again cannot help: offer a valid view instead.
        <Link to={DEFAULT_VIEW}>{t('state.goDefault')}</Link>
      ) : (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  )
}

/**
 * A dashboard panel: its own Suspense (skeleton) and error boundary with retry (STYLE B.7).
 * A `deferred` panel renders after the visit's first chart has been drawn (first-chart.tsx).
 */
export function Panel({
  children,
  title,
  skeletonHeight,
  className,
  deferred = false,
  notFound,
}: {
  children: ReactNode
  title?: string
  skeletonHeight?: number
  className?: string
  deferred?: boolean
  /** Shown in place of the panel when what it reads does not exist (a 404), not the error's words. */
  notFound?: ReactNode
}) {
  const skeleton = <Skeleton height={skeletonHeight} />
  return (
    <section className={`panel ${className ?? ''}`} aria-label={title}>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <PanelErrorBoundary onReset={reset} title={title} notFound={notFound}>
            <Suspense fallback={skeleton}>
              {deferred ? (
                <AfterFirstChart fallback={skeleton}>{children}</AfterFirstChart>
              ) : (
                children
              )}
            </Suspense>
          </PanelErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </section>
  )
}
