import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { COMPARE_MAX_UNITS, COMPARE_MIN_UNITS } from '#shared/schemas/compare.schema.ts'
import { unitCodeSchema } from '#shared/schemas/units.schema.ts'
import { BadParams } from '#client/components/ui/bad-params.tsx'
import { Panel } from '#client/components/ui/panel.tsx'
import { ComparePicker } from '#client/features/compare/components/compare-picker.tsx'
import { CompareDifferencesPanel, CompareFieldsPanel, CompareYearsPanel } from '#client/features/compare/components/compare-panels.tsx'
import { unitQueries } from '#client/features/units/api/units.queries.ts'
import { DEFAULT_COHORT } from '#client/lib/cohort-params.ts'

/** Parses `?units=A,B` leniently: duplicates dropped; bad codes named; the count checked apart. */
function parseUnits(raw: string | null) {
  const codes = [...new Set((raw ?? '').split(',').map((c) => c.trim()).filter(Boolean))]
  const bad = codes.filter((c) => !unitCodeSchema.safeParse(c).success)
  return { codes, bad }
}

export function ComparePage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const { codes, bad } = parseUnits(params.get('units'))
  if (bad.length > 0) return <BadParams invalid={[`units (${bad.join(', ')})`]} />
  const setUnits = (next: string[]) => {
    const p = new URLSearchParams(params)
    if (next.length) p.set('units', next.join(','))
    else p.delete('units')
    setParams(p)
  }
  const ready = codes.length >= COMPARE_MIN_UNITS && codes.length <= COMPARE_MAX_UNITS
  return (
    <>
      <h1 className="page-title">{t('compare.title')}</h1>
      <Panel className="plain" skeletonHeight={48}>
        <PickerWithUnits codes={codes} onChange={setUnits} />
      </Panel>
      {codes.length < COMPARE_MIN_UNITS && <p className="empty-state" role="status">{t('compare.needTwo')}</p>}
      {codes.length > COMPARE_MAX_UNITS && <p className="empty-state" role="alert">{t('compare.tooMany')}</p>}
      {ready && (
        <div className="panels">
          <Panel className="half" title={t('compare.byField')} skeletonHeight={420}>
            <CompareFieldsPanel units={codes} />
          </Panel>
          <Panel className="half" title={t('compare.overYears')} skeletonHeight={420}>
            <CompareYearsPanel units={codes} />
          </Panel>
          <Panel title={t('compare.differences')} skeletonHeight={300}>
            <CompareDifferencesPanel units={codes} />
          </Panel>
        </div>
      )}
    </>
  )
}

/** The picker offers the units of the first chosen unit's cohort (Long An's districts by default). */
function PickerWithUnits({ codes, onChange }: { codes: string[]; onChange: (codes: string[]) => void }) {
  const first = codes[0]
  const parent = first?.includes('.') ? first.slice(0, first.lastIndexOf('.')) : DEFAULT_COHORT.parent
  const { data } = useSuspenseQuery(unitQueries.list({ parent }))
  const kind = data.items.find((u) => u.code === first)?.kind ?? DEFAULT_COHORT.kind
  return <ComparePicker selected={codes} options={data.items.filter((u) => u.kind === kind)} onChange={onChange} />
}
