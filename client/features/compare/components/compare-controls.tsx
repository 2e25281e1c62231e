import { useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useId, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { COMPARE_MAX_UNITS, COMPARE_MIN_UNITS } from '#shared/domain/compare-limits.ts'
import { unitCodeKey } from '#shared/domain/units.ts'
import { unitQueries } from '#client/cohorts/api/units.queries.ts'
import type { CohortKey } from '#client/lib/cohort-params.ts'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import { useLatestSearchParams } from '#client/lib/latest-url.tsx'
import { usePhone } from '#client/lib/use-phone.ts'
import { useFocusAfterChange } from '#client/lib/use-focus-after-change.ts'
import { compareQueries } from '../api/compare.queries.ts'
import { unitsOnCohortChange, yearOnCohortChange } from '../utils/cohort-change.ts'
import { parseCompareUrl, withUnit, type CompareUrl } from '../utils/compare-url.ts'
import { CompareAdder } from './compare-adder.tsx'
import { useCompareUrl } from './use-compare-url.ts'

type Props = {
  url: CompareUrl
  /** The year compared (undefined before one is known). */
  year: number | undefined
  /** The years any compared unit has a result in, ascending. */
  years: number[]
  /** The cohort units are added from when the URL names none: the first unit's. */
  home?: CohortKey
}

/**
 * The units compared (each removable), the year, and the adder (a cohort picker and a search by
 * name). Every choice is a history entry: back/forward step through them. A unit added or
 * removed makes the units the reader's; the page's own give way when the reader picks another
 * cohort to add from (unitsOnCohortChange), as they were the top of the cohort left.
 */
export function CompareControls({ url, year, years, home }: Props) {
  const { t } = useTranslation()
  const update = useCompareUrl()
  const { code: focus } = useFocusUnit()
  // The year just chosen, while the comparison shown is still the year before's.
  const [latest] = useLatestSearchParams()
  const chosen = years.some((y) => String(y) === latest.get('year'))
    ? Number(latest.get('year'))
    : year
  // Units are added and removed from the URL just chosen: a second unit removed while the first
  // one's comparison loads must not bring the first back.
  const parsed = parseCompareUrl(latest)
  const now = parsed.ok ? parsed.value : url
  const setUnits = (next: string[]) => update({ units: next.join(',') })
  const ready = url.units.length >= COMPARE_MIN_UNITS && url.units.length <= COMPARE_MAX_UNITS
  // The button pressed is gone (a unit's ✕) or disabled (the unit added): the focus goes on
  // from where the reader is, not from the page's top.
  const controls = useRef<HTMLDivElement>(null)
  const focusAfter = useFocusAfterChange(url.units.join(','))
  const searchBox = () => controls.current?.querySelector<HTMLElement>('.compare-search input')
  const removeButton = (code: string | undefined) =>
    code === undefined
      ? null
      : controls.current?.querySelector<HTMLElement>(
          `.chip[data-unit="${CSS.escape(code)}"] button`,
        )
  // A sighted reader sees the chip come or go; a screen reader is told, the focus having moved
  // on to the search or the next chip.
  const [said, setSaid] = useState('')
  const add = (code: string, name: string) => {
    // Searching on for the next unit; with the last place taken the search is gone: the chip.
    focusAfter(() => [searchBox(), removeButton(code)])
    const next = withUnit(now.units, code)
    setUnits(next)
    setSaid(t('comparing.added', { unit: name, count: next.length }))
  }
  const remove = (code: string, name: string) => {
    const at = url.units.findIndex((u) => unitCodeKey(u) === unitCodeKey(code))
    // The next chip's ✕ (the one before when the last went), none left: the search for more.
    focusAfter(() => [removeButton(url.units[at + 1] ?? url.units[at - 1]), searchBox()])
    const next = now.units.filter((u) => unitCodeKey(u) !== unitCodeKey(code))
    setUnits(next)
    setSaid(t('comparing.removed', { unit: name, count: next.length }))
  }
  return (
    <div className="compare-controls" ref={controls}>
      <p className="visually-hidden" role="status" data-testid="compare-said">
        {said}
      </p>
      <div className="unit-picker" role="group" aria-label={t('comparing.chosen')}>
        {url.units.map((code) => (
          <Suspense key={code} fallback={<span className="chip">{code}</span>}>
            {ready ? (
              <ComparedChip code={code} units={url.units} onRemove={remove} />
            ) : (
              <ProfileChip code={code} units={url.units} onRemove={remove} />
            )}
          </Suspense>
        ))}
      </div>
      <form
        className="filters"
        aria-label={t('filters.label')}
        onSubmit={(e) => e.preventDefault()}
      >
        {years.length > 0 && (
          <label>
            <span>{t('comparing.year')}</span>
            <select value={chosen ?? ''} onChange={(e) => update({ year: e.target.value })}>
              {[...years].reverse().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
      </form>
      {url.units.length < COMPARE_MAX_UNITS ? (
        <AdderDisclosure collapsible={ready}>
          {(disclosed) => (
            <CompareAdder
              url={url}
              year={year}
              home={home}
              onAdd={add}
              onCohort={(c) => {
                const units = unitsOnCohortChange(now.units, now.chosenBy, focus)
                const count = units?.length ?? now.units.length
                update({
                  ...(units && { units: units.join(',') }),
                  parent: c.parent,
                  kind: c.kind,
                  cohort: c.block ?? null,
                  year: String(yearOnCohortChange(c, year, count)),
                })
              }}
              {...disclosed}
            />
          )}
        </AdderDisclosure>
      ) : url.units.length === COMPARE_MAX_UNITS ? (
        <p className="compare-muted">{t('comparing.full')}</p>
      ) : null}
    </div>
  )
}

/**
 * On a phone, once there is a comparison to read, the adder (a cohort, a search, six units) is
 * one button, "+ Thêm đơn vị", that opens it: open, it took the first screen and put the first
 * chart at twice a phone's height. With fewer than two units adding is the next step, and on a
 * wider screen there is room: it stays open. Opened, it stays so while units are added.
 */
function AdderDisclosure({
  collapsible,
  children,
}: {
  collapsible: boolean
  children: (disclosed: { id?: string; titleHidden?: boolean }) => ReactNode
}) {
  const { t } = useTranslation()
  const phone = usePhone()
  const id = useId()
  const [open, setOpen] = useState(!collapsible)
  // Shown whole while adding is the next step, it is open when it becomes one button: the reader
  // who adds the second unit from it, or adds again after removing one, finds it still open.
  if (!collapsible && !open) setOpen(true)
  const disclosed = phone && collapsible
  // One wrapper either way: the adder keeps its place in the tree when it becomes collapsible.
  return (
    <div className={disclosed ? 'compare-adder-disclosure' : undefined}>
      {disclosed && (
        <button
          type="button"
          className="button compare-adder-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((v) => !v)}
        >
          <span aria-hidden="true">{open ? '− ' : '+ '}</span>
          {t('comparing.addToggle')}
        </button>
      )}
      {(!disclosed || open) && children(disclosed ? { id, titleHidden: true } : {})}
    </div>
  )
}

type ChipProps = {
  code: string
  /** The units on screen (the comparison that names the chip). */
  units: string[]
  onRemove: (code: string, name: string) => void
}

/** A chosen unit, named, with its remove button. */
function Chip({ code, onRemove, name }: Omit<ChipProps, 'units'> & { name: string }) {
  const { t } = useTranslation()
  return (
    <span className="chip" data-unit={code}>
      {name}
      <button
        type="button"
        aria-label={t('compare.remove', { unit: name })}
        onClick={() => onRemove(code, name)}
      >
        ×
      </button>
    </span>
  )
}

/** Named from the comparison (already loaded for the panels). */
function ComparedChip(props: ChipProps) {
  const { data } = useSuspenseQuery(compareQueries.detail(props.units))
  const name = data.items.find((i) => i.unit.code === props.code)?.unit.name ?? props.code
  return <Chip {...props} name={name} />
}

/** Named from the unit's profile: with fewer than two units there is no comparison to read. */
function ProfileChip(props: ChipProps) {
  const { data } = useSuspenseQuery(unitQueries.profile(props.code))
  return <Chip {...props} name={data.unit.name} />
}
