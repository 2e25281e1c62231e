import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useNavigate } from 'react-router'
import { authQueries, logout } from '../api/auth.queries.ts'
import './forms.css'

/** Header corner: a sign-in link, or the user's name with a sign-out button. */
export function UserMenu() {
  const { t } = useTranslation()
  const location = useLocation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const me = useQuery(authQueries.me())
  const signOut = useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      queryClient.setQueryData(authQueries.me().queryKey, { user: null })
      await queryClient.invalidateQueries()
      if (location.pathname === '/data' || location.pathname === '/admin') await navigate('/')
    },
  })
  const user = me.data?.user
  if (!user) {
    if (location.pathname === '/login') return null
    const next = encodeURIComponent(`${location.pathname}${location.search}`)
    return (
      <Link className="user-menu-link" to={`/login?next=${next}`}>
        {t('auth.signIn')}
      </Link>
    )
  }
  return (
    <div className="user-menu">
      <span className="user-menu-name" title={user.email}>
        {user.name}
        <span className="visually-hidden"> ({t(`roles.${user.role}`)})</span>
      </span>
      <button
        type="button"
        className="user-menu-link"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
      >
        {t('auth.signOut')}
      </button>
    </div>
  )
}
