import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { FOCUS_SIZES, MAX_HIGHLIGHTS } from '#client/lib/focus-units.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import type { ControlsProps } from './focus-controls.tsx'
import './focus-controls.css'

type Named = { name: string }

/** Above FOCUS_THRESHOLD units: the N picker, the search box and what was found. */
export function FocusControls<R extends Named>({
  focus,
  placeLabel = 'place',
  placeOf = (r) => r.position,
  rankSizeOf,
}: ControlsProps<R>) {
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  if (!focus.enabled) return null
  const { result } = focus
  const found = result.rows.filter((r) => r.highlighted)
  const placeText = (r: (typeof found)[number]) => {
    const size = placeLabel === 'rank' ? rankSizeOf?.(r) : undefined
    return t(size?.amongLoaded ? 'focus.rankAmongLoaded' : `focus.${placeLabel}`, {
      rank: formatNumber(placeOf(r), lang),
      total: formatNumber(size?.total ?? result.total, lang),
    })
  }
  return (
    <div className="focus-controls">
      <label htmlFor={`${id}-size`}>
        <span>{t('focus.size')}</span>
        <select
          id={`${id}-size`}
          value={focus.size}
          onChange={(e) => focus.setSize(Number(e.target.value))}
        >
          {(focus.sizes ?? FOCUS_SIZES).map((n) => (
            <option key={n} value={n}>
              {t('focus.sizeOption', { n })}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-find`}>
        <span>{t('focus.find')}</span>
        <input
          id={`${id}-find`}
          type="search"
          value={focus.query}
          placeholder={t('table.searchPlaceholder')}
          onChange={(e) => focus.setQuery(e.target.value)}
        />
      </label>
      <div className="focus-status" role="status">
        {focus.query.trim() !== '' && found.length === 0 && (
          <p>{t('table.noMatch', { query: focus.query.trim() })}</p>
        )}
        {found.length > 0 && (
          <p>
            {t('focus.found', {
              units: found.map((r) => `${r.name} (${placeText(r)})`).join('; '),
            })}
          </p>
        )}
        {result.matches > MAX_HIGHLIGHTS && (
          <p>{t('focus.moreMatches', { count: result.matches, shown: MAX_HIGHLIGHTS })}</p>
        )}
      </div>
    </div>
  )
}
