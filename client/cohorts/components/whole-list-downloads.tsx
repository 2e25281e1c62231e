import { useTranslation } from 'react-i18next'
import { downloadHref, type TablePageParams } from '#client/cohorts/api/cohort-read.ts'
import type { CohortParams } from '#client/lib/cohort-params.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'

type Props = {
  /** The list endpoint ("/api/rankings"). */
  path: string
  cohort: CohortParams
  /** The table's order, which the file keeps (the search does not: the file is the whole list). */
  table: Pick<TablePageParams, 'sort' | 'dir'>
  /** Rows of the whole list. */
  total: number
}

/** The whole list as CSV and XLSX, streamed by the server: the one whole-cohort read a page links to. */
export function WholeListDownloads({ path, cohort, table, total }: Props) {
  const { t } = useTranslation()
  const lang = useLang()
  return (
    <p className="table-downloads">
      <span>
        {t('cohortPages.downloadAll', { total: formatNumber(total, lang), count: total })}
      </span>
      <a href={downloadHref(path, cohort, 'csv', lang, table)} download>
        CSV
      </a>
      <a href={downloadHref(path, cohort, 'xlsx', lang, table)} download>
        XLSX
      </a>
    </p>
  )
}
