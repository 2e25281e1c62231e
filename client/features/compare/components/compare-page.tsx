import { useSuspenseQueries } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { COMPARE_MAX_UNITS, COMPARE_MIN_UNITS } from '#shared/domain/compare-limits.ts'
import type { CompareUnit, ComparisonData } from '#shared/dto/compare.ts'
import { BadParams } from '#client/components/ui/bad-params.tsx'
import { Panel } from '#client/components/ui/panel.tsx'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import { formatDate } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { compareQueries } from '../api/compare.queries.ts'
import { parseCompareUrl, type CompareUrl } from '../utils/compare-url.ts'
import { comparedYear, homeCohort, yearToOffer } from '../utils/compared-year.ts'
import { whyNoResult } from '../utils/missing-year.ts'
import { CompareBasisNote } from './compare-basis-note.tsx'
import { CompareControls } from './compare-controls.tsx'
import { CompareDefaultUnits } from './compare-default-units.tsx'
import { CompareDifferencesPanel } from './compare-differences-panel.tsx'
import { CompareFieldsPanel } from './compare-fields-panel.tsx'
import { CompareYearsPanel } from './compare-years-panel.tsx'
import { UnknownUnitsBoundary } from './unknown-units.tsx'
import { useCompareUrl } from './use-compare-url.ts'
import '../compare.css'

/**
 * The compare page. Without units it opens on the reader's unit and the top of the cohort the
 * URL names (the nav link carries the cohort, year and unit in focus), never empty; once the
 * reader has removed every unit, it asks for units instead of choosing them again. The units it
 * chose itself give way to the reader's (compare-controls.tsx).
 */
export function ComparePage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const parsed = parseCompareUrl(params)
  if (!parsed.ok) return <BadParams invalid={parsed.invalid} />
  return (
    <>
      <h1 className="page-title">{t('compare.title')}</h1>
      {parsed.value.chosenBy === null ? (
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

/**
 * The controls above what they choose: the comparison, or a prompt for more units (or fewer).
 * One CompareControls for both: its state is kept when the second unit turns the prompt into a
 * comparison, so on a phone the adder the reader added it from is still open under them.
 */
function Comparison({ url }: { url: CompareUrl }) {
  const { units } = url
  const update = useCompareUrl()
  const ready = units.length >= COMPARE_MIN_UNITS && units.length <= COMPARE_MAX_UNITS
  return (
    <Panel className="plain" skeletonHeight={ready ? 520 : 96}>
      <UnknownUnitsBoundary units={units} onRemove={(next) => update({ units: next.join(',') })}>
        <ControlsAndBody url={url} ready={ready} />
      </UnknownUnitsBoundary>
    </Panel>
  )
}

function ControlsAndBody({ url, ready }: { url: CompareUrl; ready: boolean }) {
  const compared = useCompared(url, ready)
  return (
    <>
      <CompareControls
        url={url}
        year={compared ? (compared.year ?? undefined) : url.cohort.year}
        years={compared?.data.years ?? []}
        home={compared?.home}
      />
      {compared ? (
        <ComparedYear url={url} data={compared.data} year={compared.year} />
      ) : (
        <UnitsWanted count={url.units.length} />
      )}
    </>
  )
}

/**
 * The comparison of the URL's units and the year compared (comparedYear); null unless there are
 * enough units, and not too many, to compare.
 */
function useCompared(url: CompareUrl, ready: boolean) {
  // A list of one query or none: the server refuses a single unit, and a suspense query cannot be
  // skipped.
  const [detail] = useSuspenseQueries({
    queries: (ready ? [url.units] : []).map((units) => compareQueries.detail(units)),
  })
  if (!detail) return null
  const { data } = detail
  const year = comparedYear(data, url.cohort.year)
  return { data, year, home: homeCohort(data, year) }
}

function UnitsWanted({ count }: { count: number }) {
  const { t } = useTranslation()
  return count < COMPARE_MIN_UNITS ? (
    <p className="empty-state" role="status">
      {t('compare.needTwo')}
    </p>
  ) : (
    <p className="empty-state" role="alert">
      {t('compare.tooMany', { count: count - COMPARE_MAX_UNITS })}
    </p>
  )
}

/**
 * The panels of the year compared, written into the URL when it is not the URL's (none named, or
 * one no unit has a result in): the year picker and a shared link name the year shown.
 */
function ComparedYear({
  url,
  data,
  year,
}: {
  url: CompareUrl
  data: ComparisonData
  year: number | null
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const update = useCompareUrl()
  const asked = url.cohort.year
  // A link names the year it shows, so it shows the same year next year (a completion: replace).
  useEffect(() => {
    if (year !== null && asked !== year) update({ year: String(year) }, true)
  })
  if (year === null) {
    return (
      <p className="empty-state" role="status">
        {t('state.noData', { what: data.items.map((i) => i.unit.name).join(', ') })}
      </p>
    )
  }
  const missing = data.items.filter((i) => !i.years.some((y) => y.year === year))
  // Said with the map's reason where there is one: ended (and into which compared unit), or formed.
  const missingText = (item: CompareUnit, y: number, items: readonly CompareUnit[]) => {
    const why = whyNoResult(item, y, items)
    const unit = item.unit.name
    if (why.kind === 'ended' && why.last !== null) {
      const end = formatDate(why.end, lang)
      if (why.successor && why.through)
        return t('comparing.noResultMergedThrough', {
          unit,
          year: y,
          end,
          through: why.through,
          successor: why.successor,
          last: why.last,
        })
      return why.successor
        ? t('comparing.noResultMerged', {
            unit,
            year: y,
            end,
            successor: why.successor,
            last: why.last,
          })
        : t('comparing.noResultEnded', { unit, year: y, end, last: why.last })
    }
    if (why.kind === 'formed') {
      const start = formatDate(why.start, lang)
      return why.sources.length > 0
        ? t('comparing.noResultFormedFrom', {
            unit,
            year: y,
            start,
            sources: why.sources.join(', '),
          })
        : t('comparing.noResultFormed', { unit, year: y, start })
    }
    return t('comparing.noResultYear', { unit, year: y })
  }
  const offered = yearToOffer(data, year)
  return (
    <>
      <CompareBasisNote units={url.units} year={year} />
      {missing.length > 0 && (
        <div className="compare-missing" data-testid="compare-missing">
          <ul className="change-notes">
            {missing.map((i) => (
              <li key={i.unit.code}>{missingText(i, year, data.items)}</li>
            ))}
          </ul>
          {offered !== null && (
            <button
              type="button"
              className="button"
              onClick={() => update({ year: String(offered) })}
            >
              {t('comparing.offerYear', { year: offered })}
            </button>
          )}
        </div>
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
