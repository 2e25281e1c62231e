import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { type ApiError } from '#client/lib/api-error.ts'
import { authQueries, login, type RateLimitDetails } from '../api/auth.queries.ts'
import { safeNext, waitMinutes } from '../utils/roles.ts'

/** Email + password sign-in; on success every query is refetched (drafts become visible). */
export function LoginForm({ next }: { next: string | null }) {
  const { t } = useTranslation()
  const id = useId()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async (body) => {
      queryClient.setQueryData(authQueries.me().queryKey, body)
      await queryClient.invalidateQueries()
      await navigate(safeNext(next), { replace: true })
    },
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    mutation.mutate({ email, password })
  }

  return (
    <form className="form-card" onSubmit={submit} noValidate aria-describedby={`${id}-error`}>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('auth.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <div id={`${id}-error`} role="alert" className="form-error">
        {mutation.error ? loginErrorText(mutation.error, t) : null}
      </div>
      <button type="submit" className="button primary" disabled={mutation.isPending}>
        {mutation.isPending ? t('auth.signingIn') : t('auth.signIn')}
      </button>
    </form>
  )
}

function loginErrorText(error: ApiError, t: TFunction): string {
  if (error.code === 'UNAUTHENTICATED') return t('auth.wrongCredentials')
  if (error.code === 'VALIDATION_FAILED') return t('auth.missingFields')
  if (error.code === 'RATE_LIMITED') {
    const details = error.details as RateLimitDetails | undefined
    return t('auth.rateLimited', { minutes: waitMinutes(details?.retryAfter) })
  }
  if (error.code === 'NETWORK') return t('state.errorCode.NETWORK')
  return t('state.errorCode.OTHER')
}
