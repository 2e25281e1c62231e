import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { unitCodeKey } from '#shared/domain/units.ts'
import type { UnitProfile } from '#shared/dto/profile.ts'
import { formatDate } from '#client/lib/format.ts'
import { earlierStepsByUnit, type EarlierStep } from '#client/lib/predecessor-steps.ts'
import { useLang } from '#client/lib/use-lang.ts'

/**
 * The earlier steps into each unit this one took in, from the predecessors its years list: the
 * header and the history name them as the notes under the index chart do (predecessorSteps).
 */
export function profileEarlierSteps(profile: UnitProfile): Map<string, EarlierStep[]> {
  return earlierStepsByUnit(profile.years.flatMap((y) => y.notComparable?.predecessors ?? []))
}

/** " (gồm Phường Đông Xuyên, nhập vào ngày 01/01/2025)" after a unit taken in, each a link. */
export function EarlierSteps({
  code,
  steps,
}: {
  code: string
  steps: ReadonlyMap<string, EarlierStep[]>
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const earlier = steps.get(unitCodeKey(code)) ?? []
  if (earlier.length === 0) return null
  return (
    <span className="earlier-steps" data-testid="earlier-steps">
      {' ('}
      {earlier.map((step, i) => (
        <Fragment key={step.date}>
          {i > 0 && '; '}
          {t('profile.tookInWith')}{' '}
          {step.units.map((p, j) => (
            <Fragment key={p.unit.code}>
              {j > 0 && ', '}
              <Link to={`/units/${encodeURIComponent(p.unit.code)}`}>{p.unit.name}</Link>
            </Fragment>
          ))}
          {', '}
          {t('profile.tookInOn', { date: formatDate(step.date, lang) })}
        </Fragment>
      ))}
      {')'}
    </span>
  )
}
