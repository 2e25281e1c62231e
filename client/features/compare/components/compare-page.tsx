import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { COMPARE_MAX_UNITS, COMPARE_MIN_UNITS } from '#shared/domain/compare-limits.ts'
import { BadParams } from '#client/components/ui/bad-params.tsx'
import { Panel } from '#client/components/ui/panel.tsx'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import { compareQueries } from '../api/compare.queries.ts'
import { parseCompareUrl, type CompareUrl } from '../utils/compare-url.ts'
import { commonYear } from '../utils/to-compare-series.ts'
import { CompareBasisNote } from './compare-basis-note.tsx'
import { CompareControls } from './compare-controls.tsx'
import { CompareDefaultUnits } from './compare-default-units.tsx'
import { CompareDifferencesPanel } from './compare-differences-panel.tsx'
import { CompareFieldsPanel } from './compare-fields-panel.tsx'
import { CompareYearsPanel } from './compare-years-panel.tsx'
import { useCompareUrl } from './use-compare-url.ts'
import '../compare.css'

/**
 * The compare page. Without units it opens on the reader's unit and the top of the cohort the
 * URL names (the nav link carries the cohort, year and unit in focus), never empty.
 */
export function ComparePage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const parsed = parseCompareUrl(params)
  if (!parsed.ok) return <BadParams invalid={parsed.invalid} />
  const { units } = parsed.value
  return (
    <>
      <h1 className="page-title">{t('compare.title')}</h1>
      {units.length === 0 ? (
        <Panel className="plain" skeletonHeight={48}>
          <DefaultUnits url={parsed.value} />
        </Panel>
      ) : (
        <Comparison url={parsed.value} />
      )}
    </>
  )
}

function DefaultUnits({ url }: { url: CompareUrl }) {
  const { code: focus } = useFocusUnit()
  return <CompareDefaultUnits cohort={url.cohort} focus={focus} />
}

function Comparison({ url }: { url: CompareUrl }) {
  const { t } = useTranslation()
  const { units } = url
  const ready = units.length >= COMPARE_MIN_UNITS && units.length <= COMPARE_MAX_UNITS
  if (ready) {
    return (
      <Panel className="plain" skeletonHeight={520}>
        <ComparedYear url={url} />
      </Panel>
    )
  }
  return (
    <>
      <Panel className="plain" skeletonHeight={96}>
        <CompareControls url={url} year={url.cohort.year} years={[]} />
      </Panel>
      {units.length < COMPARE_MIN_UNITS && (
        <p className="empty-state" role="status">
          {t('compare.needTwo')}
        </p>
      )}
      {units.length > COMPARE_MAX_UNITS && (
        <p className="empty-state" role="alert">
          {t('compare.tooMany')}
        </p>
      )}
    </>
  )
}

/** The panels of the year compared: the URL's, else the latest year every unit has (written out). */
function ComparedYear({ url }: { url: CompareUrl }) {
  const { t } = useTranslation()
  const update = useCompareUrl()
  const { data } = useSuspenseQuery(compareQueries.detail(url.units))
  const asked = url.cohort.year
  const year = asked !== undefined && data.years.includes(asked) ? asked : commonYear(data)
  // A link names the year it shows, so it shows the same year next year (a completion: replace).
  useEffect(() => {
    if (year !== null && asked === undefined) update({ year: String(year) }, true)
  })
  const first = year === null ? undefined : data.items[0]?.years.find((y) => y.year === year)
  const home = first && {
    parent: first.cohort.parent.code,
    kind: first.cohort.kind,
    block: first.cohort.block,
  }
  const controls = (
    <CompareControls url={url} year={year ?? undefined} years={data.years} home={home} />
  )
  if (year === null) {
    return (
      <>
        {controls}
        <p className="empty-state" role="status">
          {t('state.noData', { what: data.items.map((i) => i.unit.name).join(', ') })}
        </p>
      </>
    )
  }
  const missing = data.items.filter((i) => !i.years.some((y) => y.year === year))
  return (
    <>
      {controls}
      <CompareBasisNote units={url.units} year={year} />
      {missing.length > 0 && (
        <ul className="change-notes" data-testid="compare-missing">
          {missing.map((i) => (
            <li key={i.unit.code}>{t('comparing.noResultYear', { unit: i.unit.name, year })}</li>
          ))}
        </ul>
      )}
      <div className="panels">
        <Panel className="half" title={t('compare.byField')} skeletonHeight={420}>
          <CompareFieldsPanel units={url.units} year={year} />
        </Panel>
        <Panel className="half" title={t('compare.overYears')} skeletonHeight={420}>
          <CompareYearsPanel units={url.units} />
        </Panel>
        <Panel title={t('compare.differences')} skeletonHeight={300}>
          <CompareDifferencesPanel units={url.units} year={year} />
        </Panel>
      </div>
    </>
  )
}
