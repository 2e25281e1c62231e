import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  FIELD_COMPONENTS,
  knownFieldName,
  type FieldComponent,
} from '#shared/domain/kpi-fields.ts'
import { useLang } from '#client/lib/use-lang.ts'
import type { Scheme } from '#shared/dto/scheme.ts'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { dataQueries, saveScheme } from '../api/data.queries.ts'
import { MutationError } from '#client/components/ui/mutation-error.tsx'

function toComponent(value: string): FieldComponent {
  return (FIELD_COMPONENTS as readonly string[]).includes(value) ? (value as FieldComponent) : 'APPRAISAL'
}

/** Scoring schemes: fields with maxima and criteria, grade bands with their bound, editable (grades are recomputed). */
export function SchemesSection() {
  const { t } = useTranslation()
  const id = useId()
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel-title" id={`${id}-title`}>{t('data.schemes.title')}</h2>
      <p className="panel-help">{t('data.schemes.help')}</p>
      <Suspense fallback={<Skeleton height={300} />}>
        <SchemePicker />
      </Suspense>
    </section>
  )
}

function SchemePicker() {
  const { t } = useTranslation()
  const id = useId()
  const { data } = useSuspenseQuery(dataQueries.schemes())
  const [selected, setSelected] = useState(data.items[0]?.id ?? '')
  const scheme = data.items.find((s) => s.id === selected)
  return (
    <>
      <div className="form-grid">
        <div className="field wide">
          <label htmlFor={id}>{t('data.schemes.pick')}</label>
          <select id={id} value={selected} onChange={(e) => setSelected(e.target.value)}>
            {data.items.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.yearFrom}–{s.yearTo ?? '…'})
              </option>
            ))}
          </select>
        </div>
      </div>
      {scheme && <SchemeEditor key={scheme.id} scheme={scheme} />}
    </>
  )
}

function SchemeEditor({ scheme }: { scheme: Scheme }) {
  const { t } = useTranslation()
  const lang = useLang()
  /** A known field's name as the pages write it; a scheme's own field has its code alone. */
  const fieldName = (code: string) => knownFieldName(code, lang)
  const id = useId()
  const queryClient = useQueryClient()
  const [name, setName] = useState(scheme.name)
  const [fields, setFields] = useState(scheme.fields)
  const [bands, setBands] = useState(scheme.bands)
  const save = useMutation({
    mutationFn: () =>
      saveScheme(scheme.id, {
        name,
        yearTo: scheme.yearTo,
        decisionNo: scheme.decisionNo,
        fields: fields.map((f) => ({
          ...f,
          component: toComponent(f.component),
          criteria: f.criteria.map((c) => ({ ...c, component: toComponent(c.component) })),
        })),
        bands,
      }),
    onSuccess: () => queryClient.invalidateQueries(),
  })
  const total = fields.reduce((sum, f) => sum + f.maxPoints, 0)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate()
  }
  return (
    <form onSubmit={submit} className="scheme-editor">
      <div className="field wide">
        <label htmlFor={`${id}-name`}>{t('data.schemes.name')}</label>
        <input id={`${id}-name`} type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('data.schemes.fields')}>
        <table className="data-table">
          <caption>{t('data.schemes.fieldsTotal', { total: Math.round(total * 100) / 100 })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.schemes.code')}</th>
              <th scope="col">{t('data.schemes.component')}</th>
              <th scope="col" className="num">{t('data.schemes.criteria')}</th>
              <th scope="col" className="num">{t('data.schemes.maxPoints')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f, i) => (
              <tr key={f.code}>
                <th scope="row">
                  {/* The field's name as the pages write it, its code (the import's) beside it. */}
                  {fieldName(f.code) && <>{fieldName(f.code)} </>}
                  <code className="scheme-code">{f.code}</code>
                </th>
                <td>
                  {f.appraisalMax !== null && f.surveyMax !== null
                    ? t('data.schemes.parts', { appraisal: f.appraisalMax, survey: f.surveyMax })
                    : t(`data.schemes.componentName.${toComponent(f.component)}`)}
                </td>
                <td className="num">{f.criteria.length}</td>
                <td className="num">
                  <input
                    type="number"
                    step="0.01"
                    min={0}
                    className="cell-input"
                    aria-label={t('data.schemes.maxPointsOf', { code: f.code })}
                    readOnly={f.appraisalMax !== null}
                    title={f.appraisalMax !== null ? t('data.schemes.partsLocked') : undefined}
                    value={f.maxPoints}
                    onChange={(e) => setFields(fields.map((x, j) => (j === i ? { ...x, maxPoints: Number(e.target.value) } : x)))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('data.schemes.bands')}>
        <table className="data-table">
          <caption>{t('data.schemes.bands')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.schemes.code')}</th>
              <th scope="col">{t('data.schemes.labelVi')}</th>
              <th scope="col">{t('data.schemes.labelEn')}</th>
              <th scope="col">{t('data.schemes.bound')}</th>
              <th scope="col" className="num">{t('data.schemes.minPct')}</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((b, i) => (
              <tr key={b.code}>
                <th scope="row">{b.code}</th>
                <td>{b.labelVi}</td>
                <td>{b.labelEn}</td>
                <td>
                  <select
                    className="cell-input"
                    aria-label={t('data.schemes.boundOf', { code: b.code })}
                    value={b.minInclusive ? 'inclusive' : 'strict'}
                    onChange={(e) =>
                      setBands(bands.map((x, j) => (j === i ? { ...x, minInclusive: e.target.value === 'inclusive' } : x)))
                    }
                  >
                    <option value="inclusive">{t('data.schemes.inclusive')}</option>
                    <option value="strict">{t('data.schemes.strict')}</option>
                  </select>
                </td>
                <td className="num">
                  <input
                    type="number"
                    step="0.1"
                    min={0}
                    max={100}
                    className="cell-input"
                    aria-label={t('data.schemes.minPctOf', { code: b.code })}
                    value={b.minPct}
                    onChange={(e) => setBands(bands.map((x, j) => (j === i ? { ...x, minPct: Number(e.target.value) } : x)))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {t('data.schemes.save')}
        </button>
      </div>
      <MutationError error={save.error} />
      <div role="status" aria-live="polite">
        {save.data && <p className="form-success">{t('data.schemes.saved', { regraded: save.data.regraded })}</p>}
      </div>
    </form>
  )
}
