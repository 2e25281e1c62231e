import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CohortYearStatus } from '#shared/dto/publication.ts'
import type { PublishBody } from '#shared/schemas/publications.schema.ts'
import { DataTable, type Column } from '#client/components/ui/data-table.tsx'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { formatDate, formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { dataQueries, publish, unpublish, type CohortKey } from '../api/data.queries.ts'
import { localToday, parseDecisionDate } from '../utils/decision-date.ts'
import { recordedDecision } from '../utils/recorded-decision.ts'
import { CohortPicker, cohortValue, useCohortLabel } from './cohort-picker.tsx'
import { ConfirmBox } from './confirm-box.tsx'
import { DecisionDateInput } from './decision-date-input.tsx'
import { MutationError } from '#client/components/ui/mutation-error.tsx'
import { PublishQuestion } from './publish-question.tsx'

/** Publishes a cohort-year under its decision; lists each year's draft/published state. */
export function PublishSection() {
  const { t } = useTranslation()
  const id = useId()
  const [cohort, setCohort] = useState<CohortKey | null>(null)
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel-title" id={`${id}-title`}>{t('data.publish.title')}</h2>
      <p className="panel-help">{t('data.publish.help')}</p>
      <Suspense fallback={<Skeleton height={60} />}>
        <div className="form-grid">
          <CohortPicker value={cohort} onChange={setCohort} />
        </div>
      </Suspense>
      {cohort && (
        <Suspense fallback={<Skeleton height={200} />}>
          <CohortYears key={cohortValue(cohort)} cohort={cohort} />
        </Suspense>
      )}
    </section>
  )
}

