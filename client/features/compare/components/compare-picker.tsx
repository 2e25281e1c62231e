import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { COMPARE_MAX_UNITS } from '#shared/schemas/compare.schema.ts'
import { compareVi } from '#client/lib/format.ts'

type Option = { code: string; name: string }

/** Chips for the chosen units (removable) and a select to add one more (up to 6). */
export function ComparePicker({
  selected,
  options,
  onChange,
}: {
  selected: string[]
  options: Option[]
  onChange: (codes: string[]) => void
}) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState('')
  const nameOf = (code: string) => options.find((o) => o.code === code)?.name ?? code
  const available = options
    .filter((o) => !selected.includes(o.code))
    .sort((a, b) => compareVi(a.name, b.name))
  return (
    <div className="unit-picker" role="group" aria-label={t('compare.pick')}>
      {selected.map((code) => (
        <span key={code} className="chip">
          {nameOf(code)}
          <button
            type="button"
            aria-label={t('compare.remove', { unit: nameOf(code) })}
            onClick={() => onChange(selected.filter((c) => c !== code))}
          >
            ×
          </button>
        </span>
      ))}
      {selected.length < COMPARE_MAX_UNITS && (
        <label>
          <span className="visually-hidden">{t('compare.add')}</span>
          <select
            value={adding}
            onChange={(e) => {
              setAdding('')
              if (e.target.value) onChange([...selected, e.target.value])
            }}
          >
            <option value="">{t('compare.add')}…</option>
            {available.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  )
}
