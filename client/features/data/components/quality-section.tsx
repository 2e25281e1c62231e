import { useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DataQualityItem } from '#shared/dto/data-quality.ts'
import { DataTable, type Column } from '#client/components/ui/data-table.tsx'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { formatIndex, formatRank } from '#client/lib/format.ts'
import { gradeLabel } from '#shared/kpi/grade.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { dataQueries, qualityDownloadHref, type CohortKey } from '../api/data.queries.ts'
import { CohortPicker } from './cohort-picker.tsx'

/** Published vs computed rank, grade and index, for the unit-years that differ. */
export function QualitySection() {
  const { t } = useTranslation()
  const id = useId()
  const [cohort, setCohort] = useState<CohortKey | null>(null)
  const [year, setYear] = useState<number | null>(null)
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel-title" id={`${id}-title`}>{t('data.quality.title')}</h2>
      <p className="panel-help">{t('data.quality.help')}</p>
      <div className="form-grid">
        <Suspense fallback={<Skeleton height={60} />}>
          <CohortPicker value={cohort} onChange={(c) => { setCohort(c); setYear(null) }} />
        </Suspense>
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('filters.year')}</label>
          <input
            id={`${id}-year`}
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            placeholder={t('data.quality.allYears')}
            value={year ?? ''}
            onChange={(e) => setYear(e.target.value ? Number(e.target.value) : null)}
          />
        </div>
      </div>
      {cohort && (
        <Suspense fallback={<Skeleton height={200} />}>
          <QualityTable cohort={cohort} year={year && year >= 2000 && year <= 2100 ? year : null} />
        </Suspense>
      )}
    </section>
  )
}

function QualityTable({ cohort, year }: { cohort: CohortKey; year: number | null }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(dataQueries.quality({ ...cohort, year }))
  const bands = new Map(data.gradeBands.map((b) => [b.year, b.bands]))
  // A grade as the year's scheme names it; a published grade no band names, as published.
  const grade = (r: DataQualityItem, code: string | null) => gradeLabel(bands.get(r.year) ?? [], code, lang)
  const columns: Column<DataQualityItem>[] = [
    { key: 'unit', header: t('data.quality.unit'), value: (r) => r.unit.name },
    { key: 'year', header: t('filters.year'), value: (r) => r.year },
    { key: 'status', header: t('data.publish.status'), value: (r) => r.status, render: (r) => t(`data.status.${r.status}`, { defaultValue: r.status }) },
    { key: 'pIndex', header: t('data.quality.publishedIndex'), value: (r) => r.published.indexPct, numeric: true, render: (r) => formatIndex(r.published.indexPct, lang) },
    { key: 'cIndex', header: t('data.quality.computedIndex'), value: (r) => r.computed.indexPct, numeric: true, render: (r) => formatIndex(r.computed.indexPct, lang) },
    { key: 'pRank', header: t('data.quality.publishedRank'), value: (r) => r.published.rank, numeric: true, render: (r) => formatRank(r.published.rank) },
    { key: 'cRank', header: t('data.quality.computedRank'), value: (r) => r.computed.rank, numeric: true, render: (r) => formatRank(r.computed.rank) },
    { key: 'pGrade', header: t('data.quality.publishedGrade'), value: (r) => grade(r, r.published.grade) },
    { key: 'cGrade', header: t('data.quality.computedGrade'), value: (r) => grade(r, r.computed.grade) },
    {
      key: 'flags',
      header: t('data.quality.flags'),
      value: (r) => r.flags.join(' '),
      render: (r) => r.flags.map((f) => <span key={f} className="flag">{t(`data.quality.flag.${f}`)}</span>),
    },
  ]
  return (
    <>
      <p className="panel-help" role="status">
        {t('data.quality.summary', { checked: data.checked, differ: data.items.length })}
      </p>
      {data.items.length === 0 ? (
        <p className="empty-state">{t('data.quality.none')}</p>
      ) : (
        <>
          <DataTable caption={t('data.quality.caption')} columns={columns} rows={data.items} rowKey={(r) => `${r.unit.code}:${r.year}`} testId="quality-table" />
          <p className="table-downloads">
            <span>{t('data.quality.download')}</span>
            <a href={qualityDownloadHref({ ...cohort, year }, 'csv', lang)} download>CSV</a>
            <a href={qualityDownloadHref({ ...cohort, year }, 'xlsx', lang)} download>XLSX</a>
          </p>
        </>
      )}
    </>
  )
}