function CohortYears({ cohort }: { cohort: CohortKey }) {
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  const queryClient = useQueryClient()
  const { data } = useSuspenseQuery(dataQueries.publications(cohort))
  const years = [...data.items].sort((a, b) => b.year - a.year)
  const firstDraft = years.find((y) => y.status !== 'PUBLISHED')
  const initialYear = firstDraft?.year ?? years[0]?.year ?? null
  const [year, setYear] = useState<number | null>(initialYear)
  // A draft year whose file recorded its decision (a column, or the annex's title line: ADR 066)
  // offers it; else empty until the editor gives it: today's date would be saved unnoticed.
  const recordedOf = (y: number | null) => recordedDecision(years.find((r) => r.year === y))
  const [decisionNo, setDecisionNo] = useState(recordedOf(initialYear)?.no ?? '')
  const [dateText, setDateText] = useState(recordedOf(initialYear)?.dateText ?? '')
  // Once the editor types, a year chosen after keeps what was typed.
  const [typed, setTyped] = useState(false)
  const offered = !typed ? recordedOf(year) : null
  const chooseYear = (next: number) => {
    setYear(next)
    if (typed) return
    setDecisionNo(recordedOf(next)?.no ?? '')
    setDateText(recordedOf(next)?.dateText ?? '')
  }
  const [dateLeft, setDateLeft] = useState(false)
  const dateInput = useRef<HTMLInputElement>(null)
  // A decision is dated today at the latest, the editor's today (the server allows as much).
  const date = parseDecisionDate(dateText, localToday())
  const cohortLabel = useCohortLabel(cohort)
  // The year waiting for the editor's confirmation: returning it to draft hides it from every
  // reader at once, so one click on the row only asks.
  const [pending, setPending] = useState<CohortYearStatus | null>(null)
  // The year last returned to draft, to say what became of its decision.
  const [returned, setReturned] = useState<CohortYearStatus | null>(null)
  // The publication waiting for the editor's confirmation: it shows the year to every reader at
  // once, ends the undo of its imports for good and may replace the decision a year stands under.
  const [toPublish, setToPublish] = useState<PublishBody | null>(null)
  const onDone = () => queryClient.invalidateQueries()
  const publishing = useMutation({ mutationFn: publish, onSuccess: onDone })
  const unpublishing = useMutation({
    mutationFn: unpublish,
    onSettled: () => setPending(null),
    onSuccess: onDone,
  })
  const decisionText = (r: CohortYearStatus) =>
    r.decisionNo
      ? t('data.publish.decisionOf', { no: r.decisionNo, date: formatDate(r.decisionDate, lang) })
      : t('data.publish.noDecision')
  // A draft keeps the decision it was last published under (or the one its file gave): on record
  // for publishing again, but not in force, which the row says beside it.
  const notInForce = (r: CohortYearStatus) =>
    r.status === 'DRAFT' && r.decisionNo ? (
      <span className="cell-note"> ({t('data.publish.notInForce')})</span>
    ) : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (year === null) return
    if (!date.ok) {
      setDateLeft(true)
      dateInput.current?.focus()
      return
    }
    unpublishing.reset()
    publishing.reset()
    setPending(null)
    setToPublish({
      parentCode: cohort.parent,
      kind: cohort.kind,
      cohort: cohort.block ?? '',
      year,
      decisionNo: decisionNo.trim(),
      decisionDate: date.iso,
    })
  }
  const toPublishYear = toPublish && years.find((y) => y.year === toPublish.year)
  const columns: Column<CohortYearStatus>[] = [
    { key: 'year', header: t('filters.year'), value: (r) => r.year },
    {
      key: 'status',
      header: t('data.publish.status'),
      value: (r) => r.status,
      render: (r) => <span className={`status-chip status-${r.status.toLowerCase()}`}>{t(`data.status.${r.status}`)}</span>,
    },
    { key: 'units', header: t('data.publish.units'), value: (r) => r.units, numeric: true, render: (r) => formatNumber(r.units, lang) },
    {
      key: 'decisionNo',
      header: t('data.publish.decisionNo'),
      value: (r) => r.decisionNo,
      render: (r) => (
        <>
          {r.decisionNo ?? '–'}
          {notInForce(r)}
        </>
      ),
    },
    { key: 'decisionDate', header: t('data.publish.decisionDate'), value: (r) => r.decisionDate, render: (r) => formatDate(r.decisionDate, lang) },
    {
      key: 'unpublish',
      header: t('data.publish.actions'),
      value: () => null,
      noCsv: true,
      render: (r) =>
        r.status === 'DRAFT' ? null : (
          <button
            type="button"
            className="button small"
            disabled={unpublishing.isPending}
            onClick={() => {
              publishing.reset()
              unpublishing.reset()
              setToPublish(null)
              setPending(r)
            }}
          >
            {t('data.publish.unpublish', { year: r.year })}
          </button>
        ),
    },
  ]
  const done = publishing.data ?? unpublishing.data
  return (
    <>
      <form className="form-grid publish-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('filters.year')}</label>
          <select id={`${id}-year`} value={year ?? ''} onChange={(e) => chooseYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year} — {t(`data.status.${y.status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-no`}>{t('data.publish.decisionNo')}</label>
          <input id={`${id}-no`} type="text" required value={decisionNo} placeholder="123/QĐ-UBND" onChange={(e) => {
              setTyped(true)
              setDecisionNo(e.target.value)
            }}
            aria-describedby={offered ? `${id}-recorded` : undefined}
          />
        </div>
        <DecisionDateInput
          ref={dateInput}
          text={dateText}
          onText={(text) => {
            setTyped(true)
            setDateText(text)
          }}
          check={date}
          showProblem={dateLeft}
          onLeave={() => setDateLeft(true)}
        />
        {offered && (
          <p className="field-help form-note" id={`${id}-recorded`} data-testid="publish-recorded-decision">
            {t('data.publish.recordedOffered', { no: offered.no })}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={publishing.isPending || toPublish !== null || year === null || !decisionNo.trim() || !dateText.trim()}>
            {t('data.publish.submit')}
          </button>
        </div>
      </form>
      {toPublish && toPublishYear && (
        <ConfirmBox
          confirmLabel={t('data.publish.confirmPublishButton')}
          busy={publishing.isPending}
          onCancel={() => setToPublish(null)}
          onConfirm={() => publishing.mutate(toPublish, { onSettled: () => setToPublish(null) })}
        >
          <PublishQuestion
            body={toPublish}
            current={toPublishYear}
            cohortLabel={cohortLabel}
            decisionText={decisionText}
          />
        </ConfirmBox>
      )}
      {pending && (
        <ConfirmBox
          confirmLabel={t('data.publish.confirmUnpublishButton')}
          busy={unpublishing.isPending}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setReturned(pending)
            unpublishing.mutate({ ...cohort, year: pending.year })
          }}
        >
          {t('data.publish.confirmUnpublish', {
            year: pending.year,
            cohort: cohortLabel,
            decision: decisionText(pending),
          })}
        </ConfirmBox>
      )}
      <MutationError error={publishing.error ?? unpublishing.error} />
      <div role="status" aria-live="polite">
        {done && (
          <p className="form-success">
            {t(done.status === 'PUBLISHED' ? 'data.publish.published' : 'data.publish.unpublished', {
              year: done.year,
              units: formatNumber(done.units, lang),
              count: done.units,
            })}
            {done.status === 'DRAFT' && returned?.decisionNo && (
              <> {t('data.publish.decisionKept', { decision: decisionText(returned) })}</>
            )}
          </p>
        )}
      </div>
      <DataTable
        caption={t('data.publish.caption')}
        columns={columns}
        rows={years}
        rowKey={(r) => String(r.year)}
        testId="publication-years"
      />
    </>
  )
}
