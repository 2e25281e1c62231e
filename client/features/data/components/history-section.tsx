import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportBatch } from '#shared/dto/import.ts'
import { DataTable, type Column } from '#client/components/ui/data-table.tsx'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { dataQueries, undoImport } from '../api/data.queries.ts'
import { formatTimestamp } from '#client/lib/format.ts'
import { MutationError } from '#client/components/ui/mutation-error.tsx'
import { ConfirmBox } from './confirm-box.tsx'

/** Applied imports, newest first, each undoable once (after confirmation). */
export function HistorySection() {
  const { t } = useTranslation()
  const id = useId()
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel-title" id={`${id}-title`}>{t('data.history.title')}</h2>
      <p className="panel-help">{t('data.history.help')}</p>
      <Suspense fallback={<Skeleton height={240} />}>
        <HistoryTable />
      </Suspense>
    </section>
  )
}

function HistoryTable() {
  const { t } = useTranslation()
  const lang = useLang()
  const queryClient = useQueryClient()
  const { data } = useSuspenseQuery(dataQueries.imports())
  const [pending, setPending] = useState<ImportBatch | null>(null)
  const undo = useMutation({
    mutationFn: undoImport,
    onSettled: () => setPending(null),
    onSuccess: () => queryClient.invalidateQueries(),
  })
  const n = (v: number) => formatNumber(v, lang)
  const columns: Column<ImportBatch>[] = [
    { key: 'at', header: t('data.history.at'), value: (r) => r.createdAt, render: (r) => formatTimestamp(r.createdAt, lang) },
    { key: 'kind', header: t('data.import.kind'), value: (r) => r.kind, render: (r) => t(`data.kinds.${r.kind}`, { defaultValue: r.kind }) },
    // On a phone: when, what, its state and the undo in view; the file, who and counts on request.
    { key: 'file', header: t('data.history.file'), value: (r) => r.fileName, extra: true },
    { key: 'by', header: t('data.history.by'), value: (r) => r.createdBy, extra: true },
    { key: 'inserted', header: t('data.import.count.inserted'), value: (r) => r.inserted, numeric: true, render: (r) => n(r.inserted), extra: true },
    { key: 'updated', header: t('data.import.count.updated'), value: (r) => r.updated, numeric: true, render: (r) => n(r.updated), extra: true },
    {
      key: 'status',
      header: t('data.publish.status'),
      value: (r) => r.status,
      render: (r) =>
        r.status === 'UNDONE'
          ? t('data.history.undone', { by: r.undoneBy ?? '–', at: formatTimestamp(r.undoneAt, lang) })
          : t('data.history.applied'),
    },
    {
      key: 'undo',
      header: t('data.publish.actions'),
      value: () => null,
      noCsv: true,
      render: (r) =>
        r.status === 'APPLIED' ? (
          <button
            type="button"
            className="button small"
            // Every row has one: its name says which import it undoes.
            aria-label={t('data.history.undoOf', {
              kind: t(`data.kinds.${r.kind}`, { defaultValue: r.kind }),
              file: r.fileName ?? '–',
              at: formatTimestamp(r.createdAt, lang),
            })}
            onClick={() => {
              undo.reset()
              setPending(r)
            }}
          >
            {t('data.history.undo')}
          </button>
        ) : null,
    },
  ]
  return (
    <>
      {pending && (
        <ConfirmBox
          confirmLabel={t('data.history.confirmUndo')}
          busy={undo.isPending}
          onCancel={() => setPending(null)}
          onConfirm={() => undo.mutate({ id: pending.id, lang })}
        >
          {t('data.history.confirm', {
            kind: t(`data.kinds.${pending.kind}`, { defaultValue: pending.kind }),
            file: pending.fileName ?? '–',
            at: formatTimestamp(pending.createdAt, lang),
          })}
        </ConfirmBox>
      )}
      {/* A refusal (409) comes in the reader's language and names its cause: it is the message. */}
      <MutationError error={undo.error} explained />
      <div role="status" aria-live="polite">
        {undo.data && (
          <p className="form-success">
            {t('data.history.done', { restored: undo.data.restored, deleted: undo.data.deleted })}
          </p>
        )}
      </div>
      {data.items.length === 0 ? (
        <p className="empty-state">{t('data.history.empty')}</p>
      ) : (
        <DataTable caption={t('data.history.caption')} columns={columns} rows={data.items} rowKey={(r) => r.id} testId="import-history" />
      )}
    </>
  )
}
