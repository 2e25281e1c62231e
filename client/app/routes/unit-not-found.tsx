import { useSuspenseQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Panel } from '#client/components/ui/panel.tsx'
import { cohortQueries } from '#client/cohorts/api/cohorts.queries.ts'
import { UnitFinder } from '#client/cohorts/components/unit-finder.tsx'
import { CohortOptionList } from '#client/cohorts/components/cohort-option-list.tsx'
import { cohortOptions } from '#client/cohorts/utils/cohort-options.ts'
import { cohortInWords } from '#client/lib/cohort-label.ts'
import { cohortSearch } from '#client/lib/cohort-search.ts'
import { fileCohortOf, type CohortSelection } from '#client/lib/cohort-params.ts'
import { useLang } from '#client/lib/use-lang.ts'

/**
 * A unit address that names no unit (a mistyped or an old link): says which code was asked for,
 * and offers a way on — a search by name among the units of a cohort, the one of the code's
 * parent where it names one ("LONG_AN.TAN_AN_X": Long An's), and that cohort's overview.
 */
export function UnitNotFound({ code }: { code: string }) {
  const { t } = useTranslation()
  return (
    <>
      <h1 className="page-title">{t('state.unitNotFoundTitle')}</h1>
      <div className="panel notice" role="alert">
        <p>{t('state.unitNotFound', { code })}</p>
      </div>
      <div className="panels after-notice">
        <Panel title={t('state.findUnit')} skeletonHeight={120}>
          <FindUnit code={code} />
        </Panel>
      </div>
    </>
  )
}

function FindUnit({ code }: { code: string }) {
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  const { data } = useSuspenseQuery(cohortQueries.list())
  const groups = useMemo(() => cohortOptions(data.items, lang), [data.items, lang])
  const all = [...groups.present, ...groups.past]
  // The code's parent ("LONG_AN" of "LONG_AN.TAN_AN_X"; the country of a code without one).
  const dot = code.lastIndexOf('.')
  const parent = (dot > 0 ? code.slice(0, dot) : 'VN').toUpperCase()
  // Of its cohorts, today's map first, then the latest, then the largest (the likeliest to hold
  // the unit meant): the same guess in either language.
  const guess =
    all
      .filter((o) => o.cohort.parent.code === parent)
      .sort(
        (a, b) =>
          Number(b.cohort.current) - Number(a.cohort.current) ||
          b.cohort.latestYear - a.cohort.latestYear ||
          b.cohort.unitCount - a.cohort.unitCount,
      )[0] ?? all[0]
  const [value, setValue] = useState(guess?.value ?? '')
  const chosen = all.find((o) => o.value === value) ?? guess
  if (!chosen) return <Link to="/overview">{t('state.goDefault')}</Link>
  const c = chosen.cohort
  const selection: CohortSelection = {
    parent: c.parent,
    kind: c.kind,
    block: c.block,
    year: c.latestYear,
    years: c.years,
    label: cohortInWords(c, lang, t),
    fileCohort: fileCohortOf(c.parent.code, c.kind, c.block),
  }
  return (
    <div className="unit-not-found">
      <p className="chart-note">{t('state.unitNotFoundHelp')}</p>
      <div className="filters">
        <label className="cohort-select" htmlFor={`${id}-cohort`}>
          <span>{t('filters.cohort')}</span>
          <select
            id={`${id}-cohort`}
            value={chosen.value}
            onChange={(e) => setValue(e.target.value)}
          >
            <CohortOptionList groups={groups} />
          </select>
        </label>
      </div>
      <UnitFinder selection={selection} focusCode={null} />
      <p>
        <Link
          to={`/overview${cohortSearch({ parent: c.parent.code, kind: c.kind, block: c.block })}`}
        >
          {t('state.openOverview', { cohort: selection.label })}
        </Link>
      </p>
    </div>
  )
}
