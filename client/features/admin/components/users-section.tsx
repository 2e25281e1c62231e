import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ROLES, type Role } from '#shared/domain/roles.ts'
import type { UserAccount } from '#shared/dto/user.ts'
import type { UpdateUserInput } from '#shared/schemas/users.schema.ts'
import { DataTable, type Column } from '#client/components/ui/data-table.tsx'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { useLang } from '#client/lib/use-lang.ts'
import { adminQueries, unlockLogin, updateUser } from '../api/admin.queries.ts'
import { formatTimestamp } from '#client/lib/format.ts'
import { MutationError } from '#client/components/ui/mutation-error.tsx'
import { CreateUserForm } from './create-user-form.tsx'

/** User accounts: role changes, disabling, new accounts. */
export function UsersSection() {
  const { t } = useTranslation()
  const id = useId()
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel-title" id={`${id}-title`}>
        {t('admin.users.title')}
      </h2>
      <Suspense fallback={<Skeleton height={240} />}>
        <UsersTable />
      </Suspense>
      <CreateUserForm />
    </section>
  )
}

function UsersTable() {
  const { t } = useTranslation()
  const lang = useLang()
  const queryClient = useQueryClient()
  const { data } = useSuspenseQuery(adminQueries.users())
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) => updateUser(id, input),
    // A changed role changes what that user (maybe the signed-in one) may see: refetch all.
    onSuccess: () => queryClient.invalidateQueries(),
  })
  const unlock = useMutation({
    mutationFn: unlockLogin,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminQueries.audits() }),
  })
  const columns: Column<UserAccount>[] = [
    // On a phone: the name stays in view beside the role and the actions; the email on request.
    { key: 'name', header: t('admin.users.name'), value: (u) => u.name, sticky: true },
    { key: 'email', header: t('admin.users.email'), value: (u) => u.email, extra: true },
    {
      key: 'role',
      header: t('admin.users.role'),
      value: (u) => u.role,
      render: (u) => (
        <select
          aria-label={t('admin.users.roleOf', { name: u.name })}
          value={u.role}
          disabled={update.isPending}
          onChange={(e) => update.mutate({ id: u.id, input: { role: e.target.value as Role } })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      ),
    },
    {
      key: 'state',
      header: t('admin.users.state'),
      value: (u) => u.disabledAt,
      render: (u) =>
        u.disabledAt
          ? t('admin.users.disabledAt', { at: formatTimestamp(u.disabledAt, lang) })
          : t('admin.users.active'),
    },
    {
      key: 'toggle',
      header: t('admin.users.actions'),
      value: () => null,
      noCsv: true,
      render: (u) => (
        <div className="user-actions">
          <button
            type="button"
            className="button small"
            disabled={update.isPending}
            onClick={() => update.mutate({ id: u.id, input: { disabled: !u.disabledAt } })}
          >
            {u.disabledAt
              ? t('admin.users.enable', { name: u.name })
              : t('admin.users.disable', { name: u.name })}
          </button>
          <button
            type="button"
            className="button small"
            aria-label={t('admin.users.unlockLoginOf', { name: u.name })}
            disabled={unlock.isPending}
            onClick={() => unlock.mutate(u.id)}
          >
            {t('admin.users.unlockLogin')}
          </button>
        </div>
      ),
    },
  ]
  return (
    <>
      <MutationError error={update.error} conflict={t('admin.users.lastAdmin')} />
      <MutationError error={unlock.error} />
      <div role="status" aria-live="polite">
        {update.data && (
          <p className="form-success">{t('admin.users.saved', { name: update.data.user.name })}</p>
        )}
        {unlock.data && (
          <p className="form-success">
            {t('admin.users.unlocked', {
              name: unlock.data.user.name,
              cleared: unlock.data.cleared,
            })}
          </p>
        )}
      </div>
      <DataTable
        caption={t('admin.users.caption')}
        columns={columns}
        rows={data.items}
        rowKey={(u) => u.id}
        testId="users-table"
      />
    </>
  )
}
