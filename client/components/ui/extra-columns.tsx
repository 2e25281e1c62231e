import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Column } from './data-table.tsx'

/**
 * A table's "More columns" toggle: on a phone only the columns a reader needs at a glance are
 * shown (rank, unit, index, change, rank move), the `extra` ones on request. The toggle shows on
 * phones only (data-table.css); on a wider screen every column is there.
 */
export function useExtraColumns<R>(columns: readonly Column<R>[]) {
  const { t } = useTranslation()
  const [shown, setShown] = useState(false)
  const any = columns.some((c) => c.extra)
  const toggle = any ? (
    <button
      type="button"
      className="button small extra-columns-toggle"
      aria-expanded={shown}
      onClick={() => setShown((v) => !v)}
    >
      {shown ? t('phoneTable.fewer') : t('phoneTable.more')}
    </button>
  ) : null
  return { shown: !any || shown, toggle }
}
