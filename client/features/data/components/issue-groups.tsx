import { useTranslation } from 'react-i18next'
import type { ImportIssue } from '#shared/dto/import.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { groupIssues } from '../utils/issue-groups.ts'

/**
 * The errors by kind, above the row-by-row table, when one problem repeats: how many, in which
 * column, on which rows first, and one of them as an example. A file with every row shifted
 * reads as one fix, not as a page of the same sentence.
 */
export function IssueGroups({ errors }: { errors: readonly ImportIssue[] }) {
  const { t } = useTranslation()
  const lang = useLang()
  const groups = groupIssues(errors)
  if (groups.length === errors.length) return null
  return (
    <section className="issue-groups" aria-labelledby="import-issue-groups">
      <h3 className="issue-groups-title" id="import-issue-groups">
        {t('data.import.groups.title', { count: groups.length })}
      </h3>
      <ul>
        {groups.map((g) => {
          const more = g.rowCount - g.rows.length
          return (
            <li key={`${g.code}:${g.column ?? ''}`} data-code={g.code}>
              <strong>
                {t(g.column ? 'data.import.groups.countIn' : 'data.import.groups.count', {
                  count: g.count,
                  n: formatNumber(g.count, lang),
                  column: g.column,
                })}
              </strong>{' '}
              {t('data.import.groups.rows', { rows: g.rows.join(', '), count: g.rowCount })}
              {more > 0 && <> {t('data.import.groups.more', { count: more, n: formatNumber(more, lang) })}</>}
              {'. '}
              <span className="issue-example">
                {t(g.count > 1 ? 'data.import.groups.example' : 'data.import.groups.only', { message: g.example })}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
