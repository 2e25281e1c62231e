import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ROLES, type Role } from '#shared/domain/roles.ts'
import { PASSWORD_MIN_LENGTH } from '#shared/schemas/auth.schema.ts'
import { adminQueries, createUser } from '../api/admin.queries.ts'
import { MutationError } from '#client/components/ui/mutation-error.tsx'

const EMPTY = { email: '', name: '', role: 'VIEWER' as Role, password: '' }

export function CreateUserForm() {
  const { t } = useTranslation()
  const id = useId()
  const queryClient = useQueryClient()
  const [form, setForm] = useState(EMPTY)
  const create = useMutation({
    mutationFn: createUser,
    onSuccess: async () => {
      setForm(EMPTY)
      await queryClient.invalidateQueries({ queryKey: adminQueries.all() })
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(form)
  }
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value })
  return (
    <form className="subform" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('admin.users.create')}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('admin.users.name')}</label>
          <input id={`${id}-name`} type="text" required value={form.name} onChange={set('name')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('admin.users.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            required
            autoComplete="off"
            value={form.email}
            onChange={set('email')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('admin.users.role')}</label>
          <select id={`${id}-role`} value={form.role} onChange={set('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('admin.users.password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            required
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
            aria-describedby={`${id}-password-help`}
            value={form.password}
            onChange={set('password')}
          />
          <span className="field-help" id={`${id}-password-help`}>
            {t('admin.users.passwordHelp', { min: PASSWORD_MIN_LENGTH })}
          </span>
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={create.isPending}>
            {t('admin.users.createSubmit')}
          </button>
        </div>
      </div>
      <MutationError error={create.error} conflict={t('admin.users.emailTaken')} />
      <div role="status" aria-live="polite">
        {create.data && (
          <p className="form-success">
            {t('admin.users.created', { email: create.data.user.email })}
          </p>
        )}
      </div>
    </form>
  )
}
