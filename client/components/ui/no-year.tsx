import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

type Props = {
  /** What has no data that year, in words ("Tỉnh Long An (cấp huyện)", "Huyện Thạnh Hóa"). */
  what: string
  year: number | string
  /** The years with data, ascending. */
  years: readonly number[]
  /** The same view in another year. */
  hrefOf: (year: number) => string
}

/**
 * A year without data is not a dead end: the latest year with data is the main action ("Xem
 * năm 2024") and every year with data links to the same view in that year.
 */
export function NoYearNotice({ what, year, years, hrefOf }: Props) {
  const { t } = useTranslation()
  const latest = years.at(-1)
  return (
    <div className="empty-state no-year" role="status">
      <p>{t('state.noYear', { cohort: what, year })}</p>
      {latest !== undefined && (
        <>
          <p>
            <Link className="button primary" to={hrefOf(latest)}>
              {t('state.openYear', { year: latest })}
            </Link>
          </p>
          <p>
            {t('state.yearsWithData')}{' '}
            {years.map((y, i) => (
              <Fragment key={y}>
                {i > 0 && ', '}
                <Link to={hrefOf(y)}>{y}</Link>
              </Fragment>
            ))}
          </p>
        </>
      )}
    </div>
  )
}

/** The URL of the same page and parameters in another year (its table back on page 1). */
export function withYear(pathname: string, search: string | URLSearchParams, year: number) {
  const params = new URLSearchParams(search)
  params.set('year', String(year))
  params.delete('page')
  return `${pathname}?${params.toString()}`
}
