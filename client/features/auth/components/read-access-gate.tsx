import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { Skeleton } from '#client/components/ui/skeleton.tsx'
import { authQueries } from '../api/auth.queries.ts'
import { mayRead } from '../utils/may-read.ts'

/** When read access is 'login', anonymous visitors go to the sign-in page (then back). */
export function ReadAccessGate({ children }: { children: ReactNode }) {
  const location = useLocation()
  const me = useQuery(authQueries.me())
  const settings = useQuery(authQueries.readAccess())
  // Without an answer (e.g. a network failure) the pages show their own errors.
  if (me.isPending || settings.isPending) return <Skeleton height={320} />
  const mustSignIn =
    !mayRead(settings.data?.readAccess, me.data?.user) && location.pathname !== '/login'
  if (mustSignIn) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`)
    return <Navigate to={`/login?next=${next}`} replace />
  }
  return children
}
