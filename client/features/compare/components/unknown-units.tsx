import { Component, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '#client/lib/api-error.ts'
import { unitCodeKey } from '#shared/domain/units.ts'

/**
 * The codes a failed comparison names as unknown: the server's `missing` (GET /api/compare), or
 * the one unit asked, whose profile was not found. Null for any other failure.
 */
export function unknownCodes(error: unknown, units: readonly string[]): string[] | null {
  if (!(error instanceof ApiError) || error.code !== 'NOT_FOUND') return null
  const details = error.details as { missing?: unknown } | undefined
  const missing = details?.missing
  if (Array.isArray(missing) && missing.every((c) => typeof c === 'string') && missing.length > 0)
    return missing
  return units.length === 1 ? [...units] : null
}

type Props = {
  units: readonly string[]
  onRemove: (next: string[]) => void
  children: ReactNode
}

/**
 * A shared link with a unit code that names no unit (mistyped, or the unit's code changed) still
 * compares the rest: the page names the codes and removes them on one click, where the whole
 * comparison once gave way to "no data". Any other failure goes on to the panel's boundary.
 */
export class UnknownUnitsBoundary extends Component<Props, { error: unknown }> {
  override state = { error: null as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  // Other units are another comparison: asked afresh. Not a remount, which would lose the
  // adder's state (compare-page.tsx keeps one mount of the controls).
  override componentDidUpdate(previous: Props) {
    if (this.state.error !== null && previous.units.join(',') !== this.props.units.join(','))
      this.setState({ error: null })
  }

  override render() {
    const { error } = this.state
    if (error === null) return this.props.children
    const codes = unknownCodes(error, this.props.units)
    if (codes === null) throw error
    const known = this.props.units.filter(
      (u) => !codes.some((c) => unitCodeKey(c) === unitCodeKey(u)),
    )
    return <UnknownUnits codes={codes} onRemove={() => this.props.onRemove(known)} />
  }
}

function UnknownUnits({ codes, onRemove }: { codes: string[]; onRemove: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="empty-state" role="alert" data-testid="compare-unknown-units">
      <p>{t('compare.unknownUnits', { codes: codes.join(', '), count: codes.length })}</p>
      <button type="button" className="button" onClick={onRemove}>
        {t('compare.removeUnknown', { count: codes.length })}
      </button>
    </div>
  )
}
