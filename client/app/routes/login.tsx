import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { LoginForm } from '#client/features/auth/components/login-form.tsx'
import '#client/features/auth/components/forms.css'
import { useDocumentTitle } from '#client/app/use-document-title.ts'

export function LoginPage() {
  useDocumentTitle('login')
  const { t } = useTranslation()
  const [params] = useSearchParams()
  return (
    <div className="login-page">
      <h1 className="page-title">{t('auth.title')}</h1>
      <p className="page-subtitle">{t('auth.subtitle')}</p>
      <LoginForm next={params.get('next')} />
    </div>
  )
}
