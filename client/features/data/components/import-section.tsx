import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_YEAR, MIN_YEAR } from '#shared/domain/units.ts'
import { IMPORT_FILE_KINDS, type ImportFileKind } from '#shared/import/import-columns.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { templateUrl, uploadImport, type ImportOutcome } from '../api/data.queries.ts'
import { ImportPreview } from './import-preview.tsx'
import { fileWideIssues } from '../utils/file-wide-issues.ts'
import { MutationError } from '#client/components/ui/mutation-error.tsx'

/** Upload → dry-run preview → confirm. Nothing is written until the user confirms a clean preview. */
export function ImportSection() {
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  const queryClient = useQueryClient()
  const fileInput = useRef<HTMLInputElement>(null)
  const [kind, setKind] = useState<ImportFileKind>('assessments')
  const [parent, setParent] = useState('')
  const [year, setYear] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  const [applied, setApplied] = useState<ImportOutcome | null>(null)

  const upload = useMutation({
    mutationFn: uploadImport,
    onSuccess: async (result) => {
      setOutcome(result)
      if (!result.dryRun && !result.rejected) {
        setApplied(result)
        setOutcome(null)
        setFile(null)
        if (fileInput.current) fileInput.current.value = ''
        // Drafts, rankings, history: an import can change any of them.
        await queryClient.invalidateQueries()
      }
    },
  })

  const send = (dryRun: boolean) => {
    if (!file) return
    setApplied(null)
    upload.mutate({
      kind,
      file,
      dryRun,
      parent: parent.trim() || undefined,
      year: year === '' ? undefined : Number(year),
      lang,
    })
  }
  const preview = (event: FormEvent) => {
    event.preventDefault()
    send(true)
  }
  const canConfirm = outcome?.dryRun === true && !outcome.rejected && !upload.isPending
  // A file of unit names without the parent to find them under: the parent field is what to fix.
  const needsParent = outcome?.errors.some((e) => e.code === 'PARENT_REQUIRED') ?? false
  // A table without a year column whose title names none: the year field is what to fix.
  const needsYear = outcome ? fileWideIssues(outcome).needsYear : false

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel-title" id={`${id}-title`}>{t('data.import.title')}</h2>
      <p className="panel-help">{t('data.import.help')}</p>
      <form className="form-grid" onSubmit={preview}>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('data.import.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ImportFileKind)
              setOutcome(null)
            }}
          >
            {IMPORT_FILE_KINDS.map((k) => (
              <option key={k} value={k}>{t(`data.kinds.${k}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-parent`}>{t('data.import.parent')}</label>
          <input
            id={`${id}-parent`}
            type="text"
            value={parent}
            placeholder="AN_GIANG.LONG_XUYEN"
            aria-invalid={needsParent || undefined}
            aria-describedby={needsParent ? `${id}-parent-help ${id}-parent-problem` : `${id}-parent-help`}
            onChange={(e) => setParent(e.target.value.toUpperCase())}
          />
          <span className="field-help" id={`${id}-parent-help`}>{t('data.import.parentHelp')}</span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('data.import.year')}</label>
          <input
            id={`${id}-year`}
            type="number"
            inputMode="numeric"
            min={MIN_YEAR}
            max={MAX_YEAR}
            step={1}
            value={year}
            placeholder="2024"
            aria-invalid={needsYear || undefined}
            aria-describedby={needsYear ? `${id}-year-help ${id}-year-problem` : `${id}-year-help`}
            onChange={(e) => {
              setYear(e.target.value)
              setOutcome(null)
            }}
          />
          <span className="field-help" id={`${id}-year-help`}>{t('data.import.yearHelp')}</span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('data.import.file')}</label>
          {/* The native input (kept for keyboards and screen readers, visually hidden) would
              label itself in the browser's language; the visible button and file name follow
              the app's. */}
          <div
            className="file-picker"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault()
              const dropped = e.dataTransfer.files[0]
              if (!dropped) return
              if (fileInput.current) fileInput.current.value = ''
              setFile(dropped)
              setOutcome(null)
            }}
          >
            <input
              id={`${id}-file`}
              ref={fileInput}
              className="visually-hidden"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${id}-file-name`}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null)
                setOutcome(null)
              }}
            />
            <button
              type="button"
              className="button"
              tabIndex={-1}
              aria-hidden="true"
              onClick={() => {
                // Focus goes to the input the button stands for, not to the hidden button.
                fileInput.current?.focus()
                fileInput.current?.click()
              }}
            >
              {t('data.import.chooseFile')}
            </button>
            <span id={`${id}-file-name`} className="file-name" aria-live="polite">
              {file ? file.name : t('data.import.noFile')}
            </span>
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={!file || upload.isPending}>
            {upload.isPending && upload.variables?.dryRun ? t('data.import.checking') : t('data.import.preview')}
          </button>
          <button type="button" className="button primary" disabled={!canConfirm} onClick={() => send(false)}>
            {upload.isPending && upload.variables?.dryRun === false ? t('data.import.applying') : t('data.import.confirm')}
          </button>
        </div>
      </form>
      <p className="template-links">
        {t('data.import.templates', { kind: t(`data.kinds.${kind}`) })}{' '}
        <a href={templateUrl(kind, 'xlsx')} download>{t('data.import.templateXlsx')}</a>
        {' · '}
        <a href={templateUrl(kind, 'csv')} download>{t('data.import.templateCsv')}</a>
      </p>
      <MutationError error={upload.error} />
      <div role="status" aria-live="polite">
        {applied && (
          <p className="form-success">
            {t('data.import.applied', { inserted: applied.inserted, updated: applied.updated, unchanged: applied.unchanged })}
          </p>
        )}
        {outcome && !outcome.rejected && outcome.dryRun && (
          <p className="form-success">{t('data.import.previewReady')}</p>
        )}
      </div>
      {outcome && <ImportPreview outcome={outcome} parentFieldId={`${id}-parent`} yearFieldId={`${id}-year`} />}
    </section>
  )
}
