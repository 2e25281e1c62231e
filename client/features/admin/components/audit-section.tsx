import { useSuspenseInfiniteQuery } from '@tanstack/react-query'
import { Suspense, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '#shared/dto/audit.ts'
import { DataTable, type Column } from '#client/components/ui/data-table.tsx'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { useLang } from '#client/lib/use-lang.ts'
import { adminQueries, type AuditFilter } from '../api/admin.queries.ts'
import { auditSubject, describeAuditChange } from '../utils/compact-json.ts'
import { formatTimestamp } from '#client/lib/format.ts'

/** Entities the log records (the import tables, accounts, settings, schemes). */
const AUDIT_ENTITIES = [
  'app_user',
  'app_setting',
  'unit',
  'unit_lineage',
  'scheme',
  'assessment',
  'task_result',
  'award_grant',
] as const

/** The audit log, newest first, filtered by entity or import batch, one page at a time. */
export function AuditSection() {
  const { t } = useTranslation()
  const id = useId()
  const [entity, setEntity] = useState('')
  const [batch, setBatch] = useState('')
  const [filter, setFilter] = useState<AuditFilter>({})
  const apply = (event: FormEvent) => {
    event.preventDefault()
    setFilter({
      ...(entity.trim() ? { entity: entity.trim() } : {}),
      ...(batch.trim() ? { batch: batch.trim() } : {}),
    })
  }
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel-title" id={`${id}-title`}>
        {t('admin.audit.title')}
      </h2>
      <form className="form-grid" onSubmit={apply} role="search">
        <div className="field">
          <label htmlFor={`${id}-entity`}>{t('admin.audit.entity')}</label>
          <input
            id={`${id}-entity`}
            type="text"
            list={`${id}-entities`}
            value={entity}
            onChange={(e) => setEntity(e.target.value)}
          />
          <datalist id={`${id}-entities`}>
            {AUDIT_ENTITIES.map((e) => (
              <option key={e} value={e} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={`${id}-batch`}>{t('admin.audit.batch')}</label>
          <input
            id={`${id}-batch`}
            type="text"
            value={batch}
            onChange={(e) => setBatch(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('admin.audit.filter')}
          </button>
        </div>
      </form>
      <Suspense fallback={<Skeleton height={300} />}>
        <AuditTable
          filter={filter}
          onPickBatch={(picked) => {
            setBatch(picked)
            setFilter({ ...filter, batch: picked })
          }}
        />
      </Suspense>
    </section>
  )
}

function AuditTable({
  filter,
  onPickBatch,
}: {
  filter: AuditFilter
  onPickBatch: (batch: string) => void
}) {
  const { t } = useTranslation()
  const lang = useLang()
  const query = useSuspenseInfiniteQuery(adminQueries.audit(filter))
  const rows = query.data.pages.flatMap((p) => p.items)
  // A role and a result's status named as the users' list and the Data page name them.
  const valueLabel = (column: string, value: string) =>
    column === 'role'
      ? t(`roles.${value}`, value)
      : column === 'status'
        ? t(`data.status.${value}`, value)
        : undefined
  const columns: Column<AuditEntry>[] = [
    {
      key: 'at',
      header: t('admin.audit.at'),
      value: (r) => r.at,
      render: (r) => formatTimestamp(r.at, lang),
    },
    // On a phone: when, what was done to which record and how; who, where and the batch on request.
    {
      key: 'actor',
      header: t('admin.audit.actor'),
      value: (r) => r.actor?.email ?? null,
      extra: true,
    },
    {
      key: 'action',
      header: t('admin.audit.action'),
      value: (r) => r.action,
      render: (r) => (
        <Coded code={r.action} label={t(`admin.audit.actions.${r.action}`, r.action)} />
      ),
    },
    {
      key: 'entity',
      header: t('admin.audit.entity'),
      value: (r) => r.entity,
      extra: true,
      // The code stays at hand: the filter above takes it.
      render: (r) => (
        <Coded code={r.entity} label={t(`admin.audit.entities.${r.entity}`, r.entity)} />
      ),
    },
    { key: 'key', header: t('admin.audit.key'), value: (r) => auditSubject(r, lang) },
    {
      key: 'change',
      header: t('admin.audit.change'),
      value: (r) => describeAuditChange(r, lang, { valueLabel }),
      render: (r) => {
        const text = describeAuditChange(r, lang, { valueLabel })
        return (
          // Words in the reader's language, not code: the UI font sets Vietnamese diacritics
          // where a monospace fallback stacked them beside the letters ("Sô´quyêt́ định").
          <span className="audit-change" title={text}>
            {text}
          </span>
        )
      },
      wrap: true,
    },
    {
      key: 'batch',
      header: t('admin.audit.batch'),
      value: (r) => r.importBatchId,
      extra: true,
      // The id is long: show its start, filter by all of it.
      render: (r) =>
        r.importBatchId ? (
          <button
            type="button"
            className="link-button"
            title={t('admin.audit.byBatch')}
            onClick={() => onPickBatch(r.importBatchId ?? '')}
          >
            {r.importBatchId.slice(0, 8)}
          </button>
        ) : (
          '–'
        ),
    },
  ]
  if (rows.length === 0) return <p className="empty-state">{t('admin.audit.empty')}</p>
  return (
    <>
      <DataTable
        caption={t('admin.audit.caption')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        testId="audit-table"
      />
      {query.hasNextPage && (
        <button
          type="button"
          className="button more-button"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? t('state.loading') : t('admin.audit.more')}
        </button>
      )}
    </>
  )
}

/** A code of the log in words, the code itself in its title (a code not known: as it is). */
function Coded({ code, label }: { code: string; label: string }) {
  return label === code ? <>{code}</> : <span title={code}>{label}</span>
}
