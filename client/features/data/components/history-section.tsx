import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportBatch, ImportUndoStatus, UndoBlockers } from '#shared/dto/import.ts'
import { DataTable, type Column } from '#client/components/ui/data-table.tsx'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { usePhone } from '#client/lib/use-phone.ts'
import { dataQueries, undoImport } from '../api/data.queries.ts'
import { formatTimestamp } from '#client/lib/format.ts'
import { MutationError } from '#client/components/ui/mutation-error.tsx'
import { ConfirmBox } from './confirm-box.tsx'
import { permanentlyBlocked, undoBlockedText } from '../utils/undo-blocked.ts'

/**
 * Applied imports, newest first, each undoable once (after confirmation); one that cannot be
 * undone says why and what to do instead, with no button to be refused by (ADR 069).
 */
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
  const phone = usePhone()
  const { data } = useSuspenseQuery(dataQueries.imports())
  // Drawn without it: each applied row's undo cell waits for its own answer.
  const undoStatus = useQuery(dataQueries.undoStatus())
  const statusOf = new Map<string, ImportUndoStatus>(
    (undoStatus.data?.items ?? []).map((s) => [s.id, s]),
  )
  const [pending, setPending] = useState<ImportBatch | null>(null)
  const undo = useMutation({
    mutationFn: undoImport,
    onSettled: () => setPending(null),
    onSuccess: () => queryClient.invalidateQueries(),
    // A refusal means the list was out of date (published since it was read): read it again, so
    // the row says why in place of its button.
    onError: () => queryClient.invalidateQueries({ queryKey: dataQueries.imports().queryKey }),
  })
  const n = (v: number) => formatNumber(v, lang)
  const permanent = permanentlyBlocked(undoStatus.data?.items ?? [])
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
      // The reason of an import that cannot be undone wraps in its cell, a phone's too.
      wrap: (undoStatus.data?.items ?? []).some((s) => s.undoBlockedBy),
      render: (r) => {
        if (r.status !== 'APPLIED') return null
        const status = statusOf.get(r.id)
        // Not known yet (or not found: a refusal still says why): no button to be refused by.
        if (!status && undoStatus.isPending)
          return <span className="history-checking">{t('data.history.checking')}</span>
        return status?.undoBlockedBy ? (
          <UndoBlocked blockers={status.undoBlockedBy} permanent={permanent} />
        ) : (
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
        )
      },
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
        phone ? (
          <HistoryBlocks caption={t('data.history.caption')} columns={columns} rows={data.items} />
        ) : (
          <DataTable caption={t('data.history.caption')} columns={columns} rows={data.items} rowKey={(r) => r.id} testId="import-history" />
        )
      )}
    </>
  )
}

/**
 * The history on a phone: an import a block, what and when over its file and counts, its state
 * and its undo (or why not) under them. As a table, its state and undo were past the screen's
 * edge, and a long reason in that column stretched each row into blank height on the screen.
 */
function HistoryBlocks({
  caption,
  columns,
  rows,
}: {
  caption: string
  columns: Column<ImportBatch>[]
  rows: ImportBatch[]
}) {
  const cell = (key: string, r: ImportBatch) => {
    const column = columns.find((c) => c.key === key)
    if (!column) return null
    return column.render ? column.render(r) : column.value(r)
  }
  const header = (key: string) => columns.find((c) => c.key === key)?.header ?? key
  return (
    <>
      <h3 className="history-blocks-title">{caption}</h3>
      <ul className="history-blocks" aria-label={caption} data-testid="import-history">
        {rows.map((r) => (
          <li key={r.id} className="history-block">
            <h4 className="history-block-kind">{cell('kind', r)}</h4>
            <p className="history-block-when">
              {cell('at', r)} · {cell('status', r)}
            </p>
            <p className="history-block-meta">
              {[
                r.fileName,
                r.createdBy,
                `${header('inserted')} ${String(cell('inserted', r))}, ${header('updated')} ${String(cell('updated', r))}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {r.status === 'APPLIED' && <div className="history-block-undo">{cell('undo', r)}</div>}
          </li>
        ))}
      </ul>
    </>
  )
}

/** "Không hoàn tác được: năm 2025 của … đã công bố theo Quyết định …. Kết quả đã công bố …" */
function UndoBlocked({
  blockers,
  permanent,
}: {
  blockers: UndoBlockers
  permanent: ReadonlySet<string>
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const { reasons, advice, decisions } = undoBlockedText(blockers, lang, t, permanent)
  return (
    <div className="undo-blocked" data-testid="undo-blocked">
      <p>
        <strong>{t('data.history.blocked.title')}</strong>: {reasons.join('; ')}. {advice}
      </p>
      {decisions && (
        <details>
          <summary>{t('data.history.blocked.decisions', { count: decisions.length })}</summary>
          <ul>
            {decisions.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
