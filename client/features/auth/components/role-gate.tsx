import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import type { Role } from '#shared/domain/roles.ts'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { authQueries } from '../api/auth.queries.ts'
import { hasRole } from '../utils/roles.ts'

/** Shows `children` to users with at least `role`; others get a sign-in link or a refusal. */
export function RoleGate({ role, children }: { role: Role; children: ReactNode }) {
  const { t } = useTranslation()
  const location = useLocation()
  const me = useQuery(authQueries.me())
  if (me.isPending) return <Skeleton height={200} />
  const user = me.data?.user
  if (hasRole(user?.role, role)) return children
  const next = encodeURIComponent(`${location.pathname}${location.search}`)
  return (
    <div className="panel notice" role="alert">
      <p>{user ? t('auth.forbidden', { role: t(`roles.${role}`) }) : t('auth.signInNeeded')}</p>
      {!user && (
        <p>
          <Link to={`/login?next=${next}`}>{t('auth.signIn')}</Link>
        </p>
      )}
    </div>
  )
}
